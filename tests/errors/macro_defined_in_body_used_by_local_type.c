/* A #define inside the generator body, used by a struct type declared
 * after it in the body: yieldc moves the type before the generator, where
 * the macro is not defined yet. */
#include <yieldc.h>
#include <stdio.h>

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) sized(int n)
{
#define SLOTS 3
    struct ring { int slot[SLOTS]; int head; };
    struct ring r = { { 0 }, 0 };
    int extra[SLOTS] = { 1, 1, 1 };

    for (int i = 0; i < n; i++) {
        r.slot[r.head] = i + extra[r.head];
        r.head = (r.head + 1) % SLOTS;
        YIELD(r.slot[0] + r.slot[1] + r.slot[2]);
    }
#undef SLOTS
}

