/*
 * yield_from_depth.c - the workload "delegation depth": n numbers yielded
 * at the bottom of a chain of d = 0, 1, 8 and 64 YIELD_FROMs (recursive:
 * the sub-frames come from YIELDC_ALLOC), summed by a FOREACH. A value
 * passes through every level, so the cost per value shows what each level
 * adds. Systems: yieldc at each depth (the workloads yf0 ... yf64); the
 * hand-written switch iterator of range_iter.h at depth 0, the base.
 * Goes through yieldc.
 */
#include "bench.h"
#include "range_iter.h"
#include <yieldc.h>

static GENERATOR(long) numbers(long n)
{
    for (long i = 0; i < n; i++)
        YIELD(i);
}

/* `depth` generators, each delegating to the next, the last one to numbers(n) */
static GENERATOR(long) delegate(int depth, long n)
{
    if (depth == 0)
        YIELD_FROM(numbers(n));
    else
        YIELD_FROM(delegate(depth - 1, n));
}

/* the values of numbers(n) through `depth` YIELD_FROMs */
static unsigned long through(int depth, long n)
{
    unsigned long sum = 0;

    if (depth == 0) {
        FOREACH (long v, numbers(n))
            sum += (unsigned long)bench_opaque(v);
    } else {
        FOREACH (long v, delegate(depth - 1, n))
            sum += (unsigned long)bench_opaque(v);
    }
    return sum;
}

static unsigned long depth0_run(long n) { return through(0, n); }
static unsigned long depth1_run(long n) { return through(1, n); }
static unsigned long depth8_run(long n) { return through(8, n); }
static unsigned long depth64_run(long n) { return through(64, n); }

static const struct bench_case cases[] = {
    { "yf0", "iter", range_iter_sum_inline },
    { "yf0", "yieldc", depth0_run },
    { "yf1", "yieldc", depth1_run },
    { "yf8", "yieldc", depth8_run },
    { "yf64", "yieldc", depth64_run },
};

int main(int argc, char **argv)
{
    static const struct bench_program program = {
        .time_n = 1000000, .count_n = 20000, .rounds = 5,
        .cases = cases, .ncases = sizeof cases / sizeof *cases,
    };
    return bench_main(argc, argv, &program);
}
