/* A backward goto written through a macro (`#define REPEAT_FROM(l) goto
 * l`): a local read before the YIELD, on the next pass, keeps the value
 * written on the previous one. */
#include "diff.h"

#define REPEAT_FROM(label) goto label

/* The consumer uses some stack of its own, as real consumers do: memory
 * that a YIELD wrongly released gets overwritten. */
static void show(int v)
{
    volatile char scratch[512];

    for (int i = 0; i < 512; i++)
        scratch[i] = (char)(i & 0x7f);
    printf("%d\n", v + scratch[0]);
}

GENERATOR(int) repeat(int n)
{
    int prev = 100;
    int k = 0;

again:
    printf("prev %d\n", prev);
    prev = k * 7;
    YIELD(k);
    if (++k < n)
        REPEAT_FROM(again);
}

DIFF_MAIN(int, repeat, (3))
