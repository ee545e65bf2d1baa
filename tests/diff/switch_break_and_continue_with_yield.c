/* A switch containing YIELDs inside a loop: break leaves the switch only,
 * continue goes to the next pass of the loop, and a loop inside a case
 * has its own break. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) dispatch(int n)
{
    for (int i = 0; i < n; i++) {
        switch (i % 4) {
        case 0:
            YIELD(i);
            break;
        case 1:
            YIELD(-i);
            continue;
        case 2:
            for (int j = 0;; j++) {
                YIELD(i * 10 + j);
                if (j == 1)
                    break;
            }
            YIELD(i * 2);
            break;
        default:
            printf("default %d\n", i);
            break;
        }
        printf("after switch %d\n", i);
        if (i == 6)
            break;
    }
    YIELD(-1);
}

DIFF_MAIN(int, dispatch, (10))
