/* A FOREACH variable of another type than the generator's values: FOREACH
 * writes each value into it, so a double would take 8 bytes of a 4-byte int. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) ints(int n)
{
    for (int i = 0; i < n; i++)
        YIELD(i);
}

int main(void)
{
    FOREACH (double d, ints(3))
        printf("%g\n", d);
    return 0;
}
