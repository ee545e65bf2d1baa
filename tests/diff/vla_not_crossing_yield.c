/* Variable-length arrays whose lifetime does not cross a YIELD: one in a
 * block without YIELD inside a loop that yields, one declared after the
 * last YIELD of the body. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) vla_after(int n)
{
    for (int round = 1; round <= 2; round++) {
        YIELD(round);
        {
            int squares[n * round];
            for (int i = 0; i < n * round; i++)
                squares[i] = i * i;
            printf("last square %d, count %d\n", squares[n * round - 1],
                   (int)(sizeof squares / sizeof squares[0]));
        }
    }
    YIELD(0);
    int tail[n];
    for (int i = 0; i < n; i++)
        tail[i] = n - i;
    printf("tail %d .. %d, sizeof %d\n", tail[0], tail[n - 1], (int)sizeof tail);
}

DIFF_MAIN(int, vla_after, (4))
