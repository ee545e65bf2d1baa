/* A DEFER whose statement YIELDs: it runs while the generator ends or is closed. */
#include <yieldc.h>

GENERATOR(int) counter(void)
{
    DEFER(YIELD(0));
    YIELD(1);
}
