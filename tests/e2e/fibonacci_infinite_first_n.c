/* An infinite generator (fibonacci) consumed for its first N values, once
 * with yieldc_next in a counted loop and once with FOREACH + break. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(long long) fibonacci(void)
{
    long long a = 0, b = 1;

    for (;;) {
        long long next = a + b;

        YIELD(a);
        a = b;
        b = next;
    }
}

int main(void)
{
    YIELDC_FRAME(fibonacci) fib = fibonacci();
    long long v;
    int i;
    int taken = 0;

    for (i = 0; i < 10; i++) {
        if (yieldc_next(&fib.it, &v) != YIELDC_VALUE)
            return 1;
        printf("%lld\n", v);
    }
    printf("still running: %d\n", !yieldc_ended(&fib.it));
    FOREACH (long long f, fibonacci()) {
        if (f > 1000)
            break;
        taken++;
    }
    printf("fibonacci numbers <= 1000: %d\n", taken);
    FOREACH (long long f, fibonacci()) {
        if (taken-- == 0) {
            printf("first one above 1000: %lld\n", f);
            break;
        }
    }
    return 0;
}
