/* YIELD as the value of a return statement. */
#include <yieldc.h>

GENERATOR(int) counter(void)
{
    return YIELD(1);
}
