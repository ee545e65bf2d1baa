/* Parameters that are pointers (to a global counter and to a struct) and
 * a struct passed by value: the frame keeps the copy, writes through the
 * pointers reach the caller's objects. */
#include "diff.h"

struct vec {
    int x, y, z;
};

static int calls;
static struct vec origin = { 100, 200, 300 };

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) params(int *counter, struct vec v, const struct vec *base)
{
    YIELD(v.x + v.y + v.z);
    v.x *= 2;
    (*counter)++;
    YIELD(v.x);
    YIELD(base->y + v.y);
    origin.y = -1;
    YIELD(base->y);
    (*counter) += 10;
    printf("calls %d, v = %d %d %d\n", calls, v.x, v.y, v.z);
}

DIFF_MAIN(int, params, (&calls, (struct vec){ 1, 2, 3 }, &origin))
