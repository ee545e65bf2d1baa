/* Comma expressions as the yielded value: every operand's side effect
 * happens once, the value is the last operand. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) comma(int n)
{
    int a = n;

    YIELD((a++, a * 2));
    YIELD((printf("side effect a=%d\n", a), a += 3, a));
    for (int i = 0; i < 2; i++)
        YIELD((a--, i + a));
    printf("a = %d\n", a);
}

DIFF_MAIN(int, comma, (4))
