/* A user macro that expands to more than the YIELD: yieldc cannot keep the
 * rest of the macro's statements, so it asks for the YIELD to be written out. */
#include <yieldc.h>
#include <stdio.h>

#define LOG_AND_EMIT(x) do { printf("%d\n", x); YIELD(x); } while (0)

GENERATOR(int) counter(void)
{
    LOG_AND_EMIT(1);
}
