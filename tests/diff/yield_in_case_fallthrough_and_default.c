/* YIELDs in switch cases that fall through to the next case, and in
 * `default:` (both last and first in the switch). */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) fallthrough(int n)
{
    for (int i = 0; i < n; i++) {
        switch (i) {
        case 0:
            YIELD(10);
            /* fall through */
        case 1:
            YIELD(11);
            /* fall through */
        case 2:
            YIELD(12);
            break;
        case 3:
        case 4:
            YIELD(34);
            /* fall through */
        default:
            YIELD(i * 100);
        }
        printf("end of pass %d\n", i);
    }
    for (int i = 0; i < 3; i++) {
        switch (i) {
        default:
            YIELD(-1);
            /* fall through */
        case 1:
            YIELD(-2);
        }
    }
}

DIFF_MAIN(int, fallthrough, (6))
