/* Generators defined here, created and driven from main.c, a plain C file
 * that includes the header yieldc generates from this one. */
#include <yieldc.h>
#include "point.h"

GENERATOR(int) count_up_to(int n)
{
    for (int i = 1; i <= n; i++)
        YIELD(i);
}

GENERATOR(struct point) diagonal(int n)
{
    struct point p = { 0, 0 };

    while (p.x < n) {
        YIELD(p);
        p.x++;
        p.y++;
    }
}
