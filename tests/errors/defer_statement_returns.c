/* A DEFER whose statement returns out of the generator. */
#include <yieldc.h>

GENERATOR(int) counter(int n)
{
    DEFER(if (n > 1) return);
    YIELD(n);
}
