/* #if / #elif / #else / #ifdef blocks inside the generator body choosing
 * which YIELDs and statements exist; the inactive ones name frame locals
 * and hold YIELDs too. */
#include "diff.h"

#define MODE 2

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) configured(int n)
{
    int acc = 0;

#if MODE == 1
    acc = 1000;
    YIELD(acc);
#elif MODE == 2
    acc = n;
    YIELD(acc);
#else
    YIELD(-acc);
#endif
    for (int i = 0; i < n; i++) {
#if defined(NOT_DEFINED_ANYWHERE)
        YIELD(-1);
        acc = -1;
#else
        YIELD(acc + i);
#endif
#ifdef MODE
        printf("mode %d, i %d\n", MODE, i);
#endif
#if 0
        YIELD(acc * 1000);
#endif
    }
    YIELD(acc);
}

DIFF_MAIN(int, configured, (3))
