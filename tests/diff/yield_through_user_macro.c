/* YIELD reached through user macros: `#define EMIT(x) YIELD(x)`, and a
 * macro through that one. */
#include "diff.h"

#define EMIT(x) YIELD(x)
#define EMIT_AGAIN(x) EMIT(x)
#define SQ(x) ((x) * (x))

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) emitter(int n)
{
    int base = 10;

    for (int i = 0; i < n; i++) {
        EMIT(i);
        EMIT(SQ(i) + base);
        base++;
    }
    EMIT_AGAIN(base * 2);
    if (n > 1)
        EMIT(-n);
}

DIFF_MAIN(int, emitter, (3))
