/* In Release, NDEBUG gives the generator a running total; the parse must see it. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) sums(int n)
{
#ifdef NDEBUG
    int total = 0;
#endif
    for (int i = 1; i <= n; i++) {
#ifdef NDEBUG
        total += i;
        YIELD(total);
#else
        YIELD(-i);
#endif
    }
}

int main(void)
{
    FOREACH (int s, sums(4))
        printf("%d ", s);
    printf("\n");
    return 0;
}
