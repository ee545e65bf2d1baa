/* The frames of recursive sub-generators come from a pool the outermost
 * generator owns, whose memory comes from YIELDC_ALLOC and goes back
 * through YIELDC_FREE, which a program may define before including
 * yieldc.h. Counting them: a walk allocates the pool and a chunk, not a
 * frame per node (a deep walk a few chunks more); everything is freed,
 * with the size it was allocated with, when the walk ends, when a FOREACH
 * is left by break, or when the generator is closed. */
#include <stdio.h>
#include <stdlib.h>

static int allocations, frees, live, max_live;
static size_t live_bytes;

static void *counting_alloc(size_t size)
{
    allocations++;
    if (++live > max_live)
        max_live = live;
    live_bytes += size;
    return malloc(size);
}

static void counting_free(void *p, size_t size)
{
    frees++;
    live--;
    live_bytes -= size;
    free(p);
}

#define YIELDC_ALLOC(size) counting_alloc(size)
#define YIELDC_FREE(ptr, size) counting_free((ptr), (size))
#include <yieldc.h>

struct tree {
    int value;
    const struct tree *left, *right;
};

GENERATOR(int) inorder(const struct tree *t)
{
    if (!t)
        return;
    YIELD_FROM(inorder(t->left));
    YIELD(t->value);
    YIELD_FROM(inorder(t->right));
}

static void report(const char *what)
{
    printf("%s: allocations %d, frees %d, live %d, max live %d, live bytes %s\n", what, allocations, frees, live,
           max_live, live_bytes == 0 ? "0" : "some");
    allocations = frees = max_live = 0;
}

/* A tree that is a list of `n` nodes to the right: a walk `n` frames deep. */
static const struct tree *deep_list(int n)
{
    static struct tree nodes[300];
    for (int i = 0; i < n; i++)
        nodes[i] = (struct tree){ i, NULL, i + 1 < n ? &nodes[i + 1] : NULL };
    return &nodes[0];
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
    int v;

    FOREACH (int x, inorder(&root))
        printf("%d ", x);
    printf("\n");
    report("whole tree");

    FOREACH (int x, inorder(&root)) {
        printf("%d ", x);
        if (x == 3)
            break;
    }
    printf("\n");
    report("break at 3");

    YIELDC_FRAME(inorder) g = inorder(&root);
    yieldc_next(&g.it, &v);
    printf("first %d\n", v);
    report("suspended at 1");
    yieldc_close(&g.it);
    report("closed");

    FOREACH (int x, inorder(NULL))
        printf("never %d\n", x);
    report("empty tree");

    long sum = 0;
    FOREACH (int x, inorder(deep_list(300)))
        sum += x;
    printf("sum %ld\n", sum);
    report("300 deep");
    return 0;
}
