/* Forward gotos over YIELDs: skipping a YIELD, leaving a loop for a label
 * after it, and jumping into a block past a declaration. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) skipper(int n)
{
    int i = 0;

    YIELD(i);
    if (n > 2)
        goto skip;
    YIELD(100);
    printf("not skipped\n");
skip:
    YIELD(200);
    for (i = 0; i < 5; i++) {
        if (i == n)
            goto past_loop;
        YIELD(i);
    }
    printf("loop finished\n");
past_loop:
    printf("past loop at %d\n", i);
    YIELD(i * 10);
    goto inside;
    {
        int k = 5;
        printf("never %d\n", k);
    inside:
        k = 7;
        YIELD(k);
        k++;
        YIELD(k);
    }
    goto end;
    YIELD(-1);
end:
    printf("end label\n");
}

DIFF_MAIN(int, skipper, (3))
