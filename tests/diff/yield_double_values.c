/* GENERATOR(double): double values (and an int and a float converted to
 * double by the YIELD) with a double parameter and locals. */
#include "diff.h"

static void show(double v)
{
    printf("%.6f\n", v);
}

GENERATOR(double) halves(double start, int n)
{
    double x = start;
    float f = 1.5f;

    for (int i = 0; i < n; i++) {
        YIELD(x);
        x /= 2;
    }
    YIELD(x * 3 + 0.25);
    YIELD(1);
    YIELD(f);
    f *= 3;
    YIELD(f + x);
}

DIFF_MAIN(double, halves, (10.0, 4))
