/* Several generators with different value types and parameters in one file,
 * each driven on its own and then interleaved. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) evens(int n)
{
    int i;

    for (i = 0; i < n; i++)
        YIELD(2 * i);
}

GENERATOR(char) letters(const char *s)
{
    while (*s) {
        YIELD(*s);
        s++;
    }
}

GENERATOR(double) halves(int n)
{
    double d = 1.0;

    while (n-- > 0) {
        YIELD(d);
        d /= 2;
    }
}

int main(void)
{
    YIELDC_FRAME(evens) e = evens(3);
    YIELDC_FRAME(letters) l = letters("xyz");
    YIELDC_FRAME(halves) h = halves(3);
    int iv;
    char cv;
    double dv;

    FOREACH (int v, evens(4))
        printf("evens %d\n", v);
    FOREACH (char c, letters("abc"))
        printf("letters %c\n", c);
    FOREACH (double d, halves(4))
        printf("halves %.4f\n", d);
    while (yieldc_next(&e.it, &iv) == YIELDC_VALUE
           && yieldc_next(&l.it, &cv) == YIELDC_VALUE
           && yieldc_next(&h.it, &dv) == YIELDC_VALUE)
        printf("zip %d %c %.3f\n", iv, cv, dv);
    return 0;
}
