/* A generator defined in a header: the .c file that includes it is the one yieldc rewrites. */
#include <yieldc.h>

static GENERATOR(int) from_header(int n)
{
    while (n-- > 0)
        YIELD(n);
}
