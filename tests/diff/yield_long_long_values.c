/* GENERATOR(long long): values beyond the range of int. */
#include "diff.h"

static void show(long long v)
{
    printf("%lld\n", v);
}

GENERATOR(long long) powers(long long base, int n)
{
    long long p = 1;
    unsigned long long u = 18446744073709551615ULL;

    for (int i = 0; i < n; i++) {
        YIELD(p);
        p *= base;
    }
    YIELD(-p);
    YIELD(9223372036854775807LL);
    YIELD((long long)(u >> 1) - 1);
    YIELD(-9223372036854775807LL - 1);
    YIELD(n);
}

DIFF_MAIN(long long, powers, (1000LL, 6))
