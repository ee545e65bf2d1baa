/* Generators defined here, declared in counters.h, and used from main.c (a
 * plain C file) and from squares.c (which goes through yieldc too). */
#include "counters.h"

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
