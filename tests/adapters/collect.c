/* yieldc_collect and YIELDC_COLLECT: into a buffer too small (the rest
 * stays in the source), just big enough, larger, from an empty or an
 * infinite source, and values that are structs.
 *
 *     from itertools import count, islice
 *     def collect(src, cap):
 *         got = list(islice(src, cap))
 *         print(f"collected {len(got)} of at most {cap}:", *got)
 *     r = iter(range(10))
 *     collect(r, 4)
 *     print("left in the source:", *r)
 *     collect(iter(range(3)), 3)
 *     collect(iter(range(3)), 8)
 *     collect(iter(range(0)), 8)
 *     c = count(7, 7)
 *     collect(c, 5)
 *     print("count goes on at", next(c))
 *     collect(iter(range(5)), 0)
 *     pairs = list(islice(zip(range(1, 100), "abcdefg"), 4))
 *     print(len(pairs), "pairs:", *(f"{n}{c}" for n, c in pairs))
 */
#include <yieldc.h>
#include <stdio.h>

static void collect(struct yieldc_iter *src, size_t cap)
{
    long buf[8];
    size_t n = yieldc_collect(src, buf, cap, sizeof buf[0]);

    printf("collected %zu of at most %zu:", n, cap);
    for (size_t i = 0; i < n; i++)
        printf(" %ld", buf[i]);
    printf("\n");
}

struct number_letter {
    long first;
    char second;
};

int main(void)
{
    {
        struct yieldc_range_frame r = yieldc_range(0, 10, 1);
        collect(&r.it, 4);
        printf("left in the source:");
        FOREACH (long v, r)
            printf(" %ld", v);
        printf("\n");
    }
    {
        struct yieldc_range_frame r = yieldc_range(0, 3, 1);
        collect(&r.it, 3);
    }
    {
        struct yieldc_range_frame r = yieldc_range(0, 3, 1);
        collect(&r.it, 8);
    }
    {
        struct yieldc_range_frame r = yieldc_range(0, 0, 1);
        collect(&r.it, 8);
    }
    {
        struct yieldc_count_frame c = yieldc_count(7, 7);
        long next;
        collect(&c.it, 5);
        yieldc_next(&c.it, &next);
        printf("count goes on at %ld\n", next);
    }
    {
        struct yieldc_range_frame r = yieldc_range(0, 5, 1);
        collect(&r.it, 0);
    }
    {
        static const char letters[] = { 'a', 'b', 'c', 'd', 'e', 'f', 'g' };
        struct yieldc_range_frame r = yieldc_range(1, 100, 1);
        struct yieldc_array_frame l = YIELDC_ARRAY(letters);
        struct yieldc_zip_frame z = YIELDC_ZIP(&r.it, &l.it, struct number_letter);
        struct number_letter pairs[4];
        size_t n = YIELDC_COLLECT(&z.it, pairs);
        printf("%zu pairs:", n);
        for (size_t i = 0; i < n; i++)
            printf(" %ld%c", pairs[i].first, pairs[i].second);
        printf("\n");
    }
    return 0;
}
