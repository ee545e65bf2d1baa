/* A variable of an untagged struct type live across a YIELD: the frame
 * struct, outside the function, cannot name its type. */
#include <yieldc.h>

GENERATOR(int) counter(void)
{
    struct { int a; } s;

    s.a = 1;
    YIELD(s.a);
}
