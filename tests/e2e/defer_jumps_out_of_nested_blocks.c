/* break, continue, goto and return that leave several nested blocks run
 * the DEFERs of each block they leave, innermost first, each once, and
 * none of the blocks they stay in. A break out of a switch inside a block
 * with a DEFER does not leave that block; a case block may end with its
 * break (no fallthrough warning). `return expr;` computes its
 * result before the DEFERs run, as Python's return before `finally`. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int, void, int) jumps(int mode)
{
    int total = 0;
    DEFER(printf("  [%d] body left, total %d\n", mode, total));

    for (int i = 0; i < 3; i++) {
        DEFER(printf("  [%d] loop iteration %d left\n", mode, i));
        {
            DEFER(printf("  [%d] block A left\n", mode));
            {
                DEFER(printf("  [%d] block B left\n", mode));
                YIELD(10 * mode + i);
                total += i;
                switch (i) {
                case 0: {
                    DEFER(printf("  [%d] case block left\n", mode));
                    if (mode != 2)
                        break;          /* leaves the switch and the case block only */
                    printf("  [%d] end of the case block\n", mode);
                }
                    break;
                case 1:
                    if (mode == 1)
                        continue;       /* leaves B, A and the iteration */
                    if (mode == 2)
                        break;          /* leaves the switch only */
                    if (mode == 3)
                        goto out;       /* leaves B, A, the iteration and the loop */
                    if (mode == 4) {
                        DEFER(total = -1);
                        return total * 100;     /* leaves every block; the result is computed first */
                    }
                    break;
                default: {
                    DEFER(printf("  [%d] default block left\n", mode));
                    break;              /* the block's last statement */
                }
                }
                printf("  [%d] end of B in iteration %d\n", mode, i);
            }
            if (i == 1 && mode == 0)
                break;                  /* leaves A, the iteration and the loop */
        }
    }
    printf("  [%d] after the loop\n", mode);
out:
    printf("  [%d] at out\n", mode);
    return total;
}

int main(void)
{
    for (int mode = 0; mode <= 4; mode++) {
        YIELDC_FRAME(jumps) g = jumps(mode);
        FOREACH (int v, g)
            printf("got %d\n", v);
        printf("mode %d result %d\n", mode, *(const int *)yieldc_result(&g.it));
    }
    return 0;
}
