/* Two locals with the same name in nested scopes (and a third in a sibling
 * scope) are different variables; each keeps its own value across yields. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) shadows(void)
{
    int x = 1;

    YIELD(x);
    {
        int x = 20;

        YIELD(x);
        x += 1;
        YIELD(x);
        {
            int x = 300;

            YIELD(x);
            x += 1;
            YIELD(x);
        }
        YIELD(x);
    }
    YIELD(x);
    x += 1;
    {
        int x = 4000;

        YIELD(x);
    }
    YIELD(x);
}

int main(void)
{
    FOREACH (int v, shadows())
        printf("%d\n", v);
    return 0;
}
