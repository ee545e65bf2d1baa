/* A struct defined together with a variable that lives across a YIELD. */
#include <yieldc.h>

GENERATOR(int) counter(void)
{
    struct point { int x, y; } p = { 1, 2 };

    YIELD(p.x);
    YIELD(p.y);
}
