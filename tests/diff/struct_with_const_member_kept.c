/* A local struct with a const member, initialized once and then read
 * across YIELDs (its other members change). */
#include "diff.h"

struct tagged {
    const int id;
    int count;
};

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) tagged_counter(int n)
{
    struct tagged t = { 7, 0 };

    for (int i = 1; i <= n; i++) {
        t.count += i;
        YIELD(t.id * 100 + t.count);
    }
}

DIFF_MAIN(int, tagged_counter, (3))
