/* A `static inline` generator. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

static inline GENERATOR(int) triangle(int n)
{
    int sum = 0;

    for (int i = 1; i <= n; i++) {
        sum += i;
        YIELD(sum);
    }
}

DIFF_MAIN(int, triangle, (5))
