/* `int *p = &x; YIELD(...); *p = 2;`: the address taken before a YIELD
 * still designates the same local after it. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) through_pointer(int start)
{
    int x = start;
    int *p = &x;

    YIELD(x);
    *p = 2;
    YIELD(x);
    (*p)++;
    printf("x = %d, *p = %d, same address %d\n", x, *p, p == &x);
    YIELD(*p);
    x = 40;
    YIELD(*p + 2);
}

DIFF_MAIN(int, through_pointer, (1))
