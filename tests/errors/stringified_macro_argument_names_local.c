/* A macro that stringifies its argument (`#define SHOW(x) printf(#x " = %d\n", x)`)
 * given a frame local: renaming the local would change the printed name,
 * so yieldc rejects it. */
#include <yieldc.h>
#include <stdio.h>

#define SHOW(x) printf(#x " = %d\n", x)

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) stringify(int n)
{
    int total = n;

    SHOW(total);
    YIELD(total);
    total *= 2;
    SHOW(total);
    SHOW(n);
    YIELD(total);
}

