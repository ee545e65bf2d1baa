/* Every construct yieldc rewrites, in a program that is itself clean under
 * -Wall -Wextra -pedantic and the flags strict projects add (tests/CMakeLists.txt):
 * the generated code must add no warning, at -O0 and at -O3. */
#include <yieldc.h>
#include <stdio.h>
#include <string.h>

struct tree {
    int value;
    const struct tree *left, *right;
};

GENERATOR(int) inorder(const struct tree *t)
{
    if (!t)
        return;
    FOREACH (int x, inorder(t->left))
        YIELD(x);
    YIELD(t->value);
    YIELD_FROM(inorder(t->right));
}

GENERATOR(int, int, int) accumulate(int limit)
{
    int total = 0;
    int count = 0;

    for (;;) {
        int step = 1;           /* initialized before a YIELD in its block */
        int got = YIELD(total);
        if (got < 0 || count >= limit)
            return total;
        total += got * step;
        count++;
    }
}

GENERATOR(int) counted(int n)
{
    static int runs;
    char text[32] = "a";
    char tail[4] = "bc";

    runs++;
    DEFER(printf("counted: runs %d, text %s\n", runs, text));
    for (int i = 0; i < n; i++) {
        DEFER(printf("counted: leave %d\n", i));
        if (i == 1)
            continue;
        if (i == 3)
            break;
        YIELD((int)strlen(text));
        strcat(text, tail);
        switch (i % 3) {
        case 0:
            YIELD(100 + i);
            break;
        default:
            YIELD(200 + i);
            break;
        }
    }
}

GENERATOR(int) endless(void)
{
    int a = 0, b = 1;

    for (;;) {
        YIELD(a);
        int next = a + b;
        a = b;
        b = next;
    }
}

/* an endless loop last in a block with a DEFER: nothing reaches the block's end, so no jump
 * to the DEFER follows the loop (clang's -Wunreachable-code); closing the generator runs it */
GENERATOR(int) ticking(int start)
{
    DEFER(printf("ticking closed\n"));
    int t = start;

    for (;;) {
        for (int i = 0; i < 3; i++)
            if (i == 1)
                break;          /* leaves the inner loop only */
        YIELD(t++);
    }
}

static int twice(int v)
{
    return 2 * v;
}

GENERATOR(int, int) expressions(int n)
{
    int *p = (int[]){ 1, 2, 3 };

    if (n > 0 && YIELD(p[0]) > 10)
        YIELD(twice(YIELD(p[1])));
    while (YIELD(p[2]) < 5)
        p[2]++;
    for (int i = 0; i < 2; i += YIELD(i) + 1)   /* a step and a condition that yield, no continue */
        p[0]++;
    do
        p[1]++;
    while (YIELD(p[1]) < 3);
    YIELD(n ? twice(n) : YIELD(0));
    int k = (YIELD(-1), n);         /* a YIELD whose value is dropped */
    (void)YIELD(k);
    YIELD_FROM(GENEXPR(x * x, int x, endless()));
}

static GENERATOR(int) aligned(void);    /* declared first: its functions are declared once */

/* a local aligned beyond the iterator header makes the frame so too (clang's -Wcast-align);
 * const and volatile arrays are copied into the frame (-Wcast-qual) */
static GENERATOR(int) aligned(void)
{
    _Alignas(64) int block[4] = { 4, 5, 6, 7 };
    const int offsets[2] = { 0, 10 };
    volatile int scale[1] = { 1 };

    for (int i = 0; i < 4; i++)
        YIELD(block[i] * scale[0] + offsets[i % 2]);
}

int main(void)
{
    static const struct tree leaves[2] = { { 1, NULL, NULL }, { 3, NULL, NULL } };
    static const struct tree root = { 2, &leaves[0], &leaves[1] };

    FOREACH (int v, inorder(&root))
        printf("inorder %d\n", v);

    YIELDC_FRAME(accumulate) acc = accumulate(3);
    int total = 0;
    for (int in = 1; yieldc_send(&acc.it, &in, &total) == YIELDC_VALUE; in++)
        printf("total %d\n", total);
    const int *result = (const int *)yieldc_result(&acc.it);
    printf("result %d\n", result ? *result : -1);

    FOREACH (int v, counted(5))
        printf("counted %d\n", v);

    FOREACH (int v, endless()) {
        if (v > 10)
            break;
        printf("endless %d\n", v);
    }

    FOREACH (int v, aligned())
        printf("aligned %d\n", v);

    YIELDC_FRAME(expressions) e = expressions(3);
    int v, sent = 20;
    for (int k = 0; k < 16 && yieldc_send(&e.it, &sent, &v) == YIELDC_VALUE; k++)
        printf("expressions %d\n", v);
    yieldc_close(&e.it);

    YIELDC_FRAME(ticking) tk = ticking(7);
    int tick;
    for (int k = 0; k < 3 && yieldc_next(&tk.it, &tick) == YIELDC_VALUE; k++)
        printf("ticking %d\n", tick);
    yieldc_close(&tk.it);
    return 0;
}
