/* `& (comment) x` takes the address of x just as `&x` does: x must live in
 * the frame, or the pointer dangles after the YIELD. show() writes over the
 * stack between resumes so a dangling pointer would show. */
#include "diff.h"

static void show(int v)
{
    volatile int junk[128];
    for (int i = 0; i < 128; i++)
        junk[i] = 1000 + i;
    printf("%d\n", v + junk[0] - junk[0]);
}

GENERATOR(int) through_comment(void)
{
    int x = 41;
    int *p = & /* the address of x */ x;

    YIELD(0);
    *p += 1;
    YIELD(*p);
}

DIFF_MAIN(int, through_comment, ())
