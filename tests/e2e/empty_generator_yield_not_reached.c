/* Generators that contain YIELDs but reach none of them produce no values. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) upto(int n)
{
    int i;

    for (i = 0; i < n; i++)
        YIELD(i);
    printf("  upto(%d) finished after %d values\n", n, i);
}

GENERATOR(int) only_if(int flag)
{
    if (flag)
        YIELD(flag);
}

int main(void)
{
    int count = 0;

    FOREACH (int v, upto(0))
        count += v + 1;
    FOREACH (int v, only_if(0))
        count += v + 1;
    printf("count=%d\n", count);
    FOREACH (int v, only_if(5))
        printf("only_if(5) gave %d\n", v);
    return 0;
}
