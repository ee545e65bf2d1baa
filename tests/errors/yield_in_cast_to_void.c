/* Even a cast to void uses the YIELD's value, which needs a sent type. */
#include <yieldc.h>

GENERATOR(int) counter(void)
{
    (void)YIELD(1);
}
