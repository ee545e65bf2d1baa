/* Every construct an editor must take as valid C: return; and return value;
 * in generators, YIELD with a used value, YIELD_FROM, DEFER, GENEXPR, FOREACH. */
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>

GENERATOR(int) countdown(int n)
{
    if (n < 0)
        return;
    while (n > 0) {
        YIELD(n);
        n -= 1;
    }
}

GENERATOR(double, double, int) averager(void)
{
    double total = 0, average = 0;
    int count = 0;
    for (;;) {
        double term = YIELD(average);
        if (term < 0)
            return count;
        total += term;
        average = total / ++count;
    }
}

static GENERATOR(int) both(int n)
{
    int *p = malloc(sizeof *p);
    DEFER(free(p));
    YIELD_FROM(countdown(n));
    FOREACH (int sq, GENEXPR(x * x, int x, countdown(n)))
        YIELD(sq);
    FOREACH (int e, GENEXPR_IF(x + 1, int x, countdown(n), x % 2 == 0))
        YIELD(e);
    const char *label = "abc";
    FOREACH (int label, countdown((int)label[0]))   /* the source's label is the string */
        YIELD(label);
}

int main(void)
{
    FOREACH (int v, both(3))
        printf("%d\n", v);
    return 0;
}
