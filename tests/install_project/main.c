#include <yieldc.h>
#include <stdio.h>
#include "util.h"

GENERATOR(int) squares(int n)
{
    for (int i = 1; i <= n; i++)
        YIELD(square(i));
}

int main(void)
{
    FOREACH (int s, squares(LIMIT))
        printf("%d\n", s);
    return 0;
}
