/* Scalars read textually before a YIELD but, on the next pass of a loop
 * (for, while, do-while, or a backward goto), after it in time: they must
 * keep the value written on the previous pass. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) previous(int n)
{
    int last = -1;
    int i = 0;

    while (i < n) {
        if (last >= 0)
            printf("last was %d\n", last);
        last = i * 3;
        YIELD(i);
        i++;
    }

    int prev = 100;
    int k = 0;
again:
    printf("prev %d\n", prev);
    prev = k * 7;
    YIELD(k);
    if (++k < 3)
        goto again;

    int seen = 0;
    do {
        YIELD(seen);
        seen = seen * 2 + 1;
    } while (seen < 10);

    for (int a = 0; a < 2; a++) {
        int outer = a * 1000;
        for (int b = 0; b < 2; b++) {
            printf("outer %d\n", outer);
            YIELD(outer + b);
        }
    }
}

DIFF_MAIN(int, previous, (3))
