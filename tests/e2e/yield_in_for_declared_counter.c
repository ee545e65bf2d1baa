/* YIELD inside for loops that declare their counters (`for (int i ...)`),
 * two sibling loops reusing the name i, and a nested loop declaring j. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) counters(void)
{
    for (int i = 0; i < 3; i++)
        YIELD(i);
    for (int i = 100; i > 97; i--) {
        for (int j = 0; j < 2; j++)
            YIELD(i * 10 + j);
    }
}

int main(void)
{
    FOREACH (int v, counters())
        printf("%d\n", v);
    return 0;
}
