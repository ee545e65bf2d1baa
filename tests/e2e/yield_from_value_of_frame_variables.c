/* r = YIELD_FROM(x) where x is not a call but names a generator's frame:
 * a frame variable, `&frame.it`, a pointer to a frame, of a generator
 * defined in this file or only declared by a GENERATOR prototype (its
 * definition comes later); the result type comes from that GENERATOR. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int, void, long) later(int n);

GENERATOR(int, void, int) count(int n)
{
    for (int i = 1; i <= n; i++)
        YIELD(i);
    return n * 100;
}

GENERATOR(int) collector(void)
{
    struct count_frame a = count(2);
    YIELDC_FRAME(count) b = count(1);
    struct later_frame c = later(3);
    struct count_frame d = count(3), *pd = &d;

    int ra = YIELD_FROM(a);
    printf("a gave %d\n", ra);
    int rb = YIELD_FROM(&b.it);
    printf("b gave %d\n", rb);
    long rc = YIELD_FROM(c);
    printf("c gave %ld\n", rc);
    int rd = YIELD_FROM(pd);
    printf("d gave %d\n", rd);
}

GENERATOR(int, void, long) later(int n)
{
    YIELD(-n);
    return 7L * n;
}

int main(void)
{
    FOREACH (int v, collector())
        printf("value %d\n", v);
    return 0;
}
