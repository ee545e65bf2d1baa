/* YIELD inside a for loop whose counter is declared before the loop;
 * the increment expression runs when the consumer asks for the next value. */
#include <yieldc.h>
#include <stdio.h>

static int step(int i)
{
    printf("  step from %d\n", i);
    return i + 3;
}

GENERATOR(int) by_threes(int limit)
{
    int i;

    for (i = 1; i < limit; i = step(i))
        YIELD(i);
    printf("  final i=%d\n", i);
}

int main(void)
{
    FOREACH (int v, by_threes(11))
        printf("got %d\n", v);
    printf("done\n");
    return 0;
}
