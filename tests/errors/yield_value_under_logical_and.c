/* A YIELD's value as the right operand of '&&', which may not run. */
#include <yieldc.h>

GENERATOR(int, int) checker(int c)
{
    int ok;

    ok = c && YIELD(c);
    (void)ok;
}
