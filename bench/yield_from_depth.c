/*
 * The cost of delegation: each value a generator yields at delegation depth
 * d passes through d YIELD_FROMs. This measures the time per value against a
 * hand-written loop that computes the same values, in the same run, for
 * depths 0 to 64, recursion included (its frames come from YIELDC_ALLOC).
 *
 * Prints, per depth: ns per value, the ratios to a hand-written loop and to
 * a hand-written iterator (the same ABI, no generator), and the extra ns per
 * value per level. Linear growth shows as a steady extra
 * cost per level.
 */
#define _POSIX_C_SOURCE 199309L  /* clock_gettime */
#include <yieldc.h>
#include <stdio.h>
#include <time.h>

enum { VALUES = 2000000 };

GENERATOR(long) numbers(long n)
{
    for (long i = 0; i < n; i++)
        YIELD(i);
}

/* `depth` generators, each delegating to the next, the last yielding n numbers */
GENERATOR(long) delegate(int depth, long n)
{
    if (depth == 0)
        YIELD_FROM(numbers(n));
    else
        YIELD_FROM(delegate(depth - 1, n));
}

static double seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* The hand-written equivalent: the same values from a plain loop. */
static long __attribute__((noinline)) plain_sum(long n)
{
    volatile long sum = 0;
    for (long i = 0; i < n; i++)
        sum += i;
    return sum;
}

static double time_plain(long *sum)
{
    double best = 1e9;
    for (int round = 0; round < 3; round++) {
        double t0 = seconds();
        *sum = plain_sum(VALUES);
        double t = seconds() - t0;
        best = t < best ? t : best;
    }
    return best;
}

/* The hand-written iterator equivalent of numbers(n). */
struct counter { struct yieldc_iter it; long i, n; };

static enum yieldc_status counter_next(struct yieldc_iter *it, const void *in, void *out)
{
    struct counter *self = (struct counter *)it;
    (void)in;
    if (self->i >= self->n)
        return YIELDC_END;
    *(long *)out = self->i++;
    return YIELDC_VALUE;
}

static const struct yieldc_ops counter_ops = { .next = counter_next, .value_size = sizeof(long), .name = "counter" };

static double time_iterator(long *sum)
{
    double best = 1e9;
    for (int round = 0; round < 3; round++) {
        double t0 = seconds();
        struct counter c = { YIELDC_ITER_INIT(&counter_ops), 0, VALUES };
        long s = 0;
        FOREACH (long v, &c.it)
            s += v;
        double t = seconds() - t0;
        best = t < best ? t : best;
        *sum = s;
    }
    return best;
}

static double time_depth(int depth, long *sum)
{
    double best = 1e9;
    for (int round = 0; round < 3; round++) {
        double t0 = seconds();
        long s = 0;
        if (depth == 0) {
            FOREACH (long v, numbers(VALUES))
                s += v;
        } else {
            FOREACH (long v, delegate(depth - 1, VALUES))
                s += v;
        }
        double t = seconds() - t0;
        best = t < best ? t : best;
        *sum = s;
    }
    return best;
}

int main(void)
{
    long expected, sum;
    double plain = time_plain(&expected);
    double iter = time_iterator(&sum);
    printf("values per run: %d\nhand-written loop:     %.2f ns per value\n", VALUES, plain * 1e9 / VALUES);
    printf("hand-written iterator: %.2f ns per value%s\n\n", iter * 1e9 / VALUES, sum == expected ? "" : " (wrong sum)");
    printf("%6s %14s %12s %14s %18s\n", "depth", "ns per value", "x loop", "x iterator", "extra ns per level");
    static const int depths[] = { 0, 1, 2, 4, 8, 16, 32, 64 };
    double base = 0;
    for (size_t i = 0; i < sizeof depths / sizeof *depths; i++) {
        int d = depths[i];
        double t = time_depth(d, &sum);
        if (sum != expected) {
            printf("wrong sum at depth %d\n", d);
            return 1;
        }
        double ns = t * 1e9 / VALUES;
        if (d == 0)
            base = ns;
        if (d == 0)
            printf("%6d %14.2f %12.2f %14.2f %18s\n", d, ns, t / plain, t / iter, "-");
        else
            printf("%6d %14.2f %12.2f %14.2f %18.2f\n", d, ns, t / plain, t / iter, (ns - base) / d);
    }
    return 0;
}
