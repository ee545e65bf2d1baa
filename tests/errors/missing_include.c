/* A header that does not exist. */
#include <yieldc.h>
#include "no_such_header.h"

GENERATOR(int) counter(void)
{
    YIELD(1);
}
