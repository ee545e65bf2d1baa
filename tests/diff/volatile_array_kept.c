/* A volatile array with an initializer, living across YIELDs. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) volatile_array(int n)
{
    volatile int samples[3] = { 1, 2, 3 };

    for (int i = 0; i < 3; i++) {
        YIELD(samples[i]);
        samples[(i + 1) % 3] += n;
    }
    YIELD(samples[0] + samples[1] + samples[2]);
}

DIFF_MAIN(int, volatile_array, (10))
