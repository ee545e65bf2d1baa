/* Control flow for the state graph (--emit=dot): a loop, the user's own
 * switch with fallthrough, a backward goto, break and return. */
#include <yieldc.h>

GENERATOR(int) machine(int n)
{
    int k = 0;

again:
    YIELD(-1);
    while (k < n) {
        switch (k % 3) {
        case 0:
            YIELD(k);
            /* falls through */
        case 1:
            YIELD(k + 100);
            break;
        default:
            if (k > 10)
                return;
        }
        k++;
    }
    if (k < 2 * n) {
        k += 1;
        goto again;
    }
    YIELD(999);
}
