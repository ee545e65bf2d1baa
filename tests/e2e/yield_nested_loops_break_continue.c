/* YIELD in nested loops with continue and break in both the inner and the
 * outer loop, executed after resuming from a YIELD. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) pairs(void)
{
    int i, j;

    for (i = 0; i < 5; i++) {
        if (i == 1)
            continue;                   /* skip row 1 entirely */
        j = 0;
        while (1) {
            j++;
            if (j == 2)
                continue;               /* skip column 2 */
            if (j > 3)
                break;                  /* leave inner loop */
            YIELD(i * 10 + j);
            if (i == 2 && j == 3)
                printf("  resumed at 23\n");
            if (i == 3 && j == 1)
                break;                  /* leave inner loop right after a yield */
        }
        printf("  row %d done\n", i);
        if (i == 3) {
            YIELD(-1);
            break;                      /* leave outer loop right after a yield */
        }
    }
    printf("  outer loop left at i=%d\n", i);
}

int main(void)
{
    FOREACH (int v, pairs())
        printf("got %d\n", v);
    return 0;
}
