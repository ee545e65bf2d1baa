/* A recursive generator: the in-order walk of a binary search tree, each
 * subtree handed on with YIELD_FROM. Mirrors the Python
 *
 *     def inorder(node):
 *         if node is None:
 *             return
 *         yield from inorder(node.left)
 *         yield node.value
 *         yield from inorder(node.right)
 *
 *     root = None
 *     for v in [8, 3, 10, 1, 6, 14, 4, 7, 13]:
 *         root = insert(root, v)
 *     print(*inorder(root))             # 1 3 4 6 7 8 10 13 14
 *     for v in inorder(root):           # stop early: the walk is closed
 *         if v > 5:
 *             break
 *         print(v)
 *
 * A generator that delegates to itself cannot hold its sub-generator's frame
 * inside its own, so each level's frame comes from YIELDC_ALLOC (malloc by
 * default) and is freed when that level ends or the walk is closed.
 */
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>

struct node {
    int value;
    struct node *left, *right;
};

static struct node *insert(struct node *root, int value)
{
    if (!root) {
        root = malloc(sizeof *root);
        if (!root)
            abort();
        *root = (struct node){ value, NULL, NULL };
    } else if (value < root->value) {
        root->left = insert(root->left, value);
    } else {
        root->right = insert(root->right, value);
    }
    return root;
}

static void free_tree(struct node *root)
{
    if (root) {
        free_tree(root->left);
        free_tree(root->right);
        free(root);
    }
}

GENERATOR(int) inorder(const struct node *node)
{
    if (!node)
        return;
    YIELD_FROM(inorder(node->left));
    YIELD(node->value);
    YIELD_FROM(inorder(node->right));
}

int main(void)
{
    static const int values[] = { 8, 3, 10, 1, 6, 14, 4, 7, 13 };
    struct node *root = NULL;

    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        root = insert(root, values[i]);

    const char *sep = "";
    FOREACH (int v, inorder(root)) {
        printf("%s%d", sep, v);
        sep = " ";
    }
    printf("\n");

    FOREACH (int v, inorder(root)) {
        if (v > 5)
            break;          /* closes the walk, freeing the frames of every level */
        printf("%d\n", v);
    }
    free_tree(root);
    return 0;
}
