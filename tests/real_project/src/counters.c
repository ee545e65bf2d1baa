/* Defines the generator that plain.c drives through counters.yieldc.h. */
#include <yieldc.h>

GENERATOR(int) count_up_to(int n)
{
    for (int i = 1; i <= n; i++)
        YIELD(i);
}
