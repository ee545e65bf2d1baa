/* Three generators delegating with YIELD_FROM: top -> middle -> bottom.
 * Values from the bottom reach the consumer, values the consumer sends
 * reach the bottom, each result comes back one level up, and once a
 * level ends the next send goes to the level above. */
#include <yieldc.h>
#include <stdio.h>

/* Collects the numbers it is sent until a 0; its result is their sum. */
GENERATOR(int, int, int) bottom(int id)
{
    int sum = 0;

    printf("  bottom %d starts\n", id);
    for (;;) {
        int x = YIELD(id * 100 + sum);
        printf("  bottom %d received %d\n", id, x);
        if (x == 0)
            break;
        sum += x;
    }
    printf("  bottom %d returns %d\n", id, sum);
    return sum;
}

GENERATOR(int, int, int) middle(void)
{
    int first = YIELD_FROM(bottom(1));
    printf("  middle got %d from bottom 1\n", first);
    int after = YIELD(-first);
    printf("  middle received %d itself\n", after);
    int second = YIELD_FROM(bottom(2));
    printf("  middle got %d from bottom 2\n", second);
    return first + second + after;
}

GENERATOR(int, int, int) top(void)
{
    int r;

    YIELD(-1000);
    r = YIELD_FROM(middle());
    printf("  top got %d from middle\n", r);
    return r * 2;
}

int main(void)
{
    static const int sends[] = { 5, 4, 3, 0, 50, 7, 0, 9 };
    YIELDC_FRAME(top) g = top();
    int out;

    yieldc_next(&g.it, &out);
    printf("start -> %d\n", out);
    for (size_t k = 0; k < sizeof sends / sizeof sends[0]; k++) {
        if (yieldc_send(&g.it, &sends[k], &out) == YIELDC_VALUE) {
            printf("send %d -> %d\n", sends[k], out);
        } else {
            printf("send %d -> END, result %d\n", sends[k], *(const int *)yieldc_result(&g.it));
            break;
        }
    }
    return 0;
}
