/* Generators that run each other: `a` loops over `b` with FOREACH and `b`
 * delegates to `a` with YIELD_FROM, each one level down, so the frames of
 * a whole chain are alive at once; and a generator whose FOREACH runs one
 * defined later in the file (declared before it). The frames that cannot
 * be part of their caller's come from the pool. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) a(int n);
GENERATOR(int) b(int n);
GENERATOR(int) later(int n);

GENERATOR(int) a(int n)
{
    if (n <= 0)
        return;
    YIELD(100 + n);
    FOREACH (int v, b(n - 1))
        YIELD(v * 2);
    YIELD(-n);
}

GENERATOR(int) b(int n)
{
    if (n <= 0)
        return;
    YIELD(200 + n);
    YIELD_FROM(a(n - 1));
    YIELD_FROM(later(n));
}

GENERATOR(int) uses_later(int n)
{
    FOREACH (int v, later(n))
        YIELD(v * 10);
}

GENERATOR(int) later(int n)
{
    for (int i = 1; i <= n; i++)
        YIELD(i);
}

int main(void)
{
    FOREACH (int v, a(4))
        printf("%d ", v);
    printf("\n");
    FOREACH (int v, uses_later(3))
        printf("%d ", v);
    printf("\n");
    return 0;
}
