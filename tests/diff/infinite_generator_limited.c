/* An infinite generator stopped after DIFF_LIMIT values by its consumer:
 * the body's output up to the last value is the same in both builds. */
#define DIFF_LIMIT 7
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) fibonacci(int a)
{
    int b = 1;

    for (;;) {
        printf("about to yield %d\n", a);
        YIELD(a);
        int next = a + b;
        a = b;
        b = next;
    }
}

DIFF_MAIN(int, fibonacci, (0))
