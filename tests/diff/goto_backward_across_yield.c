/* Backward gotos over YIELDs: a loop made of a label and a goto, and a
 * retry label reached again after a YIELD. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) looper(int n)
{
    int i = 0;

top:
    YIELD(i);
    i++;
    if (i < n)
        goto top;
    printf("after loop\n");
    int j = 0;
retry:
    j += 3;
    YIELD(j);
    printf("tried %d\n", j);
    if (j < 9)
        goto retry;
    YIELD(i + j);
}

DIFF_MAIN(int, looper, (3))
