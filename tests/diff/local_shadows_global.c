/* A local that shadows a global: before its declaration the name means the
 * global, after it the local; a block-scope extern reaches the global
 * again. The global is printed as well. */
#include "diff.h"

int level = 5;

static int read_level(void)
{
    return level;
}

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) shadow_global(int n)
{
    YIELD(level);
    level += 1;
    int level = n;
    YIELD(level);
    level += 10;
    printf("global %d, local %d\n", read_level(), level);
    YIELD(level);
    {
        extern int level;
        level *= 2;
        YIELD(level);
    }
    YIELD(level);
    printf("global %d, local %d\n", read_level(), level);
}

DIFF_MAIN(int, shadow_global, (3))
