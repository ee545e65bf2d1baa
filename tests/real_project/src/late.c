/* Added to its target only at the end of the directory (cmake_language(DEFER)). */
#include <yieldc.h>

static GENERATOR(int) hundreds(void)
{
    YIELD(100);
}

int sum_late(void)
{
    int s = 0;
    FOREACH (int v, hundreds())
        s += v;
    return s;
}
