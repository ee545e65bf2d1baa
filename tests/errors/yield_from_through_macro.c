/* YIELD_FROM written through a macro is rejected, naming the macro. */
#include <yieldc.h>

#define DELEGATE(src) YIELD_FROM(src)

GENERATOR(int) one(void) { YIELD(1); }

GENERATOR(int) counter(void)
{
    DELEGATE(one());
    YIELD(2);
}
