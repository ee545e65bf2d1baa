/* FOREACH written as every kind of statement a loop can be, over a
 * generator of this file (whose loop takes its first value apart from the
 * others): the body of an if with an else, a body that is an if-else, an
 * empty body, a body that is itself a FOREACH ending where it ends, with
 * continue and break, as the body of a loop that yieldc lowers, with a
 * YIELD in its source. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) upto(int n)
{
    for (int i = 1; i <= n; i++)
        YIELD(i);
}

GENERATOR(int, int) shapes(int n)
{
    /* the body of a loop whose step yields: yieldc wraps the body, which ends where the FOREACH does */
    for (int round = 0; round < 2; round += YIELD(-round) + 1)
        FOREACH (int v, upto(n))
            if (v % 2)
                YIELD(v * 10 + round);
    /* its source holds a YIELD */
    FOREACH (int v, upto(YIELD(-9)))
        YIELD(v * 100);
}

int main(void)
{
    int count = 0;
    for (int n = 0; n < 3; n++)
        if (n == 1)
            FOREACH (int v, upto(3))
                printf("if-body %d\n", v);
        else
            printf("else %d\n", n);
    FOREACH (int v, upto(4))
        if (v == 2)
            printf("if-else body: two\n");
        else
            printf("if-else body: %d\n", v);
    FOREACH (int v, upto(5))
        ;
    FOREACH (int v, upto(5))
        count += v;
    printf("count %d\n", count);
    FOREACH (int a, upto(3))
        FOREACH (int b, upto(a))
            printf("nested %d %d\n", a, b);
    FOREACH (int v, upto(10)) {
        if (v % 3)
            continue;
        if (v > 7)
            break;
        printf("continue/break %d\n", v);
    }
    YIELDC_FRAME(shapes) s = shapes(3);
    int v, sent = 2;
    while (yieldc_send(&s.it, &sent, &v) == YIELDC_VALUE)
        printf("shapes %d\n", v);
    return 0;
}
