/* `return;` from inside two nested loops (and from a do-while inside a
 * while) ends the generator at once. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) find_pair(int target)
{
    for (int a = 1; a < 10; a++) {
        for (int b = a; b < 10; b++) {
            YIELD(a * 10 + b);
            if (a * b == target) {
                printf("found %d x %d\n", a, b);
                int k = 0;
                while (k < 5) {
                    do {
                        YIELD(1000 + k);
                        if (k == 2)
                            return;
                        k++;
                    } while (k % 2);
                }
                printf("not reached\n");
            }
            if (b - a > 2)
                break;
        }
    }
    printf("not reached either\n");
    YIELD(-1);
}

DIFF_MAIN(int, find_pair, (12))
