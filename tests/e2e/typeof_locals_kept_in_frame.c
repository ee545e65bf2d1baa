/* Locals declared with __typeof__ (or __auto_type) that live across a
 * YIELD: the frame spells their type as the compiler resolved it, since
 * the expression inside typeof names the body's variables. */
#include <yieldc.h>
#include <stdio.h>

typedef struct { int x, y; } point;

GENERATOR(long) typed(int n)
{
    const __typeof__(n) twice = n * 2;
    __typeof__(n + 1L) wide = 5000000000L / n;
    __auto_type triple = n * 3u;
    point p = { 1, 2 };
    __typeof__(p) *pp = &p;
    __typeof__(&p) q = &p;
    YIELD(0);
    YIELD(twice);
    YIELD(wide);
    YIELD((long)triple);
    pp->y += 40;
    YIELD(q->y + q->x);
}

int main(void)
{
    FOREACH (long v, typed(4))
        printf("%ld\n", v);
    return 0;
}
