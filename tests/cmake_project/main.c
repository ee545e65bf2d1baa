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
    struct greetings_frame all = greetings(GREETING_COUNT + 2);

    /* an adapter of the runtime library, built by yieldc.cmake from the source tree */
    FOREACH (const char *g, yieldc_take(&all.it, GREETING_COUNT))
        printf("%s\n", g);
    return 0;
}
