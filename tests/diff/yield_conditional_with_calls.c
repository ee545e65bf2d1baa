/* Conditional expressions and function calls as the yielded value: only
 * the chosen branch's function runs, and only once. */
#include "diff.h"

static int twice(int x)
{
    printf("twice(%d)\n", x);
    return 2 * x;
}

static int negate(int x)
{
    printf("negate(%d)\n", x);
    return -x;
}

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) choose(int n)
{
    for (int x = 0; x < n; x++) {
        int c = x % 2;
        YIELD(c ? twice(x) : negate(x));
        YIELD(twice(negate(x)) + (c ? 1 : 0));
    }
    YIELD(n > 2 ? n : twice(n));
}

DIFF_MAIN(int, choose, (4))
