/* A struct type declared inside the generator body, in a declaration of
 * its own, used for locals that live across YIELDs. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) points(int n)
{
    struct point { int x, y; };
    struct segment { struct point from, to; };
    struct point p = { 1, 2 };
    struct point q;
    struct segment seg = { { 0, 0 }, { n, n } };

    q.x = n;
    q.y = -n;
    for (int i = 0; i < 3; i++) {
        YIELD(p.x * 100 + p.y);
        p.x += q.x;
        p.y += q.y;
    }
    seg.from = p;
    YIELD(seg.from.x + seg.to.y);
    struct point sum = { p.x + q.x, p.y + q.y };
    YIELD(sum.x);
    YIELD(sum.y);
}

DIFF_MAIN(int, points, (4))
