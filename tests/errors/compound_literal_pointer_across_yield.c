/* A pointer to a compound literal (`int *p = (int[]){...}`) used after a
 * YIELD: the literal lives on the resume function's stack, which a YIELD
 * leaves, so yieldc rejects it. */
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

