/* The value of YIELD_FROM over an iterator pointer: only a generator call has a known result type. */
#include <yieldc.h>

GENERATOR(int) outer(struct yieldc_iter *src)
{
    int r = YIELD_FROM(src);
    YIELD(r);
}
