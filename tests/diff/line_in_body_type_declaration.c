/* __LINE__ inside type declarations in the generator body (an enum
 * constant, an array bound) must still be the user's line numbers. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) lines(int n)
{
    enum { DECLARED_AT = __LINE__ };
    struct tagged { char pad[__LINE__]; int v; };
    struct tagged t = { { 0 }, n };

    YIELD(DECLARED_AT);
    YIELD((int)sizeof t.pad);
    YIELD(t.v);
}

DIFF_MAIN(int, lines, (5))
