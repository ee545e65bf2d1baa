/* Three YIELDs in straight-line code; markers show each segment runs
 * only when the consumer asks for the next value. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) three(void)
{
    printf("body: before 1\n");
    YIELD(1);
    printf("body: between 1 and 2\n");
    YIELD(2);
    printf("body: between 2 and 3\n");
    YIELD(3);
    printf("body: after 3\n");
}

int main(void)
{
    YIELDC_FRAME(three) gen = three();
    int v;

    printf("created\n");
    while (yieldc_next(&gen.it, &v) == YIELDC_VALUE)
        printf("main: got %d\n", v);
    printf("main: end\n");
    return 0;
}
