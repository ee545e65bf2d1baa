/* A plain C syntax error: clang's own diagnostic comes through. */
#include <yieldc.h>

GENERATOR(int) counter(int n)
{
    YIELD(n)
    n++;
}
