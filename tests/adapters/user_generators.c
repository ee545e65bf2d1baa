/* Adapters and the user's generators together: a generator as an
 * adapter's source, adapters as a generator's source (FOREACH over a
 * pointer, YIELD_FROM of an adapter call and of a pointer, an adapter
 * frame kept in a generator's frame across YIELDs, YIELDC_ARRAY over an
 * array in the frame), and a GENEXPR over an adapter.
 *
 *     from itertools import islice, count
 *     def fibonacci():
 *         a, b = 0, 1
 *         while True:
 *             yield a
 *             a, b = b, a + b
 *     odd_fib = filter(lambda v: v % 2, islice(fibonacci(), 12))
 *     for i, v in enumerate(odd_fib):
 *         print(f"odd fibonacci #{i}: {v}")
 *     def running_sum(src):
 *         total = 0
 *         for v in src:
 *             total += v
 *             yield total
 *     print("running sum of range(1, 6):", *running_sum(iter(range(1, 6))))
 *     def ramp(n):
 *         yield from range(0, n)
 *         yield from range(n, -1, -1)
 *     print("ramp(3):", *ramp(3))
 *     def first_three_then_rest(src):
 *         yield from islice(src, 3)
 *         yield -1
 *         yield from src
 *     print("first three, -1, the rest:", *first_three_then_rest(iter(range(10, 16))))
 *     def tens(src):
 *         first = islice(src, 3)
 *         for v in first:
 *             yield v * 10
 *         print("  tens: source goes on at", next(src))
 *     print("tens:", *tens(count(4)))
 *     print("squares:", *(x * x for x in range(0, 5)))
 *     def shouted():
 *         words = ["hey", "you"]
 *         for w in iter(words):
 *             yield w.upper()
 *     print("shouted:", *shouted())
 */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(long) fibonacci(void)
{
    long a = 0, b = 1;

    for (;;) {
        YIELD(a);
        long next = a + b;
        a = b;
        b = next;
    }
}

static int odd(void *ctx, const void *value)
{
    (void)ctx;
    return *(const long *)value % 2 != 0;
}

GENERATOR(long) running_sum(struct yieldc_iter *src)
{
    long total = 0;

    FOREACH (long v, src) {
        total += v;
        YIELD(total);
    }
}

GENERATOR(long) ramp(long n)
{
    YIELD_FROM(yieldc_range(0, n, 1));
    YIELD_FROM(yieldc_range(n, -1, -1));
}

GENERATOR(long) first_three_then_rest(struct yieldc_iter *src)
{
    struct yieldc_take_frame first = yieldc_take(src, 3);

    YIELD_FROM(&first.it);
    YIELD(-1);
    YIELD_FROM(src);
}

GENERATOR(long) tens(struct yieldc_iter *src)
{
    YIELDC_FRAME(yieldc_take) first = yieldc_take(src, 3);
    long next;

    FOREACH (long v, first)
        YIELD(v * 10);
    yieldc_next(src, &next);
    printf("  tens: source goes on at %ld\n", next);
}

static const char *upper(const char *word, char *buf)
{
    size_t i = 0;

    for (; word[i]; i++)
        buf[i] = (char)(word[i] - 'a' + 'A');
    buf[i] = '\0';
    return buf;
}

GENERATOR(const char *) shouted(void)
{
    const char *words[] = { "hey", "you" };
    char buf[8];
    struct yieldc_array_frame each = YIELDC_ARRAY(words);

    FOREACH (const char *w, each)
        YIELD(upper(w, buf));
}

static void show(const char *label, struct yieldc_iter *src)
{
    printf("%s:", label);
    FOREACH (long v, src)
        printf(" %ld", v);
    printf("\n");
}

struct indexed {
    size_t index;
    long value;
};

int main(void)
{
    struct fibonacci_frame fib = fibonacci();
    struct yieldc_take_frame first12 = yieldc_take(&fib.it, 12);
    struct yieldc_filter_frame odd_fib = yieldc_filter(&first12.it, odd, NULL);
    FOREACH (struct indexed p, YIELDC_ENUMERATE(&odd_fib.it, struct indexed))
        printf("odd fibonacci #%zu: %ld\n", p.index, p.value);

    struct yieldc_range_frame one_to_five = yieldc_range(1, 6, 1);
    struct running_sum_frame sums = running_sum(&one_to_five.it);
    show("running sum of range(1, 6)", &sums.it);

    struct ramp_frame r = ramp(3);
    show("ramp(3)", &r.it);

    struct yieldc_range_frame ten_to_fifteen = yieldc_range(10, 16, 1);
    struct first_three_then_rest_frame split = first_three_then_rest(&ten_to_fifteen.it);
    show("first three, -1, the rest", &split.it);

    /* Python prints "tens:" after the generator has run to its end */
    long got[8];
    struct yieldc_count_frame from4 = yieldc_count(4, 1);
    struct tens_frame t = tens(&from4.it);
    size_t n = YIELDC_COLLECT(&t.it, got);
    printf("tens:");
    for (size_t i = 0; i < n; i++)
        printf(" %ld", got[i]);
    printf("\n");

    printf("squares:");
    FOREACH (long v, GENEXPR(x * x, long x, yieldc_range(0, 5, 1)))
        printf(" %ld", v);
    printf("\n");

    printf("shouted:");
    FOREACH (const char *w, shouted())
        printf(" %s", w);
    printf("\n");
    return 0;
}
