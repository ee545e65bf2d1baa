/* A GENERATOR(void) passes its sources' values on: it cannot YIELD its own. */
#include <yieldc.h>

GENERATOR(void) both(struct yieldc_iter *a, struct yieldc_iter *b)
{
    YIELD_FROM(a);
    YIELD(0);
    YIELD_FROM(b);
}
