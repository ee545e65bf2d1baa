/* A YIELD_FROM's value (the sub-generator's result) as the condition of an if. */
#include <yieldc.h>

GENERATOR(int, void, int) sub(void)
{
    YIELD(1);
    return 1;
}

GENERATOR(int) outer(void)
{
    if (YIELD_FROM(sub()))
        YIELD(2);
}
