/* An infinite generator, of which main takes the first 10 values: mirrors the Python fibonacci(). */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) fibonacci(void)
{
    int a = 0, b = 1;

    for (;;) {
        YIELD(a);
        int sum = a + b;        /* a, b = b, a + b */
        a = b;
        b = sum;
    }
}

int main(void)
{
    YIELDC_FRAME(fibonacci) fib_gen = fibonacci();
    int value;

    for (int i = 0; i < 10; i++) {
        yieldc_next(&fib_gen.it, &value);   /* never ends */
        printf("%d\n", value);
    }
    return 0;
}
