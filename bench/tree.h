/*
 * tree.h - the binary tree the tree workload walks (tree.c builds it,
 * coro_bench.cpp walks it too): a node holds its value and two children.
 */
#ifndef BENCH_TREE_H
#define BENCH_TREE_H

struct node {
    const struct node *left, *right;
    int value;
};

#endif /* BENCH_TREE_H */
