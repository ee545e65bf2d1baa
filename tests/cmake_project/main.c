#include <yieldc.h>
#include <stdio.h>
#include "greeting.h"           /* found only through the target's include directories */

#ifndef GREETING_COUNT
#error "the target's compile definitions did not reach the parser"
#endif

GENERATOR(const char *) greetings(int n)
{
    while (n-- > 0)
        YIELD(GREETING);
}

int main(void)
{
    FOREACH (const char *g, greetings(GREETING_COUNT))
        printf("%s\n", g);
    return 0;
}
