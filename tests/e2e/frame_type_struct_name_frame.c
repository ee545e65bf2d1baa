/* The frame type of generator NAME is spelled `struct NAME_frame` directly
 * (the same type YIELDC_FRAME(NAME) names). */
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
    struct countdown_frame gen = countdown(3);
    int v;

    FOREACH (int num, countdown(2))
        printf("%d\n", num);
    printf("created\n");
    while (yieldc_next(&gen.it, &v) == YIELDC_VALUE)
        printf("%d\n", v);
    printf("size matches: %d\n", sizeof gen == sizeof(YIELDC_FRAME(countdown)));
    return 0;
}
