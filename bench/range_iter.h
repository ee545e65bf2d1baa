/*
 * range_iter.h - range(n) written by hand as a switch iterator, the C a
 * programmer writes instead of a generator: its own struct, a state word
 * and a next function with a typed out parameter. The definitions below
 * are the same-file version (range_foreach.c, yield_from_depth.c);
 * range_iter.c compiles them out of line, the version of another file
 * (range_next.c, create_drop.c).
 */
#ifndef BENCH_RANGE_ITER_H
#define BENCH_RANGE_ITER_H

#include "bench.h"
#include <stdbool.h>

enum range_iter_state { RANGE_ITER_START, RANGE_ITER_RUNNING, RANGE_ITER_ENDED };

struct range_iter {
    enum range_iter_state state;
    long n;
    long i;
};

static inline struct range_iter range_iter_make_inline(long n)
{
    struct range_iter it = { RANGE_ITER_START, n, 0 };
    return it;
}

/* true with the next value in *out; false once ended, and on every later call */
static inline bool range_iter_next_inline(struct range_iter *it, long *out)
{
    switch (it->state) {
    case RANGE_ITER_START:
        it->i = 0;
        it->state = RANGE_ITER_RUNNING;
        /* fall through */
    case RANGE_ITER_RUNNING:
        if (it->i < it->n) {
            *out = it->i++;
            return true;
        }
        it->state = RANGE_ITER_ENDED;
        /* fall through */
    case RANGE_ITER_ENDED:
        break;
    }
    return false;
}

/* The plain loop: the sum of 0..n-1. */
static inline unsigned long range_loop_sum(long n)
{
    unsigned long sum = 0;

    for (long i = 0; i < n; i++)
        sum += (unsigned long)bench_opaque(i);
    return sum;
}

/* The sum of range(n) through the iterator, the consumer in its file. */
static inline unsigned long range_iter_sum_inline(long n)
{
    struct range_iter it = range_iter_make_inline(n);
    unsigned long sum = 0;
    long v;

    while (range_iter_next_inline(&it, &v))
        sum += (unsigned long)bench_opaque(v);
    return sum;
}

/* range_iter.c: the iterator's two functions, called across files */
struct range_iter range_iter_make(long n);
bool range_iter_next(struct range_iter *it, long *out);

#endif /* BENCH_RANGE_ITER_H */
