/* Parameters and locals named like the variables of yieldc's resume
 * function and frame (`self`, `it`, `out`, `state`). */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) named(int self, int it)
{
    int out = 1, state = 2;

    YIELD(self + it);
    out += self;
    state += it;
    YIELD(out * 10 + state);
    {
        int self = 100;
        YIELD(self + it);
    }
}

DIFF_MAIN(int, named, (3, 4))
