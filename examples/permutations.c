/* Permutations by a recursive generator, in the order of Python's
 * itertools.permutations. Mirrors the Python
 *
 *     def permutations(items, r, prefix=""):
 *         if len(prefix) == r:
 *             yield prefix
 *             return
 *         for item in items:
 *             if item not in prefix:          # items are distinct
 *                 yield from permutations(items, r, prefix + item)
 *
 *     for p in permutations("ABC", 3):
 *         print(p)
 *     print(*permutations("ABCD", 2))
 *     print(sum(1 for _ in permutations("ABCDEF", 6)))
 *
 * Each level picks one more item and delegates the rest to itself with
 * YIELD_FROM; a permutation is a small struct, yielded by value.
 */
#include <yieldc.h>
#include <stdio.h>
#include <string.h>

#define MAX_ITEMS 16

struct permutation {
    char items[MAX_ITEMS + 1];  /* a string of distinct characters */
};

GENERATOR(struct permutation) permutations(const char *items, size_t r, struct permutation prefix)
{
    size_t len = strlen(prefix.items);

    if (len == r) {
        YIELD(prefix);
        return;
    }
    for (const char *item = items; *item; item++) {
        if (strchr(prefix.items, *item))
            continue;                   /* already in this permutation */
        struct permutation longer = prefix;
        longer.items[len] = *item;
        longer.items[len + 1] = '\0';
        YIELD_FROM(permutations(items, r, longer));
    }
}

int main(void)
{
    const struct permutation empty = { "" };
    const char *sep = "";
    int count = 0;

    FOREACH (struct permutation p, permutations("ABC", 3, empty))
        printf("%s\n", p.items);

    FOREACH (struct permutation p, permutations("ABCD", 2, empty)) {
        printf("%s%s", sep, p.items);
        sep = " ";
    }
    printf("\n");

    FOREACH (struct permutation p, permutations("ABCDEF", 6, empty)) {
        (void)p;
        count++;
    }
    printf("%d\n", count);
    return 0;
}
