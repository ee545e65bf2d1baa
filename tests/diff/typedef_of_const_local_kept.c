/* A local whose type is a typedef of a const type (`typedef const int
 * cint; cint k = ...`), living across YIELDs. */
#include "diff.h"

typedef const int cint;

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) typed_const(int n)
{
    cint k = n * 3;

    YIELD(k);
    printf("k is still %d\n", k);
    YIELD(k + 1);
}

DIFF_MAIN(int, typed_const, (5))
