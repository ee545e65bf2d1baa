/* A YIELD of a struct in a generator of int. */
#include <yieldc.h>

struct point { int x, y; };

GENERATOR(int) coordinates(struct point p)
{
    YIELD(p.x);
    YIELD(p);
}
