/* A YIELD's value as the condition of an if, in a generator that is sent nothing. */
#include <yieldc.h>

GENERATOR(int) counter(int n)
{
    if (YIELD(n))
        n = 0;
}
