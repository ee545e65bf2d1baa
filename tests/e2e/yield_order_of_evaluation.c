/* Where C leaves the order of evaluation open, yieldc evaluates operands
 * left to right (a call's function first) and an assignment's right side
 * before its left; an operand that runs before a YIELD keeps the value it
 * had then, even if the consumer changes it while the generator is
 * suspended. YIELD_FROM's value is the sub-generator's result. */
#include <yieldc.h>
#include <stdio.h>

static int global = 1;

static int show(const char *what, int v)
{
    printf("  %s %d\n", what, v);
    return v;
}

static int add3(int a, int b, int c)
{
    return a + b + c;
}

GENERATOR(int, void, int) sub(int n)
{
    YIELD(n);
    return n * 10;
}

GENERATOR(int, int, int) order(void)
{
    int a[3] = { 0, 0, 0 };
    int r;

    r = add3(show("first", 1), YIELD(100), show("third", 3));
    printf("add3: %d\n", r);
    r = YIELD(200) - YIELD(300);
    printf("200 - 300: %d\n", r);
    a[YIELD(400) % 3] = YIELD(500);
    printf("a: %d %d %d\n", a[0], a[1], a[2]);
    r = global + YIELD(600);
    printf("global read before the YIELD: %d\n", r);
    r = 1 + YIELD_FROM(sub(7));
    printf("1 + YIELD_FROM(sub(7)): %d\n", r);
    r = YIELD_FROM(sub(1)) + YIELD_FROM(sub(2));
    printf("sub(1) + sub(2): %d\n", r);
    return YIELD_FROM(sub(9));
}

int main(void)
{
    YIELDC_FRAME(order) g = order();
    int value, sent = 0;
    enum yieldc_status s = yieldc_next(&g.it, &value);

    while (s == YIELDC_VALUE) {
        printf("yielded %d\n", value);
        global = value * 10;        /* changed while the generator is suspended */
        sent = value + 1;
        s = yieldc_send(&g.it, &sent, &value);
    }
    printf("result %d\n", *(const int *)yieldc_result(&g.it));
    return 0;
}
