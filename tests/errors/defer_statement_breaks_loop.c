/* A DEFER whose statement breaks out of the loop around it. */
#include <yieldc.h>

GENERATOR(int) counter(int n)
{
    for (int i = 0; i < n; i++) {
        DEFER(if (i == 2) break);
        YIELD(i);
    }
}
