/*
 * range_foreach.c - the workload "range FOREACH": range(n) summed, the
 * generator a static one of the consumer's file, consumed by FOREACH.
 * Systems: the plain loop; the hand-written switch iterator of
 * range_iter.h, in this file; the C++20 coroutine (coro_bench.cpp, also
 * in its consumer's file); yieldc. Goes through yieldc.
 */
#include "bench.h"
#include "coro.h"
#include "range_iter.h"
#include <yieldc.h>

static GENERATOR(long) range(long n)
{
    for (long i = 0; i < n; i++)
        YIELD(i);
}

static unsigned long yieldc_run(long n)
{
    unsigned long sum = 0;

    FOREACH (long v, range(n))
        sum += (unsigned long)bench_opaque(v);
    return sum;
}

static const struct bench_case cases[] = {
    { "range_foreach", "loop", range_loop_sum },
    { "range_foreach", "iter", range_iter_sum_inline },
    { "range_foreach", "coro", coro_range_foreach_run },
    { "range_foreach", "yieldc", yieldc_run },
};

int main(int argc, char **argv)
{
    static const struct bench_program program = {
        .time_n = 20000000, .count_n = 200000, .rounds = 7,
        .cases = cases, .ncases = sizeof cases / sizeof *cases,
    };
    return bench_main(argc, argv, &program);
}
