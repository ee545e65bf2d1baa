/* YIELD in a function that is not declared with GENERATOR. */
#include <yieldc.h>

int counter(void)
{
    YIELD(1);
    return 0;
}
