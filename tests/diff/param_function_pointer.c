/* Function pointer parameters (`int (*op)(int)`) and a function pointer
 * local, called on both sides of YIELDs. */
#include "diff.h"

static int inc(int x)
{
    return x + 1;
}

static int dbl(int x)
{
    return x * 2;
}

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) apply(int (*op)(int), int (*op2)(int), int start, int n)
{
    int v = start;

    for (int i = 0; i < n; i++) {
        v = op(v);
        YIELD(v);
        v = op2(v);
        YIELD(v);
    }
    int (*chosen)(int) = v > 20 ? op : op2;
    YIELD(chosen(1));
    printf("chose inc %d\n", chosen == inc);
    chosen = dbl;
    YIELD(chosen(v));
}

DIFF_MAIN(int, apply, (inc, dbl, 1, 3))
