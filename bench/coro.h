/*
 * coro.h - the C++20 coroutine systems as the C programs see them: one
 * extern "C" function a workload, defined in coro_bench.cpp, with the
 * signature of a case's run function (bench.h) or close to it.
 */
#ifndef BENCH_CORO_H
#define BENCH_CORO_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct node;

/* range(n) summed, the coroutine in another file (range_coro.cpp) */
unsigned long coro_range_next_run(long n);
/* range(n) summed, the coroutine in the consumer's file */
unsigned long coro_range_foreach_run(long n);
/* numbers -> keep evens -> square -> sum */
unsigned long coro_pipeline_run(long n);
/* the first `take` values of one in-order walk of `root` */
unsigned long coro_tree_walk(const struct node *root, long take);
/* n times: create range (another file), run to its first value, drop it */
unsigned long coro_create_drop_run(long n);
/* the bytes of the coroutine frame of a range */
size_t coro_range_frame_bytes(void);

#ifdef __cplusplus
}
#endif

#endif /* BENCH_CORO_H */
