/* GENERATOR(struct point): struct values yielded by value, from a frame
 * local, from a compound literal and from a function. */
#include "diff.h"

struct point {
    int x, y;
    const char *name;
};

static void show(struct point v)
{
    printf("(%d, %d) %s\n", v.x, v.y, v.name);
}

static struct point mirror(struct point p)
{
    struct point m = { -p.x, -p.y, "mirror" };
    return m;
}

GENERATOR(struct point) walk(int n)
{
    struct point p = { 0, 0, "origin" };

    YIELD(p);
    for (int i = 1; i <= n; i++) {
        p.x += i;
        p.y -= i;
        p.name = i % 2 ? "odd" : "even";
        YIELD(p);
    }
    YIELD(((struct point){ 9, 9, "literal" }));
    YIELD(mirror(p));
}

DIFF_MAIN(struct point, walk, (3))
