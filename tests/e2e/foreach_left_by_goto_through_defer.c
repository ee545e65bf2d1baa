/* A FOREACH with no YIELD in its body, left by goto and by return from a
 * block whose DEFER must run: the DEFER's cleanup jumps back to the exit,
 * inside the loop, so the loop's source lives in the frame (not in a local
 * with a cleanup attribute, whose scope clang does not let a jump enter);
 * it is closed on every way out. The same for a goto out of an outer
 * FOREACH that YIELDs (kept in the frame, closed by a cleanup), in a
 * generator without DEFERs. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) numbers(int n)
{
    DEFER(printf("  numbers(%d) closed\n", n));
    for (int i = 0; i < n; i++)
        YIELD(i);
}

GENERATOR(int) scan(int limit, int mode)
{
    YIELD(-1);
    {
        DEFER(printf("  scan's DEFER\n"));
        FOREACH (int v, numbers(10)) {
            printf("  saw %d\n", v);
            if (v == limit && mode == 0)
                goto out;
            if (v == limit && mode == 1)
                return;
        }
        printf("  loop ended\n");
    }
out:
    YIELD(100);
}

GENERATOR(int) pairs(int stop)
{
    FOREACH (int a, numbers(3)) {
        YIELD(a);
        FOREACH (int b, numbers(3)) {
            printf("  pair %d %d\n", a, b);
            if (a + b == stop)
                goto out;
        }
    }
    printf("  no pair made %d\n", stop);
out:
    YIELD(stop * 10);
}

int main(void)
{
    FOREACH (int v, pairs(3))
        printf("value %d\n", v);
    for (int mode = 0; mode < 3; mode++) {
        printf("mode %d\n", mode);
        FOREACH (int v, scan(mode == 2 ? 20 : 2, mode))
            printf("value %d\n", v);
    }
    return 0;
}
