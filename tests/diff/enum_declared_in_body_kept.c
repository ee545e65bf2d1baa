/* An enum type declared inside the generator body (and an unnamed enum of
 * constants): enum locals keep their value across YIELDs. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) traffic(int cycles)
{
    enum light { RED, GREEN = 5, YELLOW };
    enum { LAST = 99 };
    enum light cur = RED;
    enum light seen[3] = { RED, RED, RED };

    for (int i = 0; i < cycles * 3; i++) {
        YIELD((int)cur);
        seen[i % 3] = cur;
        switch (cur) {
        case RED:
            cur = GREEN;
            break;
        case GREEN:
            cur = YELLOW;
            break;
        case YELLOW:
            cur = RED;
            break;
        }
    }
    printf("seen %d %d %d\n", (int)seen[0], (int)seen[1], (int)seen[2]);
    YIELD(LAST);
}

DIFF_MAIN(int, traffic, (2))
