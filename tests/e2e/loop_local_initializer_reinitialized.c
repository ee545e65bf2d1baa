/* A local declared with an initializer inside a loop body is initialized
 * afresh on every pass, even though the generator suspends in that body
 * after modifying it. */
#include <yieldc.h>
#include <stdio.h>

static int init_calls = 0;

static int fresh(int i)
{
    init_calls++;
    return 100 + i;
}

GENERATOR(int) passes(int n)
{
    int i = 0;

    while (i < n) {
        int acc = fresh(i);
        int twice[2] = { i, i };

        YIELD(acc);
        acc += 1000;
        twice[1] += 50;
        printf("  pass %d: acc=%d twice={%d,%d}\n", i, acc, twice[0], twice[1]);
        YIELD(acc);
        i++;
    }
}

int main(void)
{
    FOREACH (int v, passes(3))
        printf("got %d (init calls so far %d)\n", v, init_calls);
    return 0;
}
