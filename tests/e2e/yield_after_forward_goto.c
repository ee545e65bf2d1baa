/* A forward goto skipping over a YIELD, and a goto out of a loop to a label
 * that is followed by a YIELD. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) skipper(int skip)
{
    int i;

    YIELD(1);
    if (skip)
        goto skipped;
    YIELD(2);
skipped:
    YIELD(3);
    for (i = 10; ; i++) {
        YIELD(i);
        if (i == 12)
            goto out;
    }
out:
    YIELD(-i);
}

int main(void)
{
    FOREACH (int v, skipper(0))
        printf("a %d\n", v);
    FOREACH (int v, skipper(1))
        printf("b %d\n", v);
    return 0;
}
