/* A GENEXPR holds its source's frame; over a call of the generator it is
 * in, that frame would hold the GENEXPR: a cycle of sizes. */
#include <yieldc.h>

GENERATOR(unsigned) halves(unsigned n)
{
    if (n > 1u)
        FOREACH (unsigned h, GENEXPR(x / 2u, unsigned x, halves(n / 2u)))
            YIELD(h);
    YIELD(n);
}
