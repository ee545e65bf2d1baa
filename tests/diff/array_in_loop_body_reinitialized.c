/* An array declared with an initializer inside a loop body is initialized
 * afresh on every pass, even though it lives in the frame. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) fresh_each_pass(int passes)
{
    for (int p = 0; p < passes; p++) {
        int a[3] = { p, p * 10 };
        char tag[8] = "pass";
        printf("start %s %d: %d %d %d\n", tag, p, a[0], a[1], a[2]);
        YIELD(a[0] + a[1] + a[2]);
        a[2] += 5 + p;
        tag[0] = 'P';
        YIELD(a[2]);
        printf("end %s %d\n", tag, a[2]);
    }
    int w = 0;
    while (w < 2) {
        int counts[4] = { [3] = 1 };
        counts[w] = 5;
        YIELD(counts[0] + counts[1] + counts[2] + counts[3]);
        w++;
    }
}

DIFF_MAIN(int, fresh_each_pass, (3))
