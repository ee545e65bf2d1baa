/* A const parameter lives in the frame; the frame stays assignable, so it
 * can be copied before it starts. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) offset_by(const int n, const char *const label)
{
    printf("%s\n", label);
    YIELD(n);
    YIELD(n + 1);
}

DIFF_MAIN(int, offset_by, (3, "label"))
