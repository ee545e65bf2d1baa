/* A loop written with a label and a backward goto; the YIELD comes right
 * after the label, so every goto lands just before a yield. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) goto_loop(int n)
{
    int i = 0;

again:
    YIELD(i * i);
    printf("  resumed after %d\n", i);
    i++;
    if (i < n)
        goto again;
    printf("  loop over\n");
}

int main(void)
{
    FOREACH (int v, goto_loop(4))
        printf("got %d\n", v);
    return 0;
}
