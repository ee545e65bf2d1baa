/* A typedef of a variable-length array type, declared and used after the
 * last YIELD (so nothing of it crosses a YIELD). */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) vla_type(int n)
{
    YIELD(n);
    typedef int row[n];
    row r;
    for (int i = 0; i < n; i++)
        r[i] = i * 3;
    printf("row of %d, last %d\n", (int)(sizeof r / sizeof r[0]), r[n - 1]);
}

DIFF_MAIN(int, vla_type, (4))
