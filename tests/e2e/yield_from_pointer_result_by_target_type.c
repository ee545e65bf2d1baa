/* r = YIELD_FROM(p) with p a plain struct yieldc_iter *: the declaration
 * or the assignment the value goes into gives the result's type. */
#include <yieldc.h>
#include <stdio.h>

struct stats { unsigned count; long sum; };

GENERATOR(int, void, unsigned) sub(int n)
{
    for (int i = 0; i < n; i++)
        YIELD(i);
    return (unsigned)n * 100u;
}

GENERATOR(int, void, struct stats) summed(int n)
{
    struct stats s = { 0, 0 };
    for (int i = 1; i <= n; i++, s.count++, s.sum += i * 10)
        YIELD(i * 10);
    return s;
}

GENERATOR(int) outer(struct yieldc_iter *src, struct yieldc_iter *more)
{
    YIELDC_FRAME(sub) f = sub(2);
    struct yieldc_iter *p = &f.it;
    unsigned r = YIELD_FROM(p);
    printf("r %u\n", r);
    unsigned q;
    q = YIELD_FROM(src);
    printf("q %u\n", q);
    const struct stats st = YIELD_FROM(more);
    printf("stats %u %ld\n", st.count, st.sum);
}

int main(void)
{
    YIELDC_FRAME(sub) s = sub(3);
    YIELDC_FRAME(summed) m = summed(2);
    FOREACH (int v, outer(&s.it, &m.it))
        printf("%d\n", v);
    return 0;
}
