/* The generator protocol in generated text: a sent value, a result, delegation
 * to an embedded and to an allocated sub-frame, DEFER with close, a GENEXPR. */
#include <yieldc.h>
#include <stdio.h>

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

GENERATOR(int) countdown(int n)
{
    DEFER(printf("countdown done\n"));
    while (n > 0)
        YIELD(n--);
}

GENERATOR(int) nested(int depth)
{
    if (depth == 0)
        return;
    YIELD_FROM(countdown(depth));
    YIELD_FROM(nested(depth - 1));
}

GENERATOR(int) squares(int n)
{
    YIELD_FROM(GENEXPR(x * x, int x, countdown(n)));
}
