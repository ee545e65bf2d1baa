/* A local with an alignment specifier (`_Alignas(64) int x`), living
 * across YIELDs: its address keeps the requested alignment. */
#include "diff.h"

#include <stdint.h>

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) aligned(int n)
{
    char c = 'a';
    _Alignas(64) int x = n;

    YIELD(c);
    YIELD((int)((uintptr_t)&x % 64));
    x += c;
    YIELD(x);
}

DIFF_MAIN(int, aligned, (1))
