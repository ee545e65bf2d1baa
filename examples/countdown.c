/* A generator that runs lazily, driven by next() and by a for loop: mirrors the Python countdown(num). */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) countdown(int num)
{
    printf("Starting\n");
    while (num > 0) {
        YIELD(num);
        num -= 1;
    }
}

/* print(next(gen)), printing "StopIteration" where Python would raise it */
static void print_next(struct yieldc_iter *gen)
{
    int value;

    if (yieldc_next(gen, &value) == YIELDC_VALUE)
        printf("%d\n", value);
    else
        printf("StopIteration\n");
}

int main(void)
{
    YIELDC_FRAME(countdown) gen = countdown(3);   /* runs nothing yet */

    print_next(&gen.it);                          /* Starting, 3 */
    print_next(&gen.it);                          /* 2 */
    print_next(&gen.it);                          /* 1 */
    print_next(&gen.it);                          /* StopIteration */

    FOREACH (int num, countdown(5))
        printf("%d\n", num);
    return 0;
}
