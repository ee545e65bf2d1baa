/* A fixed-size local array filled before YIELDs, then read and written
 * after them: every element keeps its value in the frame. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) squares_then_sums(int n)
{
    int sq[6];
    int total = 0;

    for (int i = 0; i < n; i++) {
        sq[i] = i * i;
        YIELD(sq[i]);
    }
    for (int i = n - 1; i >= 0; i--) {
        total += sq[i];
        printf("sq[%d] = %d, total %d\n", i, sq[i], total);
        YIELD(total);
        sq[i] = -i;
    }
    for (int i = 0; i < n; i++)
        printf("after: sq[%d] = %d\n", i, sq[i]);
    YIELD(total + sq[n - 1]);
}

DIFF_MAIN(int, squares_then_sums, (6))
