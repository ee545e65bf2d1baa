/* The address of a local taken as `&(x)` before a YIELD, the local then
 * used only through the pointer after it. */
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

GENERATOR(int) paren_addr(int n)
{
    int x = n;
    int *p = &(x);

    YIELD(*p);
    *p += 1;
    YIELD(*p);
}

DIFF_MAIN(int, paren_addr, (4))
