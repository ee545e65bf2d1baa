/* volatile scalars and a pointer to volatile in the frame: every read and
 * write goes to the frame and survives YIELDs. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) volatiles(int n)
{
    volatile int counter = 0;
    volatile double acc = 0.5;
    volatile int *vp = &counter;
    int *volatile pv = NULL;
    int target = 3;

    for (int i = 0; i < n; i++) {
        counter += i;
        acc *= 2;
        YIELD(counter);
        *vp += 100;
        YIELD((int)acc);
    }
    pv = &target;
    YIELD(*pv + counter);
}

DIFF_MAIN(int, volatiles, (3))
