/* alloca (a GNU extension) used only after the last YIELD of the body. */
#include "diff.h"

#include <alloca.h>
#include <string.h>

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) scratch(int n)
{
    for (int i = 0; i < n; i++)
        YIELD(i);
    char *buf = alloca((size_t)n + 1);
    memset(buf, 'a', (size_t)n);
    buf[n] = '\0';
    buf[0] = 'A';
    printf("%s\n", buf);
}

DIFF_MAIN(int, scratch, (5))
