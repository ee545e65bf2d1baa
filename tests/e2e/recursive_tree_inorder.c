/* A recursive generator: the in-order traversal of a binary search tree,
 * each subtree delegated to with YIELD_FROM(inorder(child)). Covers a
 * balanced tree, an empty tree, a degenerate one 200 levels deep, a FOREACH
 * left by break half-way (the allocated sub-frames are closed and freed),
 * and a close while suspended deep inside. */
#include <yieldc.h>
#include <stdio.h>

struct tree {
    int value;
    struct tree *left, *right;
};

static struct tree pool[256];
static int used;

static struct tree *insert(struct tree *t, int value)
{
    if (!t) {
        t = &pool[used++];
        *t = (struct tree){ value, NULL, NULL };
    } else if (value < t->value) {
        t->left = insert(t->left, value);
    } else {
        t->right = insert(t->right, value);
    }
    return t;
}

GENERATOR(int) inorder(const struct tree *t)
{
    if (!t)
        return;
    YIELD_FROM(inorder(t->left));
    YIELD(t->value);
    YIELD_FROM(inorder(t->right));
}

int main(void)
{
    static const int values[] = { 50, 30, 70, 20, 40, 60, 80, 35, 45, 65 };
    struct tree *root = NULL, *deep = NULL;
    int v, count = 0, last = -1, sorted = 1;

    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        root = insert(root, values[i]);
    FOREACH (int x, inorder(root))
        printf("%d ", x);
    printf("\n");

    FOREACH (int x, inorder(NULL))
        printf("never %d\n", x);
    printf("empty tree done\n");

    for (int i = 200; i > 0; i--)
        deep = insert(deep, i);     /* each a left child: 200 levels */
    FOREACH (int x, inorder(deep)) {
        sorted &= x > last;
        last = x;
        count++;
    }
    printf("deep: %d values, sorted %d, last %d\n", count, sorted, last);

    FOREACH (int x, inorder(deep)) {
        if (x == 100) {
            printf("break at %d\n", x);
            break;
        }
    }

    YIELDC_FRAME(inorder) g = inorder(root);
    for (int i = 0; i < 4 && yieldc_next(&g.it, &v) == YIELDC_VALUE; i++)
        printf("manual %d\n", v);
    yieldc_close(&g.it);
    printf("closed, next: %s\n", yieldc_next(&g.it, &v) == YIELDC_END ? "END" : "VALUE");
    return 0;
}
