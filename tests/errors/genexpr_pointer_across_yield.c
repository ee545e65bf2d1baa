/* `&GENEXPR(...).it` in a generator, used after a YIELD that would free it. */
#include <yieldc.h>

GENERATOR(int) range(int n)
{
    for (int i = 0; i < n; i++)
        YIELD(i);
}

GENERATOR(int) scaled(int k)
{
    struct yieldc_iter *p = &GENEXPR(x * k, int x, range(3)).it;
    int v;

    while (yieldc_next(p, &v) == YIELDC_VALUE)
        YIELD(v);
}
