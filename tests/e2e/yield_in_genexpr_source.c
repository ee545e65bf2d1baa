/* A YIELD or YIELD_FROM in a GENEXPR's source runs where the GENEXPR
 * stands, before the GENEXPR exists, as Python evaluates a generator
 * expression's first iterable at once: (x * x for x in range((yield))).
 * As a FOREACH source, a YIELD_FROM source, the source of another GENEXPR,
 * with a filter, and consumed by a plain function in a block of its own. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) upto(int n)
{
    for (int i = 0; i < n; i++)
        YIELD(i);
}

GENERATOR(int, int, int) seven_then_two(void)
{
    YIELD(7);
    return 2;
}

static int sum(struct yieldc_iter *it)
{
    int s = 0, v;
    while (yieldc_next(it, &v) == YIELDC_VALUE)
        s += v;
    return s;
}

GENERATOR(int, int) shaped_by_what_is_sent(void)
{
    int k = 100;
    FOREACH (int v, GENEXPR(x * x + k, int x, upto(YIELD(-1))))
        YIELD(v);
    YIELD_FROM(GENEXPR(x * 2, int x, upto(YIELD(-2))));
    int total = 0;
    FOREACH (int v, GENEXPR_IF(x, int x, upto(YIELD(-3) + 1), x % 2 == 0))
        total += v;
    YIELD(total);
    FOREACH (int v, GENEXPR(y + 1, int y, GENEXPR(x * 10, int x, upto(YIELD(-4)))))
        YIELD(v);
    YIELD_FROM(GENEXPR(x, int x, upto(YIELD_FROM(seven_then_two()) + 1)));
    int s = 0;
    {
        s = sum(&GENEXPR(x, int x, upto(YIELD(-5))).it);
    }
    YIELD(s);
}

int main(void)
{
    struct shaped_by_what_is_sent_frame g = shaped_by_what_is_sent();
    int v, sent = 0;
    while (yieldc_send(&g.it, &sent, &v) == YIELDC_VALUE) {
        printf("%d ", v);
        sent = v < 0 ? 3 : 0;
    }
    printf("\n");
    return 0;
}
