/* A YIELD under &&, ||, ?: and the comma runs only where C runs that
 * operand: an operand that is not evaluated does not suspend. */
#include "diff.h"

static void show(int v)
{
    printf("yield %d\n", v);
}

static int noisy(int v)
{
    printf("noisy %d\n", v);
    return v;
}

GENERATOR(int, int) choices(int t, int f)
{
    int r;

    r = f && YIELD(1);
    printf("f && y: %d\n", r);
    r = t && YIELD(2);
    printf("t && y: %d\n", r);
    r = t || YIELD(3);
    printf("t || y: %d\n", r);
    r = f || YIELD(4) > 120;
    printf("f || y: %d\n", r);
    r = t ? YIELD(5) : YIELD(6);
    printf("t ? y5 : y6: %d\n", r);
    r = f ? YIELD(7) : noisy(7);
    printf("f ? y7 : 7: %d\n", r);
    r = (noisy(8), YIELD(8)) + 1;
    printf("(8, y8) + 1: %d\n", r);
    if (t && (YIELD(9) > 150 || YIELD(10) > 150) && noisy(11))
        printf("nested: yes\n");
    t ? (void)YIELD(12) : (void)noisy(12);
    (void)(f || YIELD(13));
    r = YIELD(YIELD(14) + 1);
    printf("y(y14 + 1): %d\n", r);
}

DIFF_MAIN_SEND(int, int, choices, (1, 0))
