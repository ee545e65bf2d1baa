/* A YIELD's value used inside a larger statement: as a call argument
 * (`printf("%d\n", YIELD(x));`), nested in calls, with compound assignment,
 * as an array index target, a struct member, an initializer list, a
 * compound literal, a cast to void, and `return YIELD(v);`. The statement
 * runs once, after the resume, with the value sent. */
#include <yieldc.h>
#include <stdio.h>

struct pair {
    int a, b;
};

static int twice(int v)
{
    return 2 * v;
}

GENERATOR(int, int, int) expressions(void)
{
    int total = 10, slots[3] = { 0, 0, 0 }, i = 0;
    struct pair p;

    printf("  printed %d\n", YIELD(1));
    printf("  twice plus one %d\n", twice(YIELD(2)) + 1);
    total += YIELD(total);
    printf("  total %d\n", total);
    slots[i++] = YIELD(3);
    slots[i++] = YIELD(4);
    printf("  slots %d %d %d, i %d\n", slots[0], slots[1], slots[2], i);
    p.a = YIELD(5);
    p.b = p.a * 10;
    printf("  pair %d %d\n", p.a, p.b);
    struct pair q = { YIELD(6), 7 };
    printf("  q %d %d\n", q.a, q.b);
    p = (struct pair){ .a = 8, .b = YIELD(8) };
    printf("  p %d %d\n", p.a, p.b);
    (void)YIELD(9);
    printf("  after the ignored value\n");
    return YIELD(10) + 1000;
}

int main(void)
{
    YIELDC_FRAME(expressions) g = expressions();
    int out, in = 100;

    if (yieldc_next(&g.it, &out) == YIELDC_VALUE)
        printf("first %d\n", out);
    while (yieldc_send(&g.it, &in, &out) == YIELDC_VALUE) {
        printf("sent %d, got %d\n", in, out);
        in++;
    }
    printf("result %d\n", *(const int *)yieldc_result(&g.it));
    return 0;
}
