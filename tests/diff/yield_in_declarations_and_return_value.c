/* YIELDs in the initializers of a declaration, each after the ones
 * before it are initialized, locals that live across them or not; and in a
 * return's value. */
#include "diff.h"

static void show(int v)
{
    printf("yield %d\n", v);
}

static int next_id(void)
{
    static int id;
    printf("next_id %d\n", id);
    return id++;
}

GENERATOR(int, int) declarations(int n)
{
    int a = next_id(), b = YIELD(a) + a, c = YIELD(b) - b;
    printf("a %d b %d c %d\n", a, b, c);
    {
        int x = n, y = 2, z = YIELD(x + y);
        printf("x %d y %d z %d\n", x, y, z);
        int only = YIELD(z);
        printf("only %d\n", only);
    }
    for (int i = 0, j = YIELD(i + 50); i < 2; i++)
        printf("i %d j %d\n", i, j);
}

DIFF_MAIN_SEND(int, int, declarations, (3))
