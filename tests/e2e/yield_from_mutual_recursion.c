/* Two generators that delegate to each other with YIELD_FROM (mutual
 * recursion through a prototype; their sub-frames are allocated), with
 * results counted back up the chain. Closing the chain, by yieldc_close, by
 * leaving a FOREACH with break, or by leaving a FOREACH inside a generator
 * with return or goto, runs every level's DEFER, innermost first. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int, void, int) down_b(int n);

/* a and b call each other: each yields its n and delegates n - 1 to the other */
GENERATOR(int, void, int) down_a(int n)
{
    DEFER(printf("  a(%d) cleanup\n", n));
    if (n <= 0)
        return 0;
    YIELD(n);
    int depth = YIELD_FROM(down_b(n - 1));
    return depth + 1;
}

GENERATOR(int, void, int) down_b(int n)
{
    DEFER(printf("  b(%d) cleanup\n", n));
    if (n <= 0)
        return 0;
    YIELD(-n);
    return YIELD_FROM(down_a(n - 1)) + 1;
}

GENERATOR(int) early_exits(int mode)
{
    FOREACH (int v, down_a(4)) {
        if (mode == 0 && v == -3)
            return;
        if (mode == 1 && v == 2)
            goto out;
        YIELD(v * 10);
    }
out:
    printf("  early_exits(%d) after the loop\n", mode);
}

int main(void)
{
    YIELDC_FRAME(down_a) g = down_a(5);
    int v;

    FOREACH (int x, g)
        printf("got %d\n", x);
    printf("depth %d\n", *(const int *)yieldc_result(&g.it));

    YIELDC_FRAME(down_a) h = down_a(4);
    for (int i = 0; i < 3; i++) {
        yieldc_next(&h.it, &v);
        printf("down_a(4) gave %d\n", v);
    }
    printf("close:\n");
    yieldc_close(&h.it);

    FOREACH (int x, down_b(4)) {
        printf("down_b(4) gave %d\n", x);
        if (x == 3)
            break;
    }
    printf("after the break\n");

    for (int mode = 0; mode < 2; mode++)
        FOREACH (int x, early_exits(mode))
            printf("early_exits(%d) %d\n", mode, x);
    return 0;
}
