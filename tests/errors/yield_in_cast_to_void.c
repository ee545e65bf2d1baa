/* A cast to void makes YIELD an operand, not a statement. */
#include <yieldc.h>

GENERATOR(int) counter(void)
{
    (void)YIELD(1);
}
