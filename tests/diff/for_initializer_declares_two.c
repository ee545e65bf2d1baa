/* Declarations in for initializers: two counters
 * (`for (int i = 0, j = 10; i < j; i++, j--)`) and a counter with a
 * pointer to it, living across the YIELDs in the loop body. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) meet_in_middle(int n)
{
    for (int i = 0, j = n; i < j; i++, j--) {
        YIELD(i);
        YIELD(j);
    }
    for (int i = 0, *pi = &i; *pi < 3; i++)
        YIELD(i * 100 + *pi);
    for (int k = 0, limit = n / 2; k < limit; k++) {
        printf("k %d of %d\n", k, limit);
        YIELD(-k);
    }
}

DIFF_MAIN(int, meet_in_middle, (10))
