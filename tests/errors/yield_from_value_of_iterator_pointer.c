/* The value of YIELD_FROM over a plain iterator pointer, where nothing says
 * its type: neither the source nor a declaration or assignment it goes into. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) outer(struct yieldc_iter *src)
{
    printf("%d\n", YIELD_FROM(src));
}
