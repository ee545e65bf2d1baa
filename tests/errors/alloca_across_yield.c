/* alloca memory belongs to the resume function's stack frame, gone after a YIELD. */
#include <yieldc.h>
#include <alloca.h>

GENERATOR(int) counter(int n)
{
    int *buf = alloca(sizeof(int) * (unsigned)n);

    buf[0] = n;
    YIELD(buf[0]);
}
