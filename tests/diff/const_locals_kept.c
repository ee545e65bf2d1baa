/* const locals in the frame: a const int computed from a parameter, a
 * const struct, a const pointer to a mutable int, a const array and a
 * pointer to const chars. */
#include "diff.h"

struct pair {
    int a, b;
};

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) constants(int n)
{
    const int k = n * 2;
    const struct pair cp = { 3, 4 };
    int v = 5;
    int *const fixed = &v;
    const int table[3] = { 10, 20, 30 };
    const char *label = "const";

    for (int i = 0; i < 3; i++) {
        YIELD(k + table[i]);
        *fixed += cp.a;
        printf("%s %d\n", label, v);
        label++;
    }
    YIELD(cp.b + *fixed);
    YIELD(k);
}

DIFF_MAIN(int, constants, (7))
