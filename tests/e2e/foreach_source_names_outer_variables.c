/* A FOREACH's source is evaluated before its variable exists: a name in the
 * source that the loop variable also declares means the outer one. */
#include <stdio.h>
#include <yieldc.h>

static GENERATOR(int) upto(int n)
{
    for (int i = 0; i < n; i++)
        YIELD(i);
}

static const char *const words[] = { "one", "two", "three" };

static GENERATOR(const char *) each_word(const char *const *w, int n)
{
    for (int i = 0; i < n; i++)
        YIELD(w[i]);
}

/* In a generator: the loop variable lives in the frame. */
static GENERATOR(int) shifted(int v)
{
    FOREACH (int v, upto(v))    /* upto(the parameter) */
        YIELD(v + 100);
    FOREACH (unsigned v, GENEXPR(v * 2u + (unsigned)x, int x, upto(3)))   /* GENEXPR names the parameter */
        YIELD((int)v);
}

int main(void)
{
    int n = 3;
    FOREACH (int n, upto(n))
        printf("n %d\n", n);
    printf("after: n %d\n", n);

    const char *const *w = words;
    FOREACH (const char *w, each_word(w, 3))
        printf("word %s\n", w);

    unsigned g = 5;
    FOREACH (unsigned g, GENEXPR_IF(g * (unsigned)x, int x, upto(4), x != 2))
        printf("g %u\n", g);

    FOREACH (int s, shifted(2))
        printf("shifted %d\n", s);
    return 0;
}
