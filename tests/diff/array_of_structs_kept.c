/* An array of structs, initialized with nested braces, updated element by
 * element across YIELDs. */
#include "diff.h"

struct item {
    const char *name;
    int qty;
};

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) inventory(int restock)
{
    struct item items[3] = { { "apple", 3 }, { "pear", 0 }, { "plum", 5 } };
    struct item *best = &items[0];

    for (int i = 0; i < 3; i++) {
        printf("checking %s\n", items[i].name);
        YIELD(items[i].qty);
        items[i].qty += restock * (i + 1);
        if (items[i].qty > best->qty)
            best = &items[i];
    }
    for (int i = 0; i < 3; i++)
        YIELD(items[i].qty);
    printf("best %s with %d\n", best->name, best->qty);
    YIELD((int)(best - items));
}

DIFF_MAIN(int, inventory, (2))
