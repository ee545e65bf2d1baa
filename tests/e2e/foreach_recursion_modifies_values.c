/* Recursion through FOREACH that changes each value before yielding it
 * again (Python: `for c in combos(rest, k - 1): yield [first] + c`): the
 * combinations of k items, each built by the level that chose its first
 * item, and the permutations of a string, built the same way. */
#include <yieldc.h>
#include <stdio.h>
#include <string.h>

struct combo {
    int n;
    int items[8];
};

GENERATOR(struct combo) combinations(const int *items, int n, int k)
{
    if (k == 0) {
        YIELD((struct combo){ 0, { 0 } });
        return;
    }
    for (int i = 0; i + k <= n; i++) {
        FOREACH (struct combo c, combinations(items + i + 1, n - i - 1, k - 1)) {
            memmove(c.items + 1, c.items, (size_t)c.n * sizeof c.items[0]);
            c.items[0] = items[i];
            c.n++;
            YIELD(c);
        }
    }
}

struct word {
    char text[8];
};

GENERATOR(struct word) permutations(const char *letters)
{
    size_t n = strlen(letters);
    if (n <= 1) {
        struct word w = { { 0 } };
        memcpy(w.text, letters, n);
        YIELD(w);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        char rest[8];
        memcpy(rest, letters, i);
        memcpy(rest + i, letters + i + 1, n - i);     /* with its terminating zero */
        FOREACH (struct word w, permutations(rest)) {
            memmove(w.text + 1, w.text, strlen(w.text) + 1);
            w.text[0] = letters[i];
            YIELD(w);
        }
    }
}

int main(void)
{
    static const int items[] = { 1, 2, 3, 4, 5 };
    int count = 0;

    FOREACH (struct combo c, combinations(items, 5, 3)) {
        printf("(");
        for (int i = 0; i < c.n; i++)
            printf("%s%d", i ? " " : "", c.items[i]);
        printf(")");
        count++;
    }
    printf("\n%d combinations\n", count);
    FOREACH (struct word w, permutations("abc"))
        printf("%s ", w.text);
    printf("\n");
    return 0;
}
