/* Two YIELDs whose values one statement uses: each needs its own suspension. */
#include <yieldc.h>

GENERATOR(int, int) adder(void)
{
    int sum = YIELD(1) + YIELD(2);
    (void)sum;
}
