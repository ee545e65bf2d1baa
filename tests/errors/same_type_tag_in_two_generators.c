/* Two generators in one file each declare `struct acc` in their bodies:
 * valid C, but yieldc moves body types to file scope, where they would clash. */
#include <yieldc.h>
#include <stdio.h>

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) first_counter(int n)
{
    struct acc { int v; };
    struct acc a = { n };

    YIELD(a.v);
    a.v++;
    YIELD(a.v);
}

GENERATOR(int) second_counter(int n)
{
    struct acc { long v; int steps; };
    struct acc a = { n, 0 };

    while (a.steps < 3) {
        YIELD((int)a.v);
        a.v *= 2;
        a.steps++;
    }
}

