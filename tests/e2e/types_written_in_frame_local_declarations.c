/* Locals that live across a YIELD whose type is written in their own
 * declaration: a struct with a tag, structs, a union and an enum without
 * one, an array of such a struct, a const one, one in a for's first clause
 * and a packed one. The type moves before the frame (one without a tag gets
 * one), and the body goes on using it. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) shapes(int n)
{
    struct { int a, b; } s = { n, n + 1 };
    struct point { int x, y; } p = { 10, 20 }, *pp = &p;
    enum { RED = 5, GREEN } c = GREEN;
    union { int i; float f; } u;
    struct { int v; } arr[2] = { { 7 }, { 8 } };
    const struct { int k; } fixed = { 100 };

    u.i = 3;
    YIELD(s.a);
    YIELD(s.b);
    YIELD(pp->y);
    struct point q = p;                 /* the tag is still known in the body */
    YIELD(q.x + (int)c + u.i);
    YIELD(arr[1].v + fixed.k);
    for (struct { int i; } it = { 0 }; it.i < 2; it.i++)
        YIELD(-it.i);
    struct __attribute__((packed)) { char c; int v; } packed = { 'x', 42 };
    YIELD(packed.v);
}

GENERATOR(int) another(void)
{
    struct { int a; } s = { 77 };       /* the same text as above, a type of its own */
    YIELD(s.a);
    YIELD(s.a + 1);
}

int main(void)
{
    FOREACH (int v, shapes(1))
        printf("%d ", v);
    FOREACH (int v, another())
        printf("%d ", v);
    printf("\n");
    return 0;
}
