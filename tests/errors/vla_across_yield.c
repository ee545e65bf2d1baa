/* A variable-length array live across a YIELD cannot be kept in the frame. */
#include <yieldc.h>

GENERATOR(int) counter(int n)
{
    int buf[n];

    buf[0] = n;
    YIELD(buf[0]);
}
