/* GENEXPR over an int: not an iterator. */
#include <yieldc.h>
#include <stdio.h>

int main(void)
{
    int n = 3;

    FOREACH (int v, GENEXPR(x * x, int x, n))
        printf("%d\n", v);
    return 0;
}
