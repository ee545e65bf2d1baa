/* FOREACH over a generator call, a frame variable and an iterator pointer,
 * in a plain function and inside a generator (where the loop lives in the frame). */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) range(int n);

GENERATOR(int) evens(struct yieldc_iter *src)
{
    FOREACH (int x, src) {
        if (x % 2 == 0)
            YIELD(x);
    }
}

GENERATOR(int) range(int n)
{
    for (int i = 0; i < n; i++)
        YIELD(i);
}

int main(void)
{
    struct range_frame r = range(4);

    FOREACH (int x, r)
        printf("%d\n", x);
    FOREACH (int x, evens(&r.it))
        printf("never: %d\n", x);
    FOREACH (int sq, GENEXPR_IF(x * x, int x, range(6),
                                x % 3 != 0))        /* its value and condition keep their lines */
        printf("%d\n", sq);
    return 0;
}
