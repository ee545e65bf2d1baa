#include <yieldc.h>

static GENERATOR(int) tens(void)
{
    YIELD(10);
    YIELD(10);
}

int sum_b(void)
{
    int s = 0;
    FOREACH (int v, tens())
        s += v;
    return s;
}
