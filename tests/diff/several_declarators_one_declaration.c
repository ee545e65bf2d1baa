/* Several variables in one declaration (`int a = 1, *b = &a, c[2];`),
 * mixing scalars, pointers, arrays with and without initializers. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) declarators(int n)
{
    int a = 1, *b = &a, c[2];
    int x = n, arr[3] = { 4, 5, 6 }, y = x + arr[2];
    int p, q = 3, r;

    c[0] = 7;
    c[1] = 8;
    p = q * 2;
    r = p + 1;
    YIELD(a);
    *b += 10;
    YIELD(a + c[0]);
    YIELD(y);
    arr[1] = y * 2;
    YIELD(arr[0] + arr[1] + arr[2]);
    b = &c[1];
    YIELD(*b + p + q + r + x);
}

DIFF_MAIN(int, declarators, (2))
