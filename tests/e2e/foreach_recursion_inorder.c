/* Recursion through FOREACH, the Python way (`for x in inorder(t.left):
 * yield x`): the loop over the generator's own call keeps that call's frame
 * across the YIELD in its body, so the frame comes from the pool of
 * sub-frames. Breaking out of the walk, and closing it while suspended
 * deep inside, close every level (their DEFERs run innermost first). */
#include <yieldc.h>
#include <stdio.h>

struct tree {
    int value;
    const struct tree *left, *right;
};

GENERATOR(int) inorder(const struct tree *t)
{
    if (!t)
        return;
    DEFER(if (t->value % 2 == 0) printf("(leave %d)", t->value));
    FOREACH (int x, inorder(t->left))
        YIELD(x);
    YIELD(t->value);
    FOREACH (int x, inorder(t->right))
        YIELD(x);
}

int main(void)
{
    /*        4
     *      2   6
     *     1 3 5 7      */
    static const struct tree n1 = { 1, NULL, NULL }, n3 = { 3, NULL, NULL };
    static const struct tree n5 = { 5, NULL, NULL }, n7 = { 7, NULL, NULL };
    static const struct tree n2 = { 2, &n1, &n3 }, n6 = { 6, &n5, &n7 };
    static const struct tree root = { 4, &n2, &n6 };

    FOREACH (int x, inorder(&root))
        printf(" %d", x);
    printf("\n");

    FOREACH (int x, inorder(&root)) {
        printf(" %d", x);
        if (x == 5)
            break;
    }
    printf("\n");

    YIELDC_FRAME(inorder) g = inorder(&root);
    int v;
    yieldc_next(&g.it, &v);
    printf("first %d, close:", v);
    yieldc_close(&g.it);
    printf("\nended %d\n", yieldc_ended(&g.it));
    return 0;
}
