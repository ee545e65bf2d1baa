/* Ordinary (non-generator) functions drive generators: one with FOREACH over
 * a generator call, one with yieldc_next on a frame it owns, and one that
 * takes a `struct yieldc_iter *` to any int iterator. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) range(int lo, int hi)
{
    int i;

    for (i = lo; i < hi; i++)
        YIELD(i);
}

static int sum_range(int lo, int hi)
{
    int s = 0;

    FOREACH (int v, range(lo, hi))
        s += v;
    return s;
}

static int count_range(int lo, int hi)
{
    YIELDC_FRAME(range) r = range(lo, hi);
    int v;
    int n = 0;

    while (yieldc_next(&r.it, &v) == YIELDC_VALUE)
        n++;
    return n;
}

static int max_of(struct yieldc_iter *it, int if_empty)
{
    int best = if_empty;
    int first = 1;
    int v;

    while (yieldc_next(it, &v) == YIELDC_VALUE) {
        if (first || v > best)
            best = v;
        first = 0;
    }
    return best;
}

int main(void)
{
    YIELDC_FRAME(range) r = range(-5, 3);
    YIELDC_FRAME(range) none = range(3, 3);

    printf("sum 1..10 = %d\n", sum_range(1, 11));
    printf("count 5..9 = %d\n", count_range(5, 9));
    printf("max -5..2 = %d\n", max_of(&r.it, -100));
    printf("max empty = %d\n", max_of(&none.it, -100));
    return 0;
}
