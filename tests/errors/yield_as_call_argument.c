/* A YIELD used as an argument receives a sent value: the generator must declare its sent type. */
#include <yieldc.h>

void consume(int v);

GENERATOR(int) counter(void)
{
    consume(YIELD(1));
}
