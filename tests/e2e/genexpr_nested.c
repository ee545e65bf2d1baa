/* A GENEXPR whose source is another GENEXPR, written inside it (with its
 * own variable name, or the same one as Python allows) or chained through
 * `&GENEXPR(...).it` pointers; up to three levels, mixing maps and
 * filters, each level lazy: the innermost source runs only as far as the
 * outermost loop asks. A FOREACH left by break closes a nested chain down
 * to its generator, but not a GENEXPR it reaches through a pointer (it does
 * not own it); closing the innermost GENEXPR closes the generator it holds. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) range(int n)
{
    DEFER(printf("  range(%d) cleanup\n", n));
    for (int i = 0; i < n; i++) {
        printf("  range gives %d\n", i);
        YIELD(i);
    }
}

int main(void)
{
    FOREACH (int v, GENEXPR(y + 1, int y, GENEXPR(x * x, int x, range(4))))
        printf("nested, squares plus one %d\n", v);

    FOREACH (double v, GENEXPR_IF(x / 2.0, int x, GENEXPR(x * 3, int x, range(4)), x > 1))
        printf("nested, same name, halves of triples above 1 %.1f\n", v);

    FOREACH (int v, GENEXPR(-z, int z, GENEXPR_IF(y, int y, GENEXPR(x * x, int x, range(100)), y % 3 == 1))) {
        printf("nested, three levels %d\n", v);
        if (v < -10)
            break;
    }
    printf("after the break\n");

    struct yieldc_iter *squares = &GENEXPR(x * x, int x, range(4)).it;
    FOREACH (int v, GENEXPR(y + 1, int y, squares))
        printf("squares plus one %d\n", v);

    struct yieldc_iter *triples = &GENEXPR_IF(x * 3, int x, range(10), x % 2 == 0).it;
    FOREACH (int v, GENEXPR_IF(y, int y, triples, y % 4 == 0))
        printf("multiples of 12 (as 3x, x even) %d\n", v);

    struct yieldc_iter *big_squares = &GENEXPR(x * x, int x, range(100)).it;
    struct yieldc_iter *ones = &GENEXPR_IF(y, int y, big_squares, y % 3 == 1).it;
    FOREACH (int v, GENEXPR(-z, int z, ones)) {
        printf("three levels %d\n", v);
        if (v < -10)
            break;
    }
    printf("after the break, ended: %d %d\n", yieldc_ended(ones), yieldc_ended(big_squares));
    yieldc_close(big_squares);
    printf("closed the innermost GENEXPR\n");
    return 0;
}
