/* GENERATOR(const char *): string literals, a frame char buffer (shown
 * before it is changed), a parameter, __func__ and a conditional. */
#include "diff.h"

static void show(const char *v)
{
    printf("[%s]\n", v);
}

GENERATOR(const char *) words(const char *text, int n)
{
    static const char *const names[] = { "zero", "one", "two" };
    char buf[16] = "local";

    for (int i = 0; i < 3; i++)
        YIELD(names[i]);
    YIELD(buf);
    buf[0] = 'L';
    YIELD(buf);
    YIELD(text);
    YIELD(text + 2);
    YIELD(__func__);
    YIELD(n > 0 ? "yes" : "no");
}

DIFF_MAIN(const char *, words, ("message", 1))
