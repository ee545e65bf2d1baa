/* YIELD as the condition of an if (its body would be fine). */
#include <yieldc.h>

GENERATOR(int) counter(int n)
{
    if (YIELD(n))
        n = 0;
}
