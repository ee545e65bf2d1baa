/* Compound literals whose values are copied into locals (struct and array
 * element), assigned to a live local, and used in yielded expressions. */
#include "diff.h"

struct pt {
    int x, y;
};

static int sum_pt(struct pt p)
{
    return p.x + p.y;
}

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) literals(int n)
{
    struct pt a = (struct pt){ n, n + 1 };
    int first = ((int[]){ 5, 6, 7 })[1];

    YIELD(a.x);
    a = (struct pt){ .y = 100, .x = a.y };
    YIELD(a.x + a.y);
    YIELD(sum_pt((struct pt){ first, 2 }));
    YIELD(((struct pt){ 3, 4 }).y);
    printf("%d %d %d\n", a.x, a.y, first);
}

DIFF_MAIN(int, literals, (2))
