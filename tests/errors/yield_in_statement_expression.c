/* A GNU statement expression is an expression: a YIELD inside it cannot suspend. */
#include <yieldc.h>

GENERATOR(int) counter(void)
{
    int x = ({ YIELD(1); 0; });
    (void)x;
}
