/*
 * pipeline.c - the workload "pipeline": numbers 0..n-1 -> keep the evens
 * -> square -> sum, all in this file, per number that enters. Systems: the
 * plain loop; hand-written iterators; callbacks (push instead of pull);
 * the C++20 coroutines of coro_bench.cpp; yieldc, generators chained
 * through struct yieldc_iter * parameters and FOREACH. Goes through yieldc.
 *
 * The hand-written stages, like the generators, each take any source of
 * longs (a next function behind a pointer), not one concrete type: the
 * same freedom to recombine stages, written by hand. The numbers come out
 * of bench_opaque, so no system can compute the sum without the values.
 */
#include "bench.h"
#include "coro.h"
#include <stdbool.h>
#include <yieldc.h>

static unsigned long loop_run(long n)
{
    unsigned long sum = 0;

    for (long i = 0; i < n; i++) {
        long v = bench_opaque(i);

        if (v % 2 == 0)
            sum += (unsigned long)(v * v);
    }
    return sum;
}

/* ---- hand-written iterators: a source of longs is a next function */

struct long_iter {
    bool (*next)(struct long_iter *self, long *out);
};

struct numbers_iter {
    struct long_iter base;
    long i, n;
};

static bool numbers_next(struct long_iter *self, long *out)
{
    struct numbers_iter *it = (struct numbers_iter *)self;

    if (it->i >= it->n)
        return false;
    *out = bench_opaque(it->i++);
    return true;
}

struct stage_iter {
    struct long_iter base;
    struct long_iter *src;
};

static bool evens_next(struct long_iter *self, long *out)
{
    struct long_iter *src = ((struct stage_iter *)self)->src;
    long v;

    while (src->next(src, &v)) {
        if (v % 2 == 0) {
            *out = v;
            return true;
        }
    }
    return false;
}

static bool squares_next(struct long_iter *self, long *out)
{
    struct long_iter *src = ((struct stage_iter *)self)->src;
    long v;

    if (!src->next(src, &v))
        return false;
    *out = v * v;
    return true;
}

static unsigned long iter_run(long n)
{
    struct numbers_iter numbers = { { numbers_next }, 0, n };
    struct stage_iter evens = { { evens_next }, &numbers.base };
    struct stage_iter squares = { { squares_next }, &evens.base };
    unsigned long sum = 0;
    long v;

    while (squares.base.next(&squares.base, &v))
        sum += (unsigned long)v;
    return sum;
}

/* ---- callbacks: each stage pushes its values into the next one */

struct long_sink {
    void (*push)(struct long_sink *self, long v);
};

struct stage_sink {
    struct long_sink base;
    struct long_sink *out;
};

struct sum_sink {
    struct long_sink base;
    unsigned long sum;
};

static void evens_push(struct long_sink *self, long v)
{
    struct long_sink *out = ((struct stage_sink *)self)->out;

    if (v % 2 == 0)
        out->push(out, v);
}

static void squares_push(struct long_sink *self, long v)
{
    struct long_sink *out = ((struct stage_sink *)self)->out;

    out->push(out, v * v);
}

static void sum_push(struct long_sink *self, long v)
{
    ((struct sum_sink *)self)->sum += (unsigned long)v;
}

static void numbers_push(long n, struct long_sink *out)
{
    for (long i = 0; i < n; i++)
        out->push(out, bench_opaque(i));
}

static unsigned long callback_run(long n)
{
    struct sum_sink total = { { sum_push }, 0 };
    struct stage_sink squares = { { squares_push }, &total.base };
    struct stage_sink evens = { { evens_push }, &squares.base };

    numbers_push(n, &evens.base);
    return total.sum;
}

/* ---- yieldc */

static GENERATOR(long) numbers(long n)
{
    for (long i = 0; i < n; i++)
        YIELD(bench_opaque(i));
}

static GENERATOR(long) evens(struct yieldc_iter *src)
{
    FOREACH (long v, src) {
        if (v % 2 == 0)
            YIELD(v);
    }
}

static GENERATOR(long) squares(struct yieldc_iter *src)
{
    FOREACH (long v, src)
        YIELD(v * v);
}

static unsigned long yieldc_run(long n)
{
    YIELDC_FRAME(numbers) all = numbers(n);
    YIELDC_FRAME(evens) even = evens(&all.it);
    YIELDC_FRAME(squares) squared = squares(&even.it);
    unsigned long sum = 0;

    FOREACH (long v, &squared.it)
        sum += (unsigned long)v;
    return sum;
}

static const struct bench_case cases[] = {
    { "pipeline", "loop", loop_run },
    { "pipeline", "iter", iter_run },
    { "pipeline", "callback", callback_run },
    { "pipeline", "coro", coro_pipeline_run },
    { "pipeline", "yieldc", yieldc_run },
};

int main(int argc, char **argv)
{
    static const struct bench_program program = {
        .time_n = 10000000, .count_n = 200000, .rounds = 7,
        .cases = cases, .ncases = sizeof cases / sizeof *cases,
    };
    return bench_main(argc, argv, &program);
}
