/*
 * range_next.c - the workload "range next": range(n) summed, the generator
 * in another file and the consumer calling next. Systems: the plain loop;
 * the hand-written switch iterator of range_iter.c; the C++20 coroutine of
 * range_coro.cpp; yieldc's range of range_gen.c driven by yieldc_next and,
 * when the generated header declares it, by the typed next range_next
 * (run_benchmarks.sh then defines BENCH_TYPED_NEXT).
 *
 * A plain C file: it drives the generator through the header yieldc
 * generates, as a file that does not go through yieldc does.
 */
#include "bench.h"
#include "coro.h"
#include "range_gen.h"
#include "range_iter.h"

static unsigned long iter_run(long n)
{
    struct range_iter it = range_iter_make(n);
    unsigned long sum = 0;
    long v;

    while (range_iter_next(&it, &v))
        sum += (unsigned long)bench_opaque(v);
    return sum;
}

static unsigned long yieldc_run(long n)
{
    struct range_frame frame = range(n);
    unsigned long sum = 0;
    long v;

    while (yieldc_next(&frame.it, &v) == YIELDC_VALUE)
        sum += (unsigned long)bench_opaque(v);
    return sum;
}

#ifdef BENCH_TYPED_NEXT
static unsigned long yieldc_typed_run(long n)
{
    struct range_frame frame = range(n);
    unsigned long sum = 0;
    long v;

    while (range_next(&frame, &v))
        sum += (unsigned long)bench_opaque(v);
    return sum;
}
#endif

static const struct bench_case cases[] = {
    { "range_next", "loop", range_loop_sum },
    { "range_next", "iter", iter_run },
    { "range_next", "coro", coro_range_next_run },
    { "range_next", "yieldc", yieldc_run },
#ifdef BENCH_TYPED_NEXT
    { "range_next", "yieldc_typed", yieldc_typed_run },
#endif
};

int main(int argc, char **argv)
{
    static const struct bench_program program = {
        .time_n = 20000000, .count_n = 200000, .rounds = 7,
        .cases = cases, .ncases = sizeof cases / sizeof *cases,
    };
    return bench_main(argc, argv, &program);
}
