#include <yieldc.h>

static GENERATOR(int) ones(void)
{
    YIELD(1);
    YIELD(1);
}

int sum_a(void)
{
    int s = 0;
    FOREACH (int v, ones())
        s += v;
    return s;
}
