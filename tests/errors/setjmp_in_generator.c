/* setjmp in a generator: the jump buffer cannot survive a YIELD. */
#include <yieldc.h>
#include <setjmp.h>

static jmp_buf env;

GENERATOR(int) counter(void)
{
    if (setjmp(env) == 0)
        YIELD(1);
}
