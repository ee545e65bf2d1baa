/* A YIELD's value under '?:' would be received even when its branch is not taken. */
#include <yieldc.h>

GENERATOR(int, int) picker(int c)
{
    int x;

    x = c ? YIELD(1) : 0;
    (void)x;
}
