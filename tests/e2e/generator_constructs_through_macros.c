/* FOREACH, YIELD_FROM, DEFER, GENEXPR and GENERATOR itself written through
 * the user's macros: the invocations are expanded in place, in a
 * generator and in an ordinary function. */
#include <yieldc.h>
#include <stdio.h>

#define GEN(name) GENERATOR(int) name(int n)
#define EACH(v, n) FOREACH (int v, upto(n))
#define DELEGATE(src) YIELD_FROM(src)
#define AT_EXIT(what) DEFER(printf("%s\n", what))
#define SQUARES(src) GENEXPR(x * x, int x, src)

GEN(upto)
{
    for (int i = 1; i <= n; i++)
        YIELD(i);
}

GENERATOR(int) outer(int n)
{
    AT_EXIT("outer: done");
    EACH(v, n)
        YIELD(v * 10);
    DELEGATE(upto(n));
    DELEGATE(SQUARES(upto(n)));
    FOREACH (int sq, SQUARES(upto(n)))      /* a GENEXPR through a macro as FOREACH's source */
        YIELD(-sq);
}

int main(void)
{
    EACH(v, 2)
        printf("each %d\n", v);
    FOREACH (int v, outer(3))
        printf("outer %d\n", v);
    return 0;
}
