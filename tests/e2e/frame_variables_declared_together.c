/* Two frames of generators declared in one declaration, with their
 * initializers, both living across a YIELD. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) g0(int n)
{
    YIELD(n);
    YIELD(n * 10);
}

GENERATOR(int) both(void)
{
    YIELDC_FRAME(g0) a = g0(1), b = g0(2);
    int v;
    while (yieldc_next(&a.it, &v) == YIELDC_VALUE) {
        YIELD(v);
        if (yieldc_next(&b.it, &v) == YIELDC_VALUE)
            YIELD(v);
    }
}

int main(void)
{
    FOREACH (int v, both())
        printf("%d\n", v);
    return 0;
}
