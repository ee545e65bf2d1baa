/* An undeclared type name: clang's diagnostic comes through. */
#include <yieldc.h>

GENERATOR(int) counter(void)
{
    widget w;

    YIELD(w);
}
