/*
 * coro_bench.cpp - the C++20 coroutine system of each workload, written
 * as the yieldc one is (coro.h lists them): the same values, the same
 * bench_opaque at the same place, the same structure (a recursive walk
 * that re-yields its subtrees' values, pipeline stages that take their
 * source as a parameter). range(n) of another file is range_coro.cpp's.
 */
#include "bench.h"
#include "coro.h"
#include "coro.hpp"
#include "tree.h"

extern "C" unsigned long coro_range_next_run(long n)
{
    generator<long> range = coro_range(n);
    unsigned long sum = 0;
    long v;

    while (range.next(v))
        sum += (unsigned long)bench_opaque(v);
    return sum;
}

static generator<long> range(long n)
{
    for (long i = 0; i < n; i++)
        co_yield i;
}

extern "C" unsigned long coro_range_foreach_run(long n)
{
    unsigned long sum = 0;

    for (long v : range(n))
        sum += (unsigned long)bench_opaque(v);
    return sum;
}

static generator<long> numbers(long n)
{
    for (long i = 0; i < n; i++)
        co_yield bench_opaque(i);
}

static generator<long> evens(generator<long> src)
{
    for (long v : src)
        if (v % 2 == 0)
            co_yield v;
}

static generator<long> squares(generator<long> src)
{
    for (long v : src)
        co_yield v * v;
}

extern "C" unsigned long coro_pipeline_run(long n)
{
    unsigned long sum = 0;

    for (long v : squares(evens(numbers(n))))
        sum += (unsigned long)v;
    return sum;
}

static generator<int> inorder(const node *t)
{
    if (!t)
        co_return;
    for (int x : inorder(t->left))
        co_yield x;
    co_yield t->value;
    for (int x : inorder(t->right))
        co_yield x;
}

extern "C" unsigned long coro_tree_walk(const struct node *root, long take)
{
    unsigned long sum = 0;

    for (int v : inorder(root)) {
        sum += (unsigned long)bench_opaque(v);
        if (--take == 0)
            break;
    }
    return sum;
}

extern "C" unsigned long coro_create_drop_run(long n)
{
    unsigned long sum = 0;

    for (long i = 0; i < n; i++) {
        for (long v : coro_range(bench_opaque((i & 7) + 1))) {
            sum += (unsigned long)v + 1;
            break;
        }
    }
    return sum;
}

extern "C" size_t coro_range_frame_bytes(void)
{
    generator<long> suspended = coro_range(1);  /* its frame, allocated by the call */

    return bench_coro_frame_bytes;
}
