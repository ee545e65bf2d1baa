/* A recursive YIELD_FROM takes its sub-frame from the pool and writes the
 * call's frame there directly: every argument is evaluated once, in the
 * call's own conversions (int to double, array to pointer), whatever the
 * call's spelling (spaces, a comma expression, a comment, a macro as
 * argument or around the call, no parameter at all), and for a generator
 * defined earlier whose frame comes from the pool too. */
#include <stdio.h>
#include <yieldc.h>

static int calls;

static int counted(int v)
{
    calls++;
    return v;
}

#define SMALLER(x) ((x) - 1)
#define RECURSE(n, w) YIELD_FROM(weighted(n, w))

static GENERATOR(double) halves(double x, int depth)
{
    YIELD(x);
    if (depth > 0)
        YIELD_FROM(halves (x / 2, depth - 1));      /* a space before its parenthesis */
}

static GENERATOR(int) weighted(int n, const int weights[])
{
    if (n <= 0)
        return;
    YIELD(n * weights[n % 3]);
    YIELD_FROM(weighted(counted(n - 1), weights));  /* evaluated once per call */
    if (n == 3)
        RECURSE(SMALLER(n - 1), weights);           /* the call through a macro */
}

static GENERATOR(double) mixed(int n)
{
    if (n == 0)
        return;
    YIELD_FROM(halves(n, 1) /* a comment */ );      /* int to double; a comment in the call */
    YIELD(-n);
    YIELD_FROM(mixed((calls++, n - 1)));            /* a comma expression */
}

/* outer's frame is placed at its prototype, before leaf's: leaf's frame comes from the pool,
 * built in place, and leaf's constructor is then called nowhere (no warning for it) */
static GENERATOR(int) outer(int n);

static GENERATOR(int) leaf(int n)
{
    YIELD(n * 100);
}

static GENERATOR(int) outer(int n)
{
    YIELD_FROM(leaf(n));
    YIELD_FROM(leaf(n + 1));
}

static int ticks;

static GENERATOR(int) ticker(void)
{
    if (ticks++ >= 3)
        return;
    YIELD(ticks);
    YIELD_FROM(ticker());                           /* no parameter */
}

int main(void)
{
    static const int weights[3] = { 10, 20, 30 };

    FOREACH (int v, weighted(4, weights))
        printf("%d ", v);
    printf("| calls %d\n", calls);
    calls = 0;
    FOREACH (double d, halves(8, 3))
        printf("%g ", d);
    printf("\n");
    FOREACH (double m, mixed(2))
        printf("%g ", m);
    printf("| calls %d\n", calls);
    FOREACH (int t, ticker())
        printf("%d ", t);
    printf("\n");
    FOREACH (int o, outer(1))
        printf("%d ", o);
    printf("\n");
    return 0;
}
