/* Locals that live across a YIELD, declared through the user's macros: the
 * name is a macro argument, the type or initializer come from the macro's
 * body. yieldc expands such invocations in place, since it must turn the
 * declaration into an assignment to the frame. */
#include <yieldc.h>
#include <stdio.h>

#define DECL(T, name, value) T name = (value)
#define LOOP(i, n) for (int i = 0; i < (n); i++)
#define APPLY(f, x) f(x)
#define PLUS(a, b) a + b
#define FIRST(a, b) a

static int inc(int x) { return x + 1; }

GENERATOR(int) declared(int n)
{
    DECL(int, base, 10 * n);
    LOOP(k, n)
        YIELD(base + k);
    int sum = PLUS(base, 5);
    int first = FIRST(n + 1, 2);
    YIELD(sum);
    YIELD(first);
}

/* A declaration split around a sent value: `int a = APPLY(inc, YIELD(1));`. */
GENERATOR(int, int) adder(void)
{
    int b;
    b = APPLY(inc, YIELD(1));
    YIELD(b);
    int a = APPLY(inc, YIELD(2));
    YIELD(a);
}

int main(void)
{
    FOREACH (int v, declared(3))
        printf("%d ", v);
    printf("\n");

    struct adder_frame g = adder();
    int v, s = 100;
    while (yieldc_send(&g.it, &s, &v) == YIELDC_VALUE) {
        printf("%d ", v);
        s += 100;
    }
    printf("\n");
    return 0;
}
