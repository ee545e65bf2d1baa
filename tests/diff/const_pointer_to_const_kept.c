/* `const char *const label`: a const pointer to const chars, living across
 * YIELDs. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) const_const(int n)
{
    const char *const label = "abc";
    const int *const first = &n;

    for (int i = 0; i < 3; i++) {
        YIELD(label[i] + *first);
        printf("%s\n", label + i);
    }
}

DIFF_MAIN(int, const_const, (1))
