/* Locals of blocks that never run at the same time share the frame's
 * storage (a union, as a compiler shares a stack slot), while locals of
 * enclosing blocks, and the temporaries of a statement still running,
 * keep theirs. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) phases(int n)
{
    int total = 0;
    {
        int first[64];
        for (int i = 0; i < 64; i++)
            first[i] = i;
        YIELD(first[n]);
        total += first[63];
    }
    {
        double second[32];
        for (int i = 0; i < 32; i++)
            second[i] = i * 0.5;
        YIELD((int)second[n]);
        total += (int)second[31];
    }
    for (int k = 0; k < 2; k++) {
        long third[16] = { 0 };
        third[k] = 100 + k;
        YIELD((int)third[k] + total);
    }
}

int main(void)
{
    FOREACH (int v, phases(10))
        printf("%d\n", v);
    /* 64 ints and 32 doubles take the space of the larger, not of both */
    printf("frame smaller than both blocks' arrays: %d\n",
           sizeof(YIELDC_FRAME(phases)) < sizeof(int[64]) + sizeof(double[32]));
    return 0;
}
