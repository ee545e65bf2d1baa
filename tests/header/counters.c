/* Generators defined here, declared in counters.h, and used from main.c (a
 * plain C file) and from squares.c (which goes through yieldc too). */
#include <stdio.h>
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

GENERATOR(int) guarded(int n)       /* closing it before its end has work: its DEFER */
{
    DEFER(printf("guarded(%d) cleaned up\n", n));
    for (int i = 1; i <= n; i++)
        YIELD(i * 10);
}

GENERATOR(int) both(int n)          /* it delegates: its next function is its driver */
{
    YIELD_FROM(count_up_to(n));
    YIELD_FROM(guarded(n));
}
