/* YIELD has no value: it cannot be the right-hand side of an assignment. */
#include <yieldc.h>

GENERATOR(int) counter(void)
{
    int x;

    x = YIELD(1);
    (void)x;
}
