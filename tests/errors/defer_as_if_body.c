/* DEFER as the unbraced body of an if: it has no block of its own to be left. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) counter(int verbose)
{
    if (verbose)
        DEFER(printf("done\n"));
    YIELD(1);
}
