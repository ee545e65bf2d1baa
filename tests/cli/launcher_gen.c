/* yieldc-cc's test: a generator, a header found next to this file, main. */
#include <yieldc.h>
#include <stdio.h>
#include "launcher_gen.h"

GENERATOR(int) upto(int n)
{
    for (int i = 1; i <= n; i++)
        YIELD(i * FACTOR);
}

int plain_sum(void);

int main(void)
{
    int sum = plain_sum();
    FOREACH (int v, upto(3))
        sum += v;
    printf("%d\n", sum);
    return 0;
}
