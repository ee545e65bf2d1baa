/* An array compound literal whose block ends before the YIELD: its lifetime
 * never crosses a YIELD, so it is fine. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) scoped(void)
{
    {
        int *p = (int[]){ 1, 2, 3 };
        printf("%d\n", p[1]);
    }
    YIELD(1);
}

DIFF_MAIN(int, scoped, ())
