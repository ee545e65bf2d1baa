/* One declaration that declares a local living across YIELDs and a
 * block-scope function (`int total = n, helper(int);`): the local's
 * declaration becomes an assignment, so yieldc asks for two declarations. */
#include <yieldc.h>
#include <stdio.h>

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) with_helper(int n)
{
    int total = n, helper(int);

    YIELD(total);
    total = helper(total);
    YIELD(total);
}

int helper(int x)
{
    return x * 3;
}

