/* The generator from the design notes: a parameter kept in the frame. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) countdown(int n)
{
    printf("Starting\n");
    while (n > 0) {
        YIELD(n);
        n -= 1;
    }
}

int main(void)
{
    FOREACH (int num, countdown(5))
        printf("%d\n", num);
    return 0;
}
