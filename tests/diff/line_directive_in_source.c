/* A #line directive written in the user's file before a generator:
 * __LINE__ in the body (and after it) follows the user's numbering. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

#line 500
GENERATOR(int) numbered(int n)
{
    YIELD(__LINE__);
    YIELD(n);
    printf("line %d\n", __LINE__);
}

static const int after_generator = __LINE__;

GENERATOR(int) numbered_twice(int n)
{
    YIELD(__LINE__);
    YIELD(after_generator);
    YIELD(n);
}

DIFF_MAIN(int, numbered_twice, (1))
