/* Closing a generator that delegates with YIELD_FROM runs the pending
 * DEFERs of the whole chain, innermost generator first and within each
 * generator innermost block first, each exactly once; a second close runs
 * nothing. The same for a chain of recursive calls, and for a generator
 * suspended inside a FOREACH over a generator call, whose loop generator is
 * closed too. (Python's close() on `yield from` chains and for loops.) */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) leaf(void)
{
    DEFER(printf("  leaf body cleanup\n"));
    {
        DEFER(printf("  leaf block cleanup\n"));
        YIELD(1);
        YIELD(2);
    }
}

GENERATOR(int) branch(void)
{
    DEFER(printf("  branch body cleanup\n"));
    for (int i = 0; i < 2; i++) {
        DEFER(printf("  branch iteration %d cleanup\n", i));
        YIELD_FROM(leaf());
    }
}

GENERATOR(int) root(void)
{
    DEFER(printf("  root body cleanup\n"));
    {
        DEFER(printf("  root block cleanup\n"));
        YIELD(0);
        YIELD_FROM(branch());
    }
}

/* depth n .. 1, each level with its own cleanup */
GENERATOR(int) descend(int n)
{
    DEFER(printf("  descend(%d) cleanup\n", n));
    YIELD(n);
    if (n > 1)
        YIELD_FROM(descend(n - 1));
}

GENERATOR(int) looping(void)
{
    DEFER(printf("  looping cleanup\n"));
    FOREACH (int v, leaf()) {
        DEFER(printf("  looping body cleanup for %d\n", v));
        YIELD(v * 100);
    }
}

int main(void)
{
    int v;

    YIELDC_FRAME(root) r = root();
    for (int i = 0; i < 4; i++) {
        yieldc_next(&r.it, &v);
        printf("root gave %d\n", v);
    }
    printf("close root:\n");
    yieldc_close(&r.it);
    printf("close root again:\n");
    yieldc_close(&r.it);
    printf("root next -> %s\n", yieldc_next(&r.it, &v) == YIELDC_END ? "END" : "VALUE");

    YIELDC_FRAME(descend) d = descend(4);
    for (int i = 0; i < 3; i++) {
        yieldc_next(&d.it, &v);
        printf("descend gave %d\n", v);
    }
    printf("close descend:\n");
    yieldc_close(&d.it);
    yieldc_close(&d.it);

    YIELDC_FRAME(looping) l = looping();
    yieldc_next(&l.it, &v);
    printf("looping gave %d\n", v);
    printf("close looping:\n");
    yieldc_close(&l.it);
    yieldc_close(&l.it);
    printf("done\n");
    return 0;
}
