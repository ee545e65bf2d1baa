/* A GENEXPR whose value names a local array, which it would have to copy. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) range(int n)
{
    for (int i = 0; i < n; i++)
        YIELD(i);
}

int main(void)
{
    int offsets[2] = { 10, 20 };

    FOREACH (int v, GENEXPR(x + offsets[1], int x, range(3)))
        printf("%d\n", v);
    return 0;
}
