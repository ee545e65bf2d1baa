/* Adapters composed into pipelines: the sum of the squares of the even
 * numbers below 10 (range, filter, map, collect), and a longer chain of
 * stages over an infinite source.
 *
 *     from itertools import count, islice, chain
 *     evens = filter(lambda n: n % 2 == 0, range(10))
 *     squares = list(islice(map(lambda n: n * n, evens), 16))
 *     print("squares:", *squares)
 *     print("sum:", sum(squares))
 *     odd_cubes = map(lambda n: n ** 3, filter(lambda n: n % 2, count(1)))
 *     stream = chain(islice(odd_cubes, 4), range(-3, 0))
 *     for i, v in enumerate(islice(stream, 1, None)):
 *         print(f"{i}: {v}")
 */
#include <yieldc.h>
#include <stdio.h>

static int even(void *ctx, const void *value)
{
    (void)ctx;
    return *(const long *)value % 2 == 0;
}

static int odd(void *ctx, const void *value)
{
    (void)ctx;
    return *(const long *)value % 2 != 0;
}

static void square(void *ctx, const void *in, void *out)
{
    long n = *(const long *)in;
    (void)ctx;
    *(long *)out = n * n;
}

static void power(void *ctx, const void *in, void *out)
{
    long n = *(const long *)in, p = 1;
    for (int k = 0; k < *(const int *)ctx; k++)
        p *= n;
    *(long *)out = p;
}

struct indexed {
    size_t index;
    long value;
};

int main(void)
{
    struct yieldc_range_frame numbers = yieldc_range(0, 10, 1);
    struct yieldc_filter_frame evens = yieldc_filter(&numbers.it, even, NULL);
    struct yieldc_map_frame squares = yieldc_map(&evens.it, square, NULL, sizeof(long));
    long got[16], sum = 0;
    size_t n = YIELDC_COLLECT(&squares.it, got);

    printf("squares:");
    for (size_t i = 0; i < n; i++) {
        printf(" %ld", got[i]);
        sum += got[i];
    }
    printf("\nsum: %ld\n", sum);

    int three = 3;
    struct yieldc_count_frame naturals = yieldc_count(1, 1);
    struct yieldc_filter_frame odds = yieldc_filter(&naturals.it, odd, NULL);
    struct yieldc_map_frame cubes = yieldc_map(&odds.it, power, &three, sizeof(long));
    struct yieldc_take_frame first4 = yieldc_take(&cubes.it, 4);
    struct yieldc_range_frame negatives = yieldc_range(-3, 0, 1);
    struct yieldc_chain_frame stream = yieldc_chain(&first4.it, &negatives.it);
    struct yieldc_skip_frame tail = yieldc_skip(&stream.it, 1);
    FOREACH (struct indexed p, YIELDC_ENUMERATE(&tail.it, struct indexed))
        printf("%zu: %ld\n", p.index, p.value);
    return 0;
}
