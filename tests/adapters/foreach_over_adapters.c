/* FOREACH over adapters: over a call (a temporary frame), a frame
 * variable and a pointer; left by break and continue; nested; and inside
 * a generator, over adapter frames that live in the generator's frame.
 * Leaving a FOREACH closes the adapter it made, never that adapter's source.
 *
 *     from itertools import count, islice, chain
 *     for v in range(3):
 *         print("call", v)
 *     c = count(100)
 *     for v in islice(c, 10):
 *         if v == 102:
 *             break
 *         print("until break", v)
 *     print("the source goes on at", next(c))
 *     for v in filter(lambda v: v % 3 != 0, range(10)):
 *         if v == 4:
 *             continue
 *         print("kept", v)
 *     r = iter(range(3))
 *     for v in r:
 *         print("variable", v)
 *     a, b = iter(range(2)), iter(range(7, 9))
 *     ch = chain(a, b)
 *     for v in ch:
 *         print("pointer", v)
 *     for i in range(1, 3):
 *         for j in range(i, 4):
 *             print("pair", i, j)
 *     def pairs_below(n):
 *         for i in range(n):
 *             for j in islice(count(i + 1), 2):
 *                 yield i * 10 + j
 *     print("pairs_below(3):", *pairs_below(3))
 */
#include <yieldc.h>
#include <stdio.h>

static int not_multiple_of_3(void *ctx, const void *value)
{
    (void)ctx;
    return *(const long *)value % 3 != 0;
}

GENERATOR(long) pairs_below(long n)
{
    struct yieldc_range_frame rows = yieldc_range(0, n, 1);

    FOREACH (long i, rows) {
        struct yieldc_count_frame from = yieldc_count(i + 1, 1);
        YIELDC_FRAME(yieldc_take) two = yieldc_take(&from.it, 2);
        FOREACH (long j, two)
            YIELD(i * 10 + j);
    }
}

int main(void)
{
    FOREACH (long v, yieldc_range(0, 3, 1))
        printf("call %ld\n", v);

    struct yieldc_count_frame c = yieldc_count(100, 1);
    long next;
    FOREACH (long v, yieldc_take(&c.it, 10)) {
        if (v == 102)
            break;
        printf("until break %ld\n", v);
    }
    yieldc_next(&c.it, &next);
    printf("the source goes on at %ld\n", next);

    struct yieldc_range_frame ten = yieldc_range(0, 10, 1);
    FOREACH (long v, yieldc_filter(&ten.it, not_multiple_of_3, NULL)) {
        if (v == 4)
            continue;
        printf("kept %ld\n", v);
    }

    YIELDC_FRAME(yieldc_range) r = yieldc_range(0, 3, 1);
    FOREACH (long v, r)
        printf("variable %ld\n", v);

    struct yieldc_range_frame a = yieldc_range(0, 2, 1), b = yieldc_range(7, 9, 1);
    struct yieldc_chain_frame ch = yieldc_chain(&a.it, &b.it);
    struct yieldc_iter *p = &ch.it;
    FOREACH (long v, p)
        printf("pointer %ld\n", v);

    FOREACH (long i, yieldc_range(1, 3, 1))
        FOREACH (long j, yieldc_range(i, 4, 1))
            printf("pair %ld %ld\n", i, j);

    printf("pairs_below(3):");
    FOREACH (long v, pairs_below(3))
        printf(" %ld", v);
    printf("\n");
    return 0;
}
