/* break and continue in for, while and do-while loops whose bodies
 * contain YIELDs, before and after the YIELD. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) breaks(int n)
{
    for (int i = 0; i < n; i++) {
        if (i == 1)
            continue;
        YIELD(i);
        if (i == 4)
            break;
        int j = 0;
        while (1) {
            YIELD(i * 10 + j);
            if (++j >= i)
                break;
            if (j % 2)
                continue;
            printf("even j %d\n", j);
        }
    }
    int k = 0;
    do {
        k++;
        if (k == 2)
            continue;
        YIELD(k * 100);
        if (k == 5)
            break;
    } while (k < 8);
    printf("k = %d\n", k);
}

DIFF_MAIN(int, breaks, (10))
