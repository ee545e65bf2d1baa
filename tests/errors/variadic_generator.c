/* A variadic generator: its body runs after the '...' arguments are gone. */
#include <yieldc.h>

GENERATOR(int) numbers(int count, ...)
{
    YIELD(count);
}
