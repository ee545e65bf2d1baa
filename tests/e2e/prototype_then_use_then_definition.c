/* A prototype, then code that uses the generator, then its definition: the
 * frame is complete where the prototype is, so the use compiles. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) count(int n);

static void use(void)
{
    FOREACH (int v, count(3))
        printf("%d\n", v);
}

GENERATOR(int) outer(void)
{
    FOREACH (int v, count(2))
        YIELD(v * 10);
}

int main(void)
{
    use();
    FOREACH (int v, outer())
        printf("%d\n", v);
    return 0;
}

GENERATOR(int) count(int n)
{
    for (int i = 0; i < n; i++)
        YIELD(i);
}
