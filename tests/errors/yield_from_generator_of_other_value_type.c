/* YIELD_FROM passes its source's values straight through: the types must be the same. */
#include <yieldc.h>

GENERATOR(double) halves(int n)
{
    for (int i = 0; i < n; i++)
        YIELD(i / 2.0);
}

GENERATOR(int) counts(int n)
{
    YIELD(n);
    YIELD_FROM(halves(n));
}
