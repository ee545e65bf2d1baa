/* A GENEXPR's variable takes its source's values as FOREACH's does: the
 * types must be the same. */
#include <yieldc.h>

GENERATOR(double) samples(int n)
{
    for (int i = 0; i < n; i++)
        YIELD(i * 0.5);
}

GENERATOR(int) rounded(int n)
{
    FOREACH (int r, GENEXPR(x + 1, int x, samples(n)))
        YIELD(r);
}
