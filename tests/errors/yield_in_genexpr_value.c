#include <yieldc.h>

GENERATOR(int) upto(int n)
{
    for (int i = 0; i < n; i++)
        YIELD(i);
}

GENERATOR(int, int) scaled_by_what_is_sent(void)
{
    FOREACH (int x, GENEXPR(v * YIELD(-1), int v, upto(3)))
        YIELD(x);
}
