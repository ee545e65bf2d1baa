/* A generator of `const char *`: it yields string literals, elements of a
 * string array parameter, and pointers into a string (successive suffixes). */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(const char *) words(const char *const *list, int n)
{
    int i;

    YIELD("begin");
    for (i = 0; i < n; i++)
        YIELD(list[i]);
    YIELD("end");
}

GENERATOR(const char *) suffixes(const char *s)
{
    while (*s) {
        YIELD(s);
        s++;
    }
}

int main(void)
{
    static const char *const animals[] = { "cat", "dog", "emu" };

    FOREACH (const char *w, words(animals, 3))
        printf("[%s]\n", w);
    FOREACH (const char *t, suffixes("abcd"))
        printf("suffix %s\n", t);
    return 0;
}
