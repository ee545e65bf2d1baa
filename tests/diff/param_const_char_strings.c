/* `const char *` string parameters walked with a pointer across YIELDs. */
#include "diff.h"

#include <string.h>

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) letters(const char *word, const char *sep)
{
    for (const char *p = word; *p; p++) {
        YIELD(*p);
        printf("%s%s\n", p, sep);
    }
    YIELD((int)strlen(word));
    word = sep;
    YIELD(word[0]);
}

DIFF_MAIN(int, letters, ("abc", "|"))
