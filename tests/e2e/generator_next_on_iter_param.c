/* A generator takes a `struct yieldc_iter *` parameter and pulls values from
 * it with yieldc_next (two at a time), yielding their sums. The source
 * frame lives in main. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) numbers(int n)
{
    int i;

    for (i = 1; i <= n; i++) {
        printf("  numbers: %d\n", i);
        YIELD(i);
    }
}

GENERATOR(int) pair_sums(struct yieldc_iter *src)
{
    int a, b;

    while (yieldc_next(src, &a) == YIELDC_VALUE) {
        if (yieldc_next(src, &b) != YIELDC_VALUE) {
            printf("  pair_sums: odd one out %d\n", a);
            YIELD(a);
            return;
        }
        YIELD(a + b);
    }
}

int main(void)
{
    YIELDC_FRAME(numbers) src = numbers(5);
    YIELDC_FRAME(pair_sums) sums = pair_sums(&src.it);
    int v;

    printf("created\n");
    while (yieldc_next(&sums.it, &v) == YIELDC_VALUE)
        printf("sum %d\n", v);
    printf("source ended: %d\n", yieldc_ended(&src.it));
    return 0;
}
