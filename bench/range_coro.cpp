/*
 * range_coro.cpp - range(n) as a C++20 coroutine, alone in its file: its
 * consumers (coro_bench.cpp) see only its declaration, as the consumers of
 * range_gen.c and range_iter.c do, so the compiler can neither inline it
 * nor elide its heap frame.
 */
#include "coro.hpp"

generator<long> coro_range(long n)
{
    for (long i = 0; i < n; i++)
        co_yield i;
}
