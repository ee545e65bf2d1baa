/* An undeclared type name: clang's diagnostic comes through. */
#include <yieldc.h>

GENERATOR(int) counter(widget w)
{
    YIELD(1);
}
