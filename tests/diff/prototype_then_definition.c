/* A generator declared first by a prototype (`GENERATOR(int) name(int n);`,
 * and again with an unnamed parameter) and defined later in the file. */
#include "diff.h"

GENERATOR(int) countdown_from(int n);
GENERATOR(int) countdown_from(int);

static void show(int v)
{
    printf("%d\n", v);
}

static int halve(int v)
{
    return v / 2;
}

GENERATOR(int) countdown_from(int n)
{
    while (n > 0) {
        YIELD(n);
        n = halve(n) + (n % 3 == 0);
        printf("next %d\n", n);
    }
}

DIFF_MAIN(int, countdown_from, (20))
