/* A goto from before a loop into its body (skipping the loop's
 * initialization the first time), with a YIELD inside; and a switch whose
 * whole body is an unbraced `default: YIELD(...)`. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) enter_midway(int n)
{
    int i = 5;

    goto inside;
    for (i = 0; i < 8; i++) {
        printf("top %d\n", i);
    inside:
        YIELD(n);
        n++;
    }
    switch (n)
    default:
        YIELD(n * 10);
}

DIFF_MAIN(int, enter_midway, (4))
