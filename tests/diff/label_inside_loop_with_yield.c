/* Labels inside a loop body, reached by gotos from the same pass, with
 * YIELDs on both sides; a goto out of the loop to a later label. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) labels_in_loop(int n)
{
    for (int i = 0; i < n; i++) {
        int tries = 0;
        if (i % 2)
            goto odd;
        YIELD(i);
        continue;
    odd:
        YIELD(-i);
    retry:
        tries++;
        YIELD(i * 100 + tries);
        if (tries < 2)
            goto retry;
        if (i == 3)
            goto done;
    }
    printf("loop completed\n");
done:
    YIELD(99);
}

DIFF_MAIN(int, labels_in_loop, (6))
