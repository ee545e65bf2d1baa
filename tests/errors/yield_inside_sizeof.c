/* sizeof does not evaluate its operand: a YIELD there could never run. */
#include <yieldc.h>

GENERATOR(int, int) sizes(void)
{
    int n = (int)sizeof(YIELD(1));
    YIELD(n);
}
