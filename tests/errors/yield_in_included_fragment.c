#include <yieldc.h>

GENERATOR(int) pieces(void)
{
    YIELD(1);
#include "yield_in_included_fragment.inc"
}
