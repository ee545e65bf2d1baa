/* Locals that shadow a parameter (in a nested block, in a loop body and in
 * a for initializer) each keep their own value; the parameter keeps its. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) shadow_param(int n)
{
    YIELD(n);
    {
        int n = 100;
        YIELD(n);
        n++;
        YIELD(n);
    }
    YIELD(n);
    for (int i = 0; i < 2; i++) {
        int n = i * 1000;
        YIELD(n);
    }
    for (int n = 7; n < 9; n++)
        YIELD(n);
    n += 1;
    YIELD(n);
}

DIFF_MAIN(int, shadow_param, (3))
