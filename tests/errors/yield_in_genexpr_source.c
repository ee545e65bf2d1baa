#include <yieldc.h>

GENERATOR(int) upto(int n)
{
    for (int i = 0; i < n; i++)
        YIELD(i);
}

GENERATOR(int, int) squares_of_what_is_sent(void)
{
    FOREACH (int x, GENEXPR(v * v, int v, upto(YIELD(-1))))
        YIELD(x);
}
