/* Locals that live in the frame and are named like the members yieldc
 * adds to it (the DEFER flags, the sub-frames, the delegation state, the
 * temporaries of a lowered statement): each keeps its own member. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) inner(int n)
{
    for (int i = 0; i < n; i++)
        YIELD(100 + i);
}

GENERATOR(int, int) counted(int n)
{
    int yieldc_armed = 1, yieldc_sub = 2, yieldc_tmp_1 = 3, yieldc_deleg = 4, yieldc_pool = 5;
    DEFER(printf("done %d\n", yieldc_armed));
    YIELD_FROM(inner(2));
    for (int i = 0; i < n; i++) {
        YIELD(yieldc_armed + yieldc_sub + yieldc_tmp_1 + yieldc_deleg + yieldc_pool + i);
        yieldc_armed += 10 * (YIELD(-i) == 0);
    }
}

int main(void)
{
    FOREACH (int v, counted(3))
        printf("%d\n", v);
    return 0;
}
