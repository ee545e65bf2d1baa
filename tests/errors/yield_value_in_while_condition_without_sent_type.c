/* A YIELD's value as the condition of a while loop, in a generator that is sent nothing. */
#include <yieldc.h>

GENERATOR(int) counter(int n)
{
    while (YIELD(n))
        n--;
}
