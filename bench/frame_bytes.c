/*
 * frame_bytes.c - the bytes a suspended range(n) takes: the hand-written
 * struct, yieldc's frame (sizeof, from the generated header) and the C++20
 * coroutine frame (the size its promise's operator new was asked for).
 * Prints "bytes frame SYSTEM BYTES" lines for run_benchmarks.sh.
 */
#include "coro.h"
#include "range_gen.h"
#include "range_iter.h"
#include <stdio.h>

int main(void)
{
    printf("bytes frame iter %zu\n", sizeof(struct range_iter));
    printf("bytes frame coro %zu\n", coro_range_frame_bytes());
    printf("bytes frame yieldc %zu\n", sizeof(struct range_frame));
    return 0;
}
