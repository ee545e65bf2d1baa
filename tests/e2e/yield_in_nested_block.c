/* YIELD inside nested compound statements whose locals are declared in the
 * inner blocks and used again after resuming. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) blocks(int base)
{
    int outer = base;
    {
        int a = outer + 1;
        YIELD(a);
        {
            int b = a * 2;
            YIELD(b);
            {
                int c = a + b + outer;
                YIELD(c);
                printf("  innermost: a=%d b=%d c=%d\n", a, b, c);
            }
            YIELD(b + 1);
        }
        YIELD(a + 1);
    }
    YIELD(outer);
}

int main(void)
{
    FOREACH (int v, blocks(5))
        printf("got %d\n", v);
    return 0;
}
