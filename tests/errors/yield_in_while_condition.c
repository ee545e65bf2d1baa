/* YIELD as the condition of a while loop. */
#include <yieldc.h>

GENERATOR(int) counter(int n)
{
    while (YIELD(n))
        n--;
}
