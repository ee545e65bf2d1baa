/* The address of a local taken by a macro (`#define ADDR(v) (&(v))`)
 * before a YIELD, the local then used only through the pointer after it. */
#include "diff.h"

#define ADDR(v) (&(v))

/* The consumer uses some stack of its own, as real consumers do: memory
 * that a YIELD wrongly released gets overwritten. */
static void show(int v)
{
    volatile char scratch[512];

    for (int i = 0; i < 512; i++)
        scratch[i] = (char)(i & 0x7f);
    printf("%d\n", v + scratch[0]);
}

GENERATOR(int) macro_addr(int n)
{
    int y = n * 10;
    int *q = ADDR(y);

    YIELD(*q);
    *q += n;
    YIELD(*q);
}

DIFF_MAIN(int, macro_addr, (4))
