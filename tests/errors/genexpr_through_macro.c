/* GENEXPR written through a macro of the user's. */
#include <yieldc.h>
#include <stdio.h>

#define SQUARES(src) GENEXPR(x * x, int x, src)

GENERATOR(int) range(int n)
{
    for (int i = 0; i < n; i++)
        YIELD(i);
}

int main(void)
{
    FOREACH (int v, SQUARES(range(3)))
        printf("%d\n", v);
    return 0;
}
