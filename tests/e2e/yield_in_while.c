/* YIELD inside a while loop whose condition depends on a parameter
 * changed between yields; the condition is re-evaluated on resume. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) halve(int n)
{
    while (n > 0) {
        printf("  check n=%d\n", n);
        YIELD(n);
        n /= 2;
    }
    printf("  loop left with n=%d\n", n);
}

int main(void)
{
    FOREACH (int v, halve(20))
        printf("got %d\n", v);
    FOREACH (int v, halve(0))
        printf("never %d\n", v);
    printf("done\n");
    return 0;
}
