/* The value of YIELD_FROM over a generator that declares no result type. */
#include <yieldc.h>

GENERATOR(int) numbers(void)
{
    YIELD(1);
}

GENERATOR(int) outer(void)
{
    int r = YIELD_FROM(numbers());
    YIELD(r);
}
