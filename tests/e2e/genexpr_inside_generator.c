/* GENEXPR inside a generator: as the source of a FOREACH whose body YIELDs
 * (the GENEXPR lives in the frame across the YIELDs), of a FOREACH whose
 * body does not, and of YIELD_FROM; over the generator's own iterator
 * parameter; naming parameters and locals, copied when it is made (a later
 * change is not seen). Closing the generator while it is suspended in such
 * a loop or delegation closes the GENEXPR and the generator under it. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) range(int n)
{
    DEFER(printf("  range(%d) cleanup\n", n));
    for (int i = 0; i < n; i++)
        YIELD(i);
}

GENERATOR(int) scaled(int factor, int n)
{
    int offset = 1;

    FOREACH (int v, GENEXPR(x * factor + offset, int x, range(n))) {
        offset = 1000;                      /* not seen: copied when made */
        YIELD(v);
    }
    printf("  scaled: loop done\n");
    YIELD_FROM(GENEXPR_IF(-x, int x, range(n), x % 2 == 1));
    printf("  scaled: done\n");
}

GENERATOR(int) summed(int factor, int n)
{
    int offset = 1, total = 0;

    FOREACH (int v, GENEXPR(x * factor + offset, int x, range(n)))
        total += v;
    YIELD(total);
    offset = 1000;
    YIELD_FROM(GENEXPR(x * factor + offset, int x, range(n)));
    printf("  summed: done\n");
}

GENERATOR(int) evens_of(struct yieldc_iter *numbers)
{
    YIELD_FROM(GENEXPR_IF(x, int x, numbers, x % 2 == 0));
}

int main(void)
{
    int v;

    FOREACH (int x, scaled(10, 4))
        printf("scaled %d\n", x);
    FOREACH (int x, summed(10, 3))
        printf("summed %d\n", x);

    YIELDC_FRAME(range) r = range(7);
    FOREACH (int x, evens_of(&r.it))
        printf("even %d\n", x);

    YIELDC_FRAME(scaled) g = scaled(2, 5);
    yieldc_next(&g.it, &v);
    yieldc_next(&g.it, &v);
    printf("suspended in the loop after %d; close:\n", v);
    yieldc_close(&g.it);

    YIELDC_FRAME(scaled) h = scaled(3, 4);
    for (int i = 0; i < 5; i++)
        yieldc_next(&h.it, &v);
    printf("suspended in the YIELD_FROM after %d; close:\n", v);
    yieldc_close(&h.it);

    YIELDC_FRAME(summed) s = summed(2, 5);
    for (int i = 0; i < 3; i++)
        yieldc_next(&s.it, &v);
    printf("suspended in the YIELD_FROM after %d; close:\n", v);
    yieldc_close(&s.it);
    printf("done\n");
    return 0;
}
