/* YIELD hidden in a user macro: yieldc rewrites only YIELDs written directly. */
#include <yieldc.h>

#define EMIT(x) YIELD(x)

GENERATOR(int) counter(void)
{
    EMIT(1);
}
