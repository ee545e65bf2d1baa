/* GNU `x ?: y` evaluates x once and uses it as the value when it is not 0.
 * yieldc refuses a YIELD inside it, in either operand, and says how to
 * write it. */
#include <yieldc.h>

GENERATOR(int, int) first_set(int a)
{
    int b = __extension__(YIELD(a) ?: 7);
    int c = __extension__(b ?: YIELD(8));
    YIELD(c);
}
