/* A parameter declared with function type (`int op(int)`), which C
 * adjusts to a function pointer, called after YIELDs. */
#include "diff.h"

static int dbl(int x)
{
    return x * 2;
}

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) apply_twice(int op(int), int v)
{
    YIELD(op(v));
    YIELD(op(op(v)));
}

DIFF_MAIN(int, apply_twice, (dbl, 3))
