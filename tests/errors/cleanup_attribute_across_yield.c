#include <yieldc.h>
#include <stdio.h>

static void report(int *p) { printf("%d\n", *p); }
#define SCOPED __attribute__((cleanup(report)))

GENERATOR(int) scoped(int n)
{
    {
        SCOPED int before = n;      /* no YIELD in its scope: fine */
        (void)before;
    }
    SCOPED int value = n;
    YIELD(value);
}
