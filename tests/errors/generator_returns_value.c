/* A generator ends with a plain 'return;', never with a value. */
#include <yieldc.h>

GENERATOR(int) counter(int n)
{
    YIELD(n);
    return 5;
}
