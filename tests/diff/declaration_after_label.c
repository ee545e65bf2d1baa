/* Declarations right after a label (`again: ;`) that a backward goto
 * reaches again: each pass initializes them afresh. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) relabel(int n)
{
    int round = 0;

again:;
    int doubled = round * 2;
    char tag[4] = "r";

    YIELD(doubled);
    tag[1] = (char)('0' + round);
    doubled += 1;
    printf("%s %d\n", tag, doubled);
    if (++round < n)
        goto again;
    YIELD(-1);
}

DIFF_MAIN(int, relabel, (3))
