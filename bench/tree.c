/*
 * tree.c - the workload "tree walk": the in-order walk of a balanced
 * binary search tree of 2^20 nodes, per node. A run over n values takes
 * them from walks of that tree, one after the other, the last one left by
 * the consumer after its share (so that callgrind, which counts n and 2n
 * values, sees the depth of the whole tree without walking all of it).
 * Systems: recursion with a callback (which returns false to stop); an
 * explicit-stack iterator; the C++20 recursive coroutine of
 * coro_bench.cpp; yieldc written the Python way, with
 * YIELD_FROM(inorder(t->left)); and yieldc with a FOREACH over the
 * recursive call that YIELDs each value, unless yieldc rejects it:
 * run_benchmarks.sh then transpiles and builds this file with
 * BENCH_NO_FOREACH_RECURSION and reports the row as skipped.
 */
#include "bench.h"
#include "coro.h"
#include "tree.h"
#include <stdbool.h>
#include <stdlib.h>
#include <yieldc.h>

enum { TREE_NODES = 1 << 20 };

static const struct node *root;

/* The tree of the values lo..hi-1, its nodes taken from *next in pre-order, as a recursive builder allocates them. */
static const struct node *build(struct node **next, int lo, int hi)
{
    if (lo >= hi)
        return NULL;
    int mid = lo + (hi - lo) / 2;
    struct node *t = (*next)++;
    t->value = mid;
    t->left = build(next, lo, mid);
    t->right = build(next, mid + 1, hi);
    return t;
}

/* n values from successive walks, each `walk` taking the first `take` values of one walk */
static unsigned long walks(long n, unsigned long (*walk)(long take))
{
    unsigned long sum = 0;

    for (; n > 0; n -= TREE_NODES)
        sum += walk(n < TREE_NODES ? n : TREE_NODES);
    return sum;
}

/* ---- recursion with a callback */

struct take_sum {
    long left;
    unsigned long sum;
};

static bool add_value(void *ctx, int value)
{
    struct take_sum *s = ctx;

    s->sum += (unsigned long)bench_opaque(value);
    return --s->left > 0;
}

/* calls visit(ctx, value) in order until it returns false; false when stopped */
static bool visit_inorder(const struct node *t, bool (*visit)(void *ctx, int value), void *ctx)
{
    if (!t)
        return true;
    return visit_inorder(t->left, visit, ctx) && visit(ctx, t->value) && visit_inorder(t->right, visit, ctx);
}

static unsigned long callback_walk(long take)
{
    struct take_sum s = { take, 0 };

    visit_inorder(root, add_value, &s);
    return s.sum;
}

/* ---- explicit-stack iterator */

struct tree_iter {
    const struct node *next;            /* the subtree to descend into next */
    int depth;
    const struct node *stack[64];       /* the ancestors whose value comes next */
};

static bool tree_iter_next(struct tree_iter *it, int *out)
{
    for (const struct node *t = it->next; t; t = t->left)
        it->stack[it->depth++] = t;
    if (it->depth == 0)
        return false;
    const struct node *t = it->stack[--it->depth];
    *out = t->value;
    it->next = t->right;
    return true;
}

static unsigned long iter_walk(long take)
{
    struct tree_iter it = { root, 0, { NULL } };
    unsigned long sum = 0;
    int v;

    while (take-- > 0 && tree_iter_next(&it, &v))
        sum += (unsigned long)bench_opaque(v);
    return sum;
}

/* ---- yieldc */

static GENERATOR(int) inorder(const struct node *t)
{
    if (!t)
        return;
    YIELD_FROM(inorder(t->left));
    YIELD(t->value);
    YIELD_FROM(inorder(t->right));
}

/* the sum of the first `take` values of a walk, which is then closed (its sub-frames freed) */
static unsigned long take_sum(struct yieldc_iter *walk, long take)
{
    unsigned long sum = 0;

    FOREACH (int v, walk) {
        sum += (unsigned long)bench_opaque(v);
        if (--take == 0)
            break;
    }
    yieldc_close(walk);
    return sum;
}

static unsigned long yieldc_walk(long take)
{
    YIELDC_FRAME(inorder) walk = inorder(root);

    return take_sum(&walk.it, take);
}

#ifndef BENCH_NO_FOREACH_RECURSION
static GENERATOR(int) inorder_foreach(const struct node *t)
{
    if (!t)
        return;
    FOREACH (int x, inorder_foreach(t->left))
        YIELD(x);
    YIELD(t->value);
    FOREACH (int x, inorder_foreach(t->right))
        YIELD(x);
}

static unsigned long yieldc_foreach_walk(long take)
{
    YIELDC_FRAME(inorder_foreach) walk = inorder_foreach(root);

    return take_sum(&walk.it, take);
}
#endif

static unsigned long coro_walk(long take)
{
    return coro_tree_walk(root, take);
}

static unsigned long callback_run(long n) { return walks(n, callback_walk); }
static unsigned long iter_run(long n) { return walks(n, iter_walk); }
static unsigned long coro_run(long n) { return walks(n, coro_walk); }
static unsigned long yieldc_run(long n) { return walks(n, yieldc_walk); }
#ifndef BENCH_NO_FOREACH_RECURSION
static unsigned long yieldc_foreach_run(long n) { return walks(n, yieldc_foreach_walk); }
#endif

static const struct bench_case cases[] = {
    { "tree", "callback", callback_run },
    { "tree", "iter", iter_run },
    { "tree", "coro", coro_run },
    { "tree", "yieldc", yieldc_run },
#ifndef BENCH_NO_FOREACH_RECURSION
    { "tree", "yieldc_foreach", yieldc_foreach_run },
#endif
};

int main(int argc, char **argv)
{
    static const struct bench_program program = {
        .time_n = TREE_NODES, .count_n = 1 << 16, .rounds = 5,
        .cases = cases, .ncases = sizeof cases / sizeof *cases,
    };
    struct node *nodes = malloc(TREE_NODES * sizeof *nodes);

    if (!nodes)
        return 1;
    root = build(&nodes, 0, TREE_NODES);
    return bench_main(argc, argv, &program);
}
