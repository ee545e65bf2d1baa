/* A sent type written with a declarator: it goes through a typedef too. */
#include <yieldc.h>

GENERATOR(int, int (*)(int)) apply(int x)
{
    int (*f)(int) = YIELD(x);
    YIELD(f(x));
}
