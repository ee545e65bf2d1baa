/* YIELD passed as an argument to a function call. */
#include <yieldc.h>

void consume(int v);

GENERATOR(int) counter(void)
{
    consume(YIELD(1));
}
