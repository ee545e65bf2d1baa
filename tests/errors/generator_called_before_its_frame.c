/* 'walker' keeps a frame of 'leaves' as a local, so its frame comes after
 * 'leaves', which is defined after the prototype of 'walker' and calls it:
 * that call would need the frame of 'walker' before it can be complete. */
#include <yieldc.h>

GENERATOR(int) walker(int n);

GENERATOR(int) leaves(int n)
{
    if (n > 0)
        YIELD_FROM(walker(n - 1));
    YIELD(n);
}

GENERATOR(int) walker(int n)
{
    YIELDC_FRAME(leaves) inner = leaves(n);
    int v;
    while (yieldc_next(&inner.it, &v) == YIELDC_VALUE)
        YIELD(v * 2);
}
