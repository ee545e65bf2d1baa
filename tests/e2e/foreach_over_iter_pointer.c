/* FOREACH whose source is a `struct yieldc_iter *` variable pointing at a
 * frame: the frame behind the pointer is advanced (not a copy). */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) squares(int n)
{
    int i;

    for (i = 1; i <= n; i++)
        YIELD(i * i);
}

int main(void)
{
    YIELDC_FRAME(squares) gen = squares(5);
    struct yieldc_iter *it = &gen.it;
    int v;

    FOREACH (int s, it) {
        printf("via pointer %d\n", s);
        if (s == 4)
            break;
    }
    while (yieldc_next(&gen.it, &v) == YIELDC_VALUE)
        printf("via frame %d\n", v);
    return 0;
}
