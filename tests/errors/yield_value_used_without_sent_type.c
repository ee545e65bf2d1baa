/* x = YIELD(v) receives a sent value: the generator must declare its sent type. */
#include <yieldc.h>

GENERATOR(int) counter(void)
{
    int x;

    x = YIELD(1);
    (void)x;
}
