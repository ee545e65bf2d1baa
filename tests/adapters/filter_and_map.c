/* yieldc_filter and yieldc_map with a context: predicates and functions
 * that read (and count in) the caller's data, over longs and structs,
 * changing the values' type, and pulling lazily.
 *
 *     from collections import namedtuple
 *     def show(label, it): print(label + ":", *it)
 *     k = 3
 *     show("multiples of 3 in range(1, 20)", filter(lambda v: v % k == 0, range(1, 20)))
 *     show("none kept", filter(lambda v: False, range(5)))
 *     a, b = 10, -1
 *     show("10 * x - 1 for x in range(4)", map(lambda x: a * x + b, range(4)))
 *     Item = namedtuple("Item", "name price qty")
 *     items = [Item("pen", 1.5, 4), Item("book", 12.0, 1), Item("ink", 3.25, 0), Item("pad", 2.0, 3)]
 *     in_stock = filter(lambda it: it.qty > 0, items)
 *     for total in map(lambda it: it.price * it.qty, in_stock):
 *         print(f"total {total:.2f}")
 *     words = ["zero", "one", "two", "three"]
 *     show("words", map(lambda n: words[n], range(3, -1, -1)))
 *     calls = 0
 *     def odd(v):
 *         global calls
 *         calls += 1
 *         return v % 2 == 1
 *     f = filter(odd, range(100))
 *     print("first odd:", next(f), "after", calls, "calls")
 *     print("second odd:", next(f), "after", calls, "calls")
 */
#include <yieldc.h>
#include <stdio.h>

static void show(const char *label, struct yieldc_iter *src)
{
    printf("%s:", label);
    FOREACH (long v, src)
        printf(" %ld", v);
    printf("\n");
}

static int multiple_of(void *ctx, const void *value)
{
    return *(const long *)value % *(const long *)ctx == 0;
}

static int never(void *ctx, const void *value)
{
    (void)ctx;
    (void)value;
    return 0;
}

struct affine {
    long a, b;
};

static void apply_affine(void *ctx, const void *in, void *out)
{
    const struct affine *f = ctx;
    *(long *)out = f->a * *(const long *)in + f->b;
}

struct item {
    const char *name;
    double price;
    int qty;
};

static int in_stock(void *ctx, const void *value)
{
    (void)ctx;
    return ((const struct item *)value)->qty > 0;
}

static void total(void *ctx, const void *in, void *out)
{
    const struct item *it = in;
    (void)ctx;
    *(double *)out = it->price * it->qty;
}

static void word_of(void *ctx, const void *in, void *out)
{
    const char *const *words = ctx;
    *(const char **)out = words[*(const long *)in];
}

static int odd_counting(void *ctx, const void *value)
{
    ++*(int *)ctx;
    return *(const long *)value % 2 == 1;
}

int main(void)
{
    {
        long k = 3;
        struct yieldc_range_frame r = yieldc_range(1, 20, 1);
        struct yieldc_filter_frame f = yieldc_filter(&r.it, multiple_of, &k);
        show("multiples of 3 in range(1, 20)", &f.it);
    }
    {
        struct yieldc_range_frame r = yieldc_range(0, 5, 1);
        struct yieldc_filter_frame f = yieldc_filter(&r.it, never, NULL);
        show("none kept", &f.it);
    }
    {
        struct affine line = { 10, -1 };
        struct yieldc_range_frame r = yieldc_range(0, 4, 1);
        struct yieldc_map_frame m = yieldc_map(&r.it, apply_affine, &line, sizeof(long));
        show("10 * x - 1 for x in range(4)", &m.it);
    }
    {
        struct item items[] = { { "pen", 1.5, 4 }, { "book", 12.0, 1 }, { "ink", 3.25, 0 }, { "pad", 2.0, 3 } };
        struct yieldc_array_frame all = YIELDC_ARRAY(items);
        struct yieldc_filter_frame stocked = yieldc_filter(&all.it, in_stock, NULL);
        FOREACH (double t, yieldc_map(&stocked.it, total, NULL, sizeof(struct item)))
            printf("total %.2f\n", t);
    }
    {
        const char *words[] = { "zero", "one", "two", "three" };
        struct yieldc_range_frame r = yieldc_range(3, -1, -1);
        printf("words:");
        FOREACH (const char *w, yieldc_map(&r.it, word_of, words, sizeof(long)))
            printf(" %s", w);
        printf("\n");
    }
    {
        int calls = 0;
        long first, second;
        struct yieldc_range_frame r = yieldc_range(0, 100, 1);
        struct yieldc_filter_frame f = yieldc_filter(&r.it, odd_counting, &calls);
        yieldc_next(&f.it, &first);
        printf("first odd: %ld after %d calls\n", first, calls);
        yieldc_next(&f.it, &second);
        printf("second odd: %ld after %d calls\n", second, calls);
    }
    return 0;
}
