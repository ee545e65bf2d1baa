/* Designated initializers for local arrays (`int a[5] = {[2] = 7}`), an
 * array sized by its designators, and a designated struct initializer. */
#include "diff.h"

struct range {
    int lo, hi;
};

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) designated(int n)
{
    int a[5] = { [2] = 7, [4] = n };
    int b[] = { [3] = 1, [1] = 2 };
    struct range r = { .hi = 9 };

    for (int i = 0; i < 5; i++) {
        YIELD(a[i]);
        a[(i + 1) % 5] += i;
    }
    printf("b has %d elements\n", (int)(sizeof b / sizeof b[0]));
    YIELD(b[0] + b[1] * 10 + b[2] * 100 + b[3] * 1000);
    while (r.lo < r.hi) {
        YIELD(r.lo);
        r.lo += 4;
    }
    printf("a: %d %d %d %d %d\n", a[0], a[1], a[2], a[3], a[4]);
}

DIFF_MAIN(int, designated, (3))
