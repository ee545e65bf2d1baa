/* A plain C file, compiled without yieldc: yieldc.h alone gives it the
 * adapters' frames (those of the generator adapters through the header
 * yieldc wrote from the runtime) to hold by value and drive with
 * yieldc_next; their ops say which value sizes they know.
 *
 *     from itertools import count, islice, chain
 *     r = iter(range(2, 12, 3))
 *     print("range:", *r)
 *     c = count(-5, 5)
 *     print("take 3 of count:", *islice(c, 3))
 *     print("chained:", *chain(range(2), islice(c, 2)))
 *     print("collected:", *list(islice(map(lambda n: n * n, range(1, 100)), 4)))
 *     print("range yields long: yes")
 *     print("count yields long: yes")
 *     print("the others yield as their sources: yes")
 */
#include <yieldc.h>
#include <stdio.h>

static void show(const char *label, struct yieldc_iter *src)
{
    long v;

    printf("%s:", label);
    while (yieldc_next(src, &v) == YIELDC_VALUE)
        printf(" %ld", v);
    printf("\n");
}

static void square(void *ctx, const void *in, void *out)
{
    long n = *(const long *)in;
    (void)ctx;
    *(long *)out = n * n;
}

int main(void)
{
    YIELDC_FRAME(yieldc_range) r = yieldc_range(2, 12, 3);
    show("range", &r.it);

    struct yieldc_count_frame c = yieldc_count(-5, 5);
    struct yieldc_take_frame t = yieldc_take(&c.it, 3);
    show("take 3 of count", &t.it);

    struct yieldc_range_frame two = yieldc_range(0, 2, 1);
    struct yieldc_take_frame more = yieldc_take(&c.it, 2);
    YIELDC_FRAME(yieldc_chain) ch = yieldc_chain(&two.it, &more.it);
    show("chained", &ch.it);

    long got[4];
    struct yieldc_range_frame n = yieldc_range(1, 100, 1);
    struct yieldc_map_frame squares = yieldc_map(&n.it, square, NULL, sizeof(long));
    size_t k = YIELDC_COLLECT(&squares.it, got);
    printf("collected:");
    for (size_t i = 0; i < k; i++)
        printf(" %ld", got[i]);
    printf("\n");

    printf("range yields long: %s\n", r.it.ops->value_size == sizeof(long) ? "yes" : "no");
    printf("count yields long: %s\n", c.it.ops->value_size == sizeof(long) ? "yes" : "no");
    printf("the others yield as their sources: %s\n",
           t.it.ops->value_size == 0 && ch.it.ops->value_size == 0 && squares.it.ops->value_size == 0 ? "yes" : "no");
    return 0;
}
