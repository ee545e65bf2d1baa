/*
 * bench.h - what every benchmark program shares: the table of its cases,
 * the harness that times or counts them (bench.c), and the optimization
 * barrier that keeps the compiler from computing a workload's answer
 * without running it. Read by the C programs and by coro_bench.cpp.
 *
 * A program is a list of cases. A case is one system (a way of writing the
 * workload: plain loop, hand-written iterator, yieldc, ...) running one
 * workload over `n` values and returning a checksum of what it consumed.
 * Every case of a program computes the same checksum for the same `n`;
 * the harness checks that and exits non-zero when one differs.
 *
 * The program's command line (run_benchmarks.sh drives it):
 *
 *   prog [time [ROUNDS]]            every case over time_n values, best of
 *                                   ROUNDS runs (the thread's CPU time),
 *                                   the rounds interleaved;
 *                                   prints "ns WORKLOAD SYSTEM ns-per-value checksum"
 *   prog count WORKLOAD SYSTEM K    one case, once, over K * count_n values
 *                                   (the driver runs K = 1 and 2 under
 *                                   callgrind); prints "values N checksum C"
 *   prog check                      every case over count_n values, compared
 *   prog list                       "case WORKLOAD SYSTEM", one a line
 */
#ifndef BENCH_H
#define BENCH_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** One system running one workload: `run` consumes `n` values and returns their checksum. */
struct bench_case {
    const char *workload;       /* the table's column: range_next, tree, ... */
    const char *system;         /* the table's row: loop, iter, callback, coro, yieldc, ... */
    unsigned long (*run)(long n);
};

struct bench_program {
    long time_n;                /* values per timed run */
    long count_n;               /* values per callgrind run at N (the driver also runs 2N) */
    int rounds;                 /* timed runs per case; the best counts */
    const struct bench_case *cases;
    size_t ncases;
};

/** The harness: parses the command line above and runs the cases. */
int bench_main(int argc, char **argv, const struct bench_program *program);

/*
 * An optimization barrier that costs no instruction: the compiler must
 * assume `v` may have changed, so it can neither turn a sum into a closed
 * form (clang does that to a plain range loop) nor vectorize it, yet keeps
 * `v` in a register. Every system of a workload puts it at the same place
 * (where the consumer takes a value, or where a pipeline's source makes
 * one), so what differs between them is how values travel.
 */
static inline long bench_opaque(long v)
{
    __asm__ volatile("" : "+r"(v));
    return v;
}

#ifdef __cplusplus
}
#endif

#endif /* BENCH_H */
