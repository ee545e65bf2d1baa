/* A frame may be copied before its first next: the copy and the original
 * are independent generators that each start from the beginning. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) numbers_from(int start, int n)
{
    int i;

    printf("  start %d\n", start);
    for (i = 0; i < n; i++)
        YIELD(start + i);
}

int main(void)
{
    YIELDC_FRAME(numbers_from) original = numbers_from(10, 3);
    YIELDC_FRAME(numbers_from) copy = original;
    int v;

    if (yieldc_next(&original.it, &v) == YIELDC_VALUE)
        printf("original %d\n", v);
    while (yieldc_next(&copy.it, &v) == YIELDC_VALUE)
        printf("copy %d\n", v);
    while (yieldc_next(&original.it, &v) == YIELDC_VALUE)
        printf("original %d\n", v);
    return 0;
}
