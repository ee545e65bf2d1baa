/* YIELD as the sole statement of unbraced if and else bodies, and of an
 * else-if chain. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) parity(int n)
{
    for (int i = 0; i < n; i++) {
        if (i % 2 == 0)
            YIELD(i);
        else
            YIELD(-i);
        if (i == 2)
            YIELD(1000);
        if (i > 3)
            printf("big %d\n", i);
        else if (i == 1)
            YIELD(500);
        else
            YIELD(600);
    }
}

DIFF_MAIN(int, parity, (5))
