/* YIELD_FROM(sub(...)) passes on every value of the sub-generator, then
 * continues after it: in straight-line code, in a loop (a new sub-generator
 * each time), under an if, and over a sub-generator that yields nothing.
 * Nothing of the sub-generator runs before the delegating one reaches it. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) span(int from, int to)
{
    printf("  span(%d, %d) starts\n", from, to);
    for (int i = from; i < to; i++)
        YIELD(i);
    printf("  span(%d, %d) ends\n", from, to);
}

GENERATOR(int) outer(int rounds)
{
    printf("  outer starts\n");
    YIELD(0);
    YIELD_FROM(span(1, 3));
    YIELD(10);
    for (int r = 0; r < rounds; r++) {
        if (r % 2 == 0)
            YIELD_FROM(span(100 * r, 100 * r + 2));
        else
            YIELD(-r);
    }
    YIELD_FROM(span(5, 5));
    printf("  outer ends\n");
}

int main(void)
{
    YIELDC_FRAME(outer) g = outer(3);
    int v;

    printf("created\n");
    while (yieldc_next(&g.it, &v) == YIELDC_VALUE)
        printf("got %d\n", v);
    printf("again: %s\n", yieldc_next(&g.it, &v) == YIELDC_END ? "END" : "VALUE");
    FOREACH (int x, outer(0))
        printf("second run %d\n", x);
    return 0;
}
