/* A generator of double: values with fractional parts, computed from a
 * double parameter and a double local updated between yields. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(double) geometric(double first, double ratio, int count)
{
    double term = first;

    while (count-- > 0) {
        YIELD(term);
        term *= ratio;
    }
}

int main(void)
{
    double total = 0.0;

    FOREACH (double d, geometric(3.0, 0.5, 6)) {
        total += d;
        printf("%.5f\n", d);
    }
    printf("total %.5f\n", total);
    FOREACH (double d, geometric(-1.25, -2.0, 3))
        printf("%.2f\n", d);
    return 0;
}
