/* The value of YIELD_FROM over a plain iterator pointer: nothing says which generator it runs. */
#include <yieldc.h>

GENERATOR(int) outer(struct yieldc_iter *src)
{
    int r = YIELD_FROM(src);
    YIELD(r);
}
