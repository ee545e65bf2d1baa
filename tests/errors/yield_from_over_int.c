/* YIELD_FROM over an int: not an iterator. */
#include <yieldc.h>

GENERATOR(int) outer(int n)
{
    YIELD_FROM(n);
}
