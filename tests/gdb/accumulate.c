/* The program the gdb test debugs: a generator whose locals live in its frame. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) accumulate(int n)
{
    int total = 0;

    for (int i = 1; i <= n; i++) {
        total += i;                     /* line 10: the breakpoint */
        YIELD(total);                   /* line 11: stepped over */
    }
}

int main(void)
{
    FOREACH (int t, accumulate(3))
        printf("%d\n", t);
    return 0;
}
