/* A variable of a file-scope struct type without a tag, live across a
 * YIELD: the frame can name only a type with a tag or a typedef name. */
#include <yieldc.h>

static struct { int a; } origin;

GENERATOR(int) counter(void)
{
    __typeof__(origin) s;

    s.a = 1;
    YIELD(s.a);
    YIELD(s.a + 1);
}
