/* YIELD inside do/while: the body runs once even when the condition is
 * false at the start; the condition is evaluated after resuming. */
#include <yieldc.h>
#include <stdio.h>

static int cond_checks = 0;

static int keep_going(int i, int limit)
{
    cond_checks++;
    printf("  cond check %d: i=%d\n", cond_checks, i);
    return i < limit;
}

GENERATOR(int) at_least_once(int start, int limit)
{
    int i = start;

    do {
        YIELD(i);
        i += 1;
    } while (keep_going(i, limit));
}

int main(void)
{
    FOREACH (int v, at_least_once(0, 3))
        printf("got %d\n", v);
    printf("--\n");
    FOREACH (int v, at_least_once(10, 3))
        printf("got %d\n", v);
    printf("checks=%d\n", cond_checks);
    return 0;
}
