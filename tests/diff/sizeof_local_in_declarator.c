/* A frame local whose declarator's type names another frame local
 * (`char buf[sizeof n]`): the type stays the one the original declared. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) sized(void)
{
    int n = 3;
    char buf[sizeof n];

    YIELD((int)sizeof buf);
    buf[0] = 1;
    YIELD(n + buf[0]);
}

DIFF_MAIN(int, sized, ())
