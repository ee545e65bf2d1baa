/* `return;` from inside a switch (inside a loop) that also holds YIELDs. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) until_stop(int stop)
{
    int i = 0;

    while (1) {
        switch (i) {
        case 0:
            YIELD(100);
            break;
        case 4:
            printf("stopping at %d\n", i);
            return;
        default:
            YIELD(i);
            if (i == stop) {
                printf("early stop at %d\n", i);
                return;
            }
            break;
        }
        i++;
    }
}

DIFF_MAIN(int, until_stop, (9))
