/* `continue` in a do/while after resuming from a YIELD jumps to the loop
 * condition (not back to the top of the body). */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) odd_and_marks(int limit)
{
    int i = 0;

    do {
        i++;
        if (i % 2 == 0) {
            YIELD(-i);
            continue;
        }
        YIELD(i);
        printf("  after odd %d\n", i);
    } while (i < limit);
    printf("  left with i=%d\n", i);
}

int main(void)
{
    FOREACH (int v, odd_and_marks(5))
        printf("got %d\n", v);
    return 0;
}
