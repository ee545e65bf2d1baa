/*
 * create_drop.c - the workload "create + first value + drop": n times,
 * create range(k), run it to its first value, and drop it (yieldc: leave
 * a FOREACH by break, which closes the frame). Every system's range lives
 * in another file: range_iter.c, range_gen.c, range_coro.cpp, whose
 * coroutine frame therefore comes from the heap, as a C++ generator's
 * does when the compiler cannot elide it. Goes through yieldc.
 */
#include "bench.h"
#include "coro.h"
#include "range_gen.h"
#include "range_iter.h"

/* the length of the i-th range: never 0, unknown to the compiler */
static long length(long i)
{
    return bench_opaque((i & 7) + 1);
}

static unsigned long iter_run(long n)
{
    unsigned long sum = 0;

    for (long i = 0; i < n; i++) {
        struct range_iter it = range_iter_make(length(i));
        long v;

        if (range_iter_next(&it, &v))
            sum += (unsigned long)v + 1;
    }
    return sum;
}

static unsigned long yieldc_run(long n)
{
    unsigned long sum = 0;

    for (long i = 0; i < n; i++) {
        FOREACH (long v, range(length(i))) {
            sum += (unsigned long)v + 1;
            break;
        }
    }
    return sum;
}

static const struct bench_case cases[] = {
    { "create_drop", "iter", iter_run },
    { "create_drop", "coro", coro_create_drop_run },
    { "create_drop", "yieldc", yieldc_run },
};

int main(int argc, char **argv)
{
    static const struct bench_program program = {
        .time_n = 5000000, .count_n = 100000, .rounds = 7,
        .cases = cases, .ncases = sizeof cases / sizeof *cases,
    };
    return bench_main(argc, argv, &program);
}
