/* A DEFER's statement runs where it is written: the names in it mean what
 * they mean there (a static local of the generator; a local that a later
 * declaration of the same block hides), and __LINE__ is its own line; it
 * exists once however many exits reach it. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) binds(int n)
{
    static int closes;
    int x = 1;

    DEFER(printf("static: closes = %d, x = %d, line %d\n", ++closes, x, __LINE__));
    {
        int y = 10;
        DEFER(printf("inner: x = %d, y = %d\n", x, y));
        int x = 2;          /* hides the outer x after the DEFER */
        YIELD(x + y);
        if (n > 1)
            return;
        YIELD(x * y);
    }
    YIELD(x);
}

int main(void)
{
    FOREACH (int v, binds(1))
        printf("value %d\n", v);
    FOREACH (int v, binds(2))
        printf("value %d\n", v);
    YIELDC_FRAME(binds) g = binds(1);
    int v;
    yieldc_next(&g.it, &v);
    printf("value %d, close:\n", v);
    yieldc_close(&g.it);
    return 0;
}
