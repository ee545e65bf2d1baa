/* A FOREACH that only passes its values on becomes a YIELD_FROM (the first
 * loop); one that changes them stays a loop (the second). */
#include <yieldc.h>

GENERATOR(int) countdown(int n)
{
    if (n == 0)
        return;
    YIELD(n);
    FOREACH (int x, countdown(n - 1))
        YIELD(x);
}

GENERATOR(int) doubled(int n)
{
    FOREACH (int x, countdown(n))
        YIELD(2 * x);
}
