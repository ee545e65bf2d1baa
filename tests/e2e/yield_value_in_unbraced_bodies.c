/* A statement that uses a YIELD's (or YIELD_FROM's) value as the whole
 * unbraced body of an if, else, while, for and do/while, in the cases of a
 * switch, and after a label that a goto jumps back to: the suspension stays
 * inside that body, and the statement runs with the value sent. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int, void, int) sub(int n)
{
    YIELD(n);
    return n * 2;
}

GENERATOR(int, int, int) unbraced(int c)
{
    int x = 0, total = 0, n = 3;

    if (c)
        x = YIELD(1);
    else
        x = YIELD(2);
    printf("  x %d\n", x);
    while (n-- > 0)
        total += YIELD(n);
    printf("  total %d\n", total);
    for (int i = 0; i < 2; i++)
        printf("  for got %d\n", YIELD(100 + i));
    switch (c) {
    case 1:
        x = YIELD(7);
        break;
    default:
        x = YIELD(8);
    }
    printf("  switch x %d\n", x);
again:
    x = YIELD(9);
    if (x == 9)
        goto again;
    if (c)
        x = YIELD_FROM(sub(5));
    else
        x = YIELD_FROM(sub(6));
    printf("  sub gave %d\n", x);
    do
        x = YIELD(x);
    while (x > 0);
    return x;
}

int main(void)
{
    static const int sends[] = { 11, 12, 13, 14, 15, 16, 17, 9, 9, 18, 19, 20, 0 };

    for (int c = 0; c < 2; c++) {
        YIELDC_FRAME(unbraced) g = unbraced(c);
        size_t k = 0;
        int out;

        yieldc_next(&g.it, &out);
        printf("start %d\n", out);
        while (k < sizeof sends / sizeof sends[0] && yieldc_send(&g.it, &sends[k], &out) == YIELDC_VALUE)
            printf("send %d -> %d\n", sends[k++], out);
        printf("result %d\n", *(const int *)yieldc_result(&g.it));
    }
    return 0;
}
