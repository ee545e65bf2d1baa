/* A range generator feeding a squaring stage, looped, listed and stepped: mirrors the Python (x*x for x in range(n)). */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) range(int n)
{
    for (int i = 0; i < n; i++) {
        YIELD(i);
    }
}

GENERATOR(int) squares(struct yieldc_iter *src)
{
    FOREACH (int x, src) {
        YIELD(x * x);
    }
}

int main(void)
{
    /* squares = (x*x for x in range(10)); for num in squares: print(num) */
    YIELDC_FRAME(range) range10 = range(10);
    FOREACH (int num, squares(&range10.it))
        printf("%d\n", num);

    /* squares = [x * x for x in range(5)]; print(squares) */
    YIELDC_FRAME(range) range5 = range(5);
    YIELDC_FRAME(squares) squares5 = squares(&range5.it);
    int list[5];
    size_t len = 0;
    FOREACH (int x, squares5)
        list[len++] = x;
    printf("[");
    for (size_t i = 0; i < len; i++)
        printf("%s%d", i > 0 ? ", " : "", list[i]);
    printf("]\n");

    /* squares_gen = (x * x for x in range(5)); print(next(squares_gen)) twice */
    YIELDC_FRAME(range) range5_again = range(5);
    YIELDC_FRAME(squares) squares_gen = squares(&range5_again.it);
    int value;
    if (yieldc_next(&squares_gen.it, &value) == YIELDC_VALUE)
        printf("%d\n", value);
    if (yieldc_next(&squares_gen.it, &value) == YIELDC_VALUE)
        printf("%d\n", value);
    return 0;
}
