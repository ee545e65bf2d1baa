/* The value of YIELD_FROM(sub(...)) is the sub-generator's result, in every
 * statement form: assignment, declaration, compound assignment, call
 * argument, struct result, `return YIELD_FROM(...)`, and discarded. A sub
 * that ends with a plain return or falls off the end gives 0; one that
 * yields nothing gives its result at once. (Python's `yield from`.) */
#include <yieldc.h>
#include <stdio.h>

struct range_info {
    int first, last, count;
};

GENERATOR(int, void, int) count_to(int n)
{
    for (int i = 1; i <= n; i++)
        YIELD(i);
    return n * 10;
}

GENERATOR(int, void, struct range_info) described(int from, int to)
{
    struct range_info info = { from, to - 1, 0 };

    for (int i = from; i < to; i++) {
        YIELD(i);
        info.count++;
    }
    return info;
}

GENERATOR(int, void, int) early(int stop)
{
    YIELD(stop);
    if (stop)
        return;
    YIELD(stop + 1);
}

GENERATOR(int, void, int) forms(void)
{
    int r;

    r = YIELD_FROM(count_to(2));
    printf("  assigned %d\n", r);
    int d = YIELD_FROM(count_to(1));
    printf("  declared %d\n", d);
    d += YIELD_FROM(count_to(0));
    printf("  added %d\n", d);
    printf("  argument %d\n", YIELD_FROM(count_to(1)));
    struct range_info info = YIELD_FROM(described(7, 10));
    printf("  info first %d last %d count %d\n", info.first, info.last, info.count);
    printf("  plain return gives %d\n", YIELD_FROM(early(1)));
    printf("  falling off gives %d\n", YIELD_FROM(early(0)));
    YIELD_FROM(count_to(1));
    return YIELD_FROM(count_to(3)) + 1;
}

int main(void)
{
    YIELDC_FRAME(forms) g = forms();

    FOREACH (int v, g)
        printf("got %d\n", v);
    printf("result %d\n", *(const int *)yieldc_result(&g.it));
    return 0;
}
