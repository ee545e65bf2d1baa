/* A generator with internal linkage: `static GENERATOR(int) ...`. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

static GENERATOR(int) evens(int limit)
{
    int count = 0;

    for (int i = 0; i <= limit; i += 2) {
        YIELD(i);
        count++;
    }
    printf("%d values\n", count);
}

DIFF_MAIN(int, evens, (7))
