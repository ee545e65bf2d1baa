/* YIELD as the sole statement of unbraced while, for and do-while bodies. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) loops(int n)
{
    int i = 0;

    while (i < n)
        YIELD(i++);
    for (int j = 0; j < n; j++)
        YIELD(j * 10);
    int k = 3;
    do
        YIELD(k--);
    while (k > 0);
    while (i-- > 1)
        YIELD(i * 100);
    for (; k < 2; k++)
        YIELD(k);
    printf("i %d k %d\n", i, k);
}

DIFF_MAIN(int, loops, (3))
