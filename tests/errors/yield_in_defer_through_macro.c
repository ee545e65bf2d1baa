/* An error inside a macro that yieldc expanded in place: the message points
 * into the expansion, and a note at the macro's definition. */
#include <yieldc.h>

#define CLEANUP_BY_YIELDING() DEFER(YIELD(0))

GENERATOR(int) g(void)
{
    CLEANUP_BY_YIELDING();
    YIELD(1);
}
