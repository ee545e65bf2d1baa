/* yieldc_range and yieldc_count: Python's range and itertools.count.
 *
 *     from itertools import count, islice, takewhile
 *     import sys
 *     def show(label, it): print(label + ":", *it)
 *     show("range(0, 5, 1)", range(0, 5, 1))
 *     show("range(1, 10, 2)", range(1, 10, 2))
 *     show("range(10, 0, -3)", range(10, 0, -3))
 *     show("range(-2, -8, -2)", range(-2, -8, -2))
 *     show("range(5, 5, 1)", range(5, 5, 1))
 *     show("range(5, 0, 1)", range(5, 0, 1))
 *     show("range(0, 5, -1)", range(0, 5, -1))
 *     m = sys.maxsize
 *     show("near LONG_MAX", (x - m for x in range(m - 4, m, 3)))
 *     show("near LONG_MIN", (x + m + 1 for x in range(-m - 1 + 4, -m - 1, -3)))
 *     c = count(10, 5)
 *     show("take(count(10, 5), 4)", islice(c, 4))
 *     print("count goes on at", next(c))
 *     show("take(count(0, -2), 3)", islice(count(0, -2), 3))
 *     show("take(count(7, 0), 3)", islice(count(7, 0), 3))
 *     # count ends where a long would overflow (Python's ints have no end)
 *     bounded = takewhile(lambda x: -m - 1 <= x <= m, count(m - 2, 1))
 *     show("count near LONG_MAX", (x - m for x in islice(bounded, 5)))
 *     bounded = takewhile(lambda x: -m - 1 <= x <= m, count(-m - 1 + 5, -3))
 *     show("count near LONG_MIN", (x + m + 1 for x in islice(bounded, 5)))
 */
#include <yieldc.h>
#include <limits.h>
#include <stdio.h>

static void show(const char *label, struct yieldc_iter *it)
{
    long v;

    printf("%s:", label);
    while (yieldc_next(it, &v) == YIELDC_VALUE)
        printf(" %ld", v);
    printf("\n");
}

/* The values of a range near the ends of long, printed as distances from them. */
GENERATOR(long) offsets(struct yieldc_iter *src, long base)
{
    FOREACH (long x, src)
        YIELD(x - base);
}

int main(void)
{
    struct yieldc_range_frame r1 = yieldc_range(0, 5, 1);
    struct yieldc_range_frame r2 = yieldc_range(1, 10, 2);
    struct yieldc_range_frame r3 = yieldc_range(10, 0, -3);
    struct yieldc_range_frame r4 = yieldc_range(-2, -8, -2);
    struct yieldc_range_frame e1 = yieldc_range(5, 5, 1);
    struct yieldc_range_frame e2 = yieldc_range(5, 0, 1);
    struct yieldc_range_frame e3 = yieldc_range(0, 5, -1);

    show("range(0, 5, 1)", &r1.it);
    show("range(1, 10, 2)", &r2.it);
    show("range(10, 0, -3)", &r3.it);
    show("range(-2, -8, -2)", &r4.it);
    show("range(5, 5, 1)", &e1.it);
    show("range(5, 0, 1)", &e2.it);
    show("range(0, 5, -1)", &e3.it);

    /* the last step would pass the end of long: the range stops before it */
    struct yieldc_range_frame high = yieldc_range(LONG_MAX - 4, LONG_MAX, 3);
    struct offsets_frame high_offsets = offsets(&high.it, LONG_MAX);
    struct yieldc_range_frame low = yieldc_range(LONG_MIN + 4, LONG_MIN, -3);
    struct offsets_frame low_offsets = offsets(&low.it, LONG_MIN);
    show("near LONG_MAX", &high_offsets.it);
    show("near LONG_MIN", &low_offsets.it);

    /* count is infinite: take pulls only the values it passes on */
    struct yieldc_count_frame c = yieldc_count(10, 5);
    struct yieldc_take_frame first4 = yieldc_take(&c.it, 4);
    long next;
    show("take(count(10, 5), 4)", &first4.it);
    yieldc_next(&c.it, &next);
    printf("count goes on at %ld\n", next);

    struct yieldc_count_frame down = yieldc_count(0, -2);
    struct yieldc_take_frame first3 = yieldc_take(&down.it, 3);
    show("take(count(0, -2), 3)", &first3.it);

    struct yieldc_count_frame same = yieldc_count(7, 0);
    struct yieldc_take_frame same3 = yieldc_take(&same.it, 3);
    show("take(count(7, 0), 3)", &same3.it);

    /* count ends where the next value would overflow a long */
    struct yieldc_count_frame up = yieldc_count(LONG_MAX - 2, 1);
    struct yieldc_take_frame up5 = yieldc_take(&up.it, 5);
    struct offsets_frame up_offsets = offsets(&up5.it, LONG_MAX);
    show("count near LONG_MAX", &up_offsets.it);
    struct yieldc_count_frame down_low = yieldc_count(LONG_MIN + 5, -3);
    struct yieldc_take_frame down5 = yieldc_take(&down_low.it, 5);
    struct offsets_frame down_offsets = offsets(&down5.it, LONG_MIN);
    show("count near LONG_MIN", &down_offsets.it);
    return 0;
}
