/* A static generator declared by a prototype first and defined later. */
#include "diff.h"

static GENERATOR(int) odds(int n);

static void show(int v)
{
    printf("%d\n", v);
}

static GENERATOR(int) odds(int n)
{
    for (int i = 1; i < n; i += 2)
        YIELD(i);
}

DIFF_MAIN(int, odds, (8))
