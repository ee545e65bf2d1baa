/* GENEXPRs whose source is a call of the generator they are in, or of one
 * defined after it: the source's frame comes from the generator's pool.
 * As the source of a FOREACH (written directly and through a macro) and
 * of a YIELD_FROM, left early by break and by close, nested in another
 * GENEXPR. */
#include <yieldc.h>
#include <stdio.h>

#define EACH(decl, source) FOREACH (decl, source)

/* n, then each value of halves(n / 2) doubled: n, 2(n/2), 4(n/4), ... */
GENERATOR(unsigned) halves(unsigned n)
{
    YIELD(n);
    if (n > 1u)
        FOREACH (unsigned h, GENEXPR(x * 2u, unsigned x, halves(n / 2u)))
            YIELD(h);
}

/* the same through a macro, and a break once a value is small */
GENERATOR(unsigned) until_small(unsigned n)
{
    YIELD(n);
    if (n > 1u)
        EACH(unsigned h, GENEXPR_IF(x + 1000u, unsigned x, until_small(n - 1u), x % 2u == 0u)) {
            if (h < 1003u)
                break;
            YIELD(h);
        }
}

GENERATOR(int) evens(int n);

/* odds and evens below n, through each other: a GENEXPR over a later generator */
GENERATOR(int) odds(int n)
{
    if (n <= 0)
        return;
    YIELD_FROM(GENEXPR(-v, int v, GENEXPR(-v, int v, evens(n - 1))));
    if (n % 2 == 1)
        YIELD(n);
}

GENERATOR(int) evens(int n)
{
    if (n < 0)
        return;
    YIELD_FROM(GENEXPR(v, int v, odds(n - 1)));
    if (n % 2 == 0)
        YIELD(n);
}

int main(void)
{
    FOREACH (unsigned v, halves(40u))
        printf("%u ", v);
    printf("\n");
    FOREACH (unsigned v, until_small(9u))
        printf("%u ", v);
    printf("\n");
    FOREACH (int v, odds(9))
        printf("%d ", v);
    printf("\n");

    YIELDC_FRAME(halves) h = halves(1000u);
    unsigned v;
    for (int k = 0; k < 4 && yieldc_next(&h.it, &v) == YIELDC_VALUE; k++)
        printf("%u ", v);
    printf("closed: %d\n", yieldc_close(&h.it) == YIELDC_END);
    return 0;
}
