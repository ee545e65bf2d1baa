/* A pointer to a compound literal (`int *p = (int[]){...}`) used after a
 * YIELD: the literal would live on the resume function's stack, which a
 * YIELD leaves, so yieldc keeps it in the frame (copied there each time it
 * is evaluated). A literal only read (indexed, under a binary `&`) stays
 * where it is. */
#include <yieldc.h>
#include <stdio.h>

struct pt {
    int x, y;
};

/* The consumer uses some stack of its own, as real consumers do: memory
 * that a YIELD wrongly released gets overwritten. */
static void show(int v)
{
    volatile char scratch[512];

    for (int i = 0; i < 512; i++)
        scratch[i] = (char)(i & 0x7f);
    printf("%d\n", v + scratch[0]);
}

GENERATOR(int) walk_literal(int n)
{
    int *p = (int[]){ 10, 20, 30, 40 };
    struct pt *q = &(struct pt){ 1, 2 };

    for (int i = 0; i < 4; i++) {
        YIELD(p[i] + n);
        printf("checked %d\n", i);
    }
    q->x += 5;
    YIELD(q->x + q->y);
}


GENERATOR(unsigned) masks(void)
{
    for (unsigned i = 0; i < 2; i++) {
        YIELD(7u & ((const unsigned[2]){ 5u, 6u })[i]);
        YIELD(((const unsigned[]){ 9u, 10u })[i] & 3u);
    }
}

int main(void)
{
    FOREACH (int v, walk_literal(100))
        show(v);
    FOREACH (unsigned m, masks())
        printf("mask %u\n", m);
    return 0;
}
