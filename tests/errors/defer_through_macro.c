/* DEFER written through a macro is rejected: it must be written directly. */
#include <yieldc.h>
#include <stdio.h>

#define AT_EXIT(what) DEFER(printf("%s\n", what))

GENERATOR(int) counter(void)
{
    AT_EXIT("done");
    YIELD(1);
}
