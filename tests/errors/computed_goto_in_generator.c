/* A computed goto cannot be mapped onto the generator's resume points. */
#include <yieldc.h>

GENERATOR(int) counter(void *p)
{
    YIELD(1);
    goto *p;
}
