/* A FOREACH whose body only passes each value on, `FOREACH (T x, g(...))
 * YIELD(x);`, is YIELD_FROM(g(...)) when both sides yield T and neither
 * takes sent values: a value then reaches the consumer through any depth
 * of such loops at once. The same program must print what the loops mean:
 * values in order, DEFERs innermost first when closed deep inside,
 * re-entry refused, results dropped; and loops that convert their values,
 * or whose generator takes sent values, stay loops. */
#include <yieldc.h>
#include <stdio.h>

/* a chain n, n-1, ..., 1: each level passes on the values of the next one */
GENERATOR(int) chain(int n)
{
    if (n == 0)
        return;
    DEFER(if (n <= 3) printf("(leave %d)", n));
    YIELD(n);
    FOREACH (int x, chain(n - 1)) {
        YIELD(x);
    }
}

/* a generator with a result, passed on: the result is dropped, as a loop drops it */
GENERATOR(int, void, int) counted(int n)
{
    for (int i = 0; i < n; i++)
        YIELD(i);
    return n;
}

GENERATOR(int) pass_counted(int n)
{
    FOREACH (int x, counted(n))
        YIELD(x);
    YIELD(-1);
}

/* values of another type: each is converted, so the loop stays a loop */
GENERATOR(int) small(int n)
{
    for (int i = 1; i <= n; i++)
        YIELD(i * 1000000);
}

GENERATOR(long long) widened(int n)
{
    FOREACH (int x, small(n))
        YIELD(x * 1000LL);      /* not the variable: a loop */
    FOREACH (int x, small(n))
        YIELD(x);               /* an int where a long long goes: a loop */
}

/* a generator that takes sent values: the loop's YIELD receives them, its source does not */
GENERATOR(int, int) listener(int n)
{
    for (int i = 0; i < n; i++) {
        int got = YIELD(i);
        printf("[listener got %d]", got);
    }
}

GENERATOR(int, int) relay(int n)
{
    FOREACH (int x, listener(n))
        YIELD(x);
}

/* re-entry from deep inside a chain of such loops is refused */
static struct yieldc_iter *outer;

static void poke(void)
{
    int v;
    printf("(re-entry: %s)", yieldc_next(outer, &v) == YIELDC_RUNNING ? "refused" : "ran");
}

GENERATOR(int) poking(int n)
{
    if (n == 0) {
        poke();
        YIELD(100);
        return;
    }
    FOREACH (int x, poking(n - 1))
        YIELD(x);
}

int main(void)
{
    long sum = 0;
    int count = 0;
    FOREACH (int x, chain(2000)) {
        sum += x;
        count++;
    }
    printf("chain(2000): %d values, sum %ld\n", count, sum);

    YIELDC_FRAME(chain) c = chain(6);
    int v;
    printf("chain(6):");
    while (yieldc_next(&c.it, &v) == YIELDC_VALUE && v > 2)
        printf(" %d", v);
    printf(" then %d, close:", v);
    yieldc_close(&c.it);
    printf(" ended %d\n", yieldc_ended(&c.it));

    printf("pass_counted(3):");
    FOREACH (int x, pass_counted(3))
        printf(" %d", x);
    printf("\n");

    printf("widened(2):");
    FOREACH (long long x, widened(2))
        printf(" %lld", x);
    printf("\n");

    YIELDC_FRAME(relay) r = relay(3);
    printf("relay:");
    for (int s = 10; yieldc_send(&r.it, &s, &v) == YIELDC_VALUE; s += 10)
        printf(" %d", v);
    printf("\n");

    YIELDC_FRAME(poking) p = poking(5);
    outer = &p.it;
    yieldc_next(&p.it, &v);
    printf(" poking(5) gave %d\n", v);
    yieldc_close(&p.it);
    return 0;
}
