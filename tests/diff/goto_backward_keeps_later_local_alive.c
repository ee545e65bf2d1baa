/* A goto back to before a YIELD does not leave the block, so a local
 * declared after that YIELD stays alive (C11 6.2.4p6): a pointer to it,
 * taken on the previous pass, still reads its value after the YIELD. */
#include "diff.h"

/* The consumer uses some stack of its own, as real consumers do: memory
 * that a YIELD wrongly released gets overwritten. */
static void show(int v)
{
    volatile char scratch[512];

    for (int i = 0; i < 512; i++)
        scratch[i] = (char)(i & 0x7f);
    printf("%d\n", v + scratch[0]);
}

GENERATOR(int) revisit(int n)
{
    int round = 0;
    int *last = NULL;

again:
    YIELD(round);
    if (last)
        printf("previous value %d\n", *last);
    int value = round * 10 + n;
    last = &value;
    if (++round < 3)
        goto again;
}

DIFF_MAIN(int, revisit, (7))
