/* Macros holding generator constructs, expanded in place with the
 * definition in effect where they are used: a helper macro defined in a
 * generator's body and #undef'd at its end, an X-macro list expanded with
 * two definitions of X in turn, a macro of a system header redefined, and
 * an #undef in a comment, which undefines nothing. */
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>

#define COLORS X(red) X(green) X(blue)

GENERATOR(int) steps(void)
{
#define STEP(v) YIELD(v)
    STEP(1);
    STEP(2);
#undef STEP
}

GENERATOR(const char *) names(void)
{
#define X(c) YIELD(#c);
    COLORS
#undef X
}

#define X(c) printf("plain %s\n", #c);

static void plain(void)
{
    COLORS
}

#undef X
#define X(c) YIELD(sizeof #c);

GENERATOR(size_t) sizes(void)
{
    COLORS
}

/* #undef X: in a comment, so X stays as above */
GENERATOR(size_t) sizes_again(void)
{
    COLORS
}

#undef EXIT_SUCCESS
#define EXIT_SUCCESS YIELD(42)

GENERATOR(int) answer(void)
{
    EXIT_SUCCESS;
}

#undef EXIT_SUCCESS
#define EXIT_SUCCESS 0

int main(void)
{
    FOREACH (int v, steps())
        printf("steps %d\n", v);
    FOREACH (const char *s, names())
        printf("names %s\n", s);
    plain();
    FOREACH (size_t n, sizes())
        printf("sizes %zu\n", n);
    FOREACH (size_t n, sizes_again())
        printf("sizes_again %zu\n", n);
    FOREACH (int v, answer())
        printf("answer %d\n", v);
    return EXIT_SUCCESS;
}
