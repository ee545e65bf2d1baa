/* Permutations by a recursive generator: each level picks an unused item
 * and delegates the rest to itself with YIELD_FROM. The order is that of
 * Python's itertools.permutations(items, r): for "abc", abc acb bac bca cab
 * cba. Also r < n, r = 0 (one empty permutation), r > n (none) and the
 * count for n = 6. */
#include <yieldc.h>
#include <stdio.h>
#include <string.h>

#define MAX_ITEMS 8

struct perm {
    int len;
    char items[MAX_ITEMS + 1];
};

GENERATOR(struct perm) permute(const char *items, int r, struct perm prefix, unsigned used)
{
    int n = (int)strlen(items);

    if (prefix.len == r) {
        YIELD(prefix);
        return;
    }
    for (int i = 0; i < n; i++) {
        if (used & (1u << i))
            continue;
        struct perm longer = prefix;
        longer.items[longer.len++] = items[i];
        longer.items[longer.len] = '\0';
        YIELD_FROM(permute(items, r, longer, used | (1u << i)));
    }
}

static void show(const char *items, int r)
{
    int count = 0;

    printf("permutations(\"%s\", %d):", items, r);
    FOREACH (struct perm p, permute(items, r, (struct perm){ 0, "" }, 0)) {
        printf(" [%s]", p.items);
        count++;
    }
    printf(" (%d)\n", count);
}

int main(void)
{
    int count = 0;
    struct perm last = { 0, "" };

    show("abc", 3);
    show("abcd", 2);
    show("ab", 0);
    show("ab", 3);
    show("", 0);
    FOREACH (struct perm p, permute("abcdef", 6, (struct perm){ 0, "" }, 0)) {
        count++;
        last = p;
    }
    printf("permutations(\"abcdef\", 6): %d, last %s\n", count, last.items);
    return 0;
}
