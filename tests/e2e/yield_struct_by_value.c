/* A generator yields a struct by value; the consumer receives independent
 * copies (changing one afterwards does not affect the generator or the
 * other copies). */
#include <yieldc.h>
#include <stdio.h>

struct point {
    int x;
    int y;
    char tag;
    double weight;
};

GENERATOR(struct point) diagonal(int n)
{
    struct point p;
    int i;

    p.x = 0;
    p.y = 0;
    p.tag = 'a';
    p.weight = 1.0;
    for (i = 0; i < n; i++) {
        YIELD(p);
        p.x += 1;
        p.y += 2;
        p.tag = (char)(p.tag + 1);
        p.weight *= 1.5;
    }
}

int main(void)
{
    YIELDC_FRAME(diagonal) gen = diagonal(4);
    struct point first = { 0, 0, '?', 0.0 };
    struct point q;

    if (yieldc_next(&gen.it, &first) == YIELDC_VALUE)
        printf("first: x=%d y=%d tag=%c w=%.3f\n", first.x, first.y, first.tag, first.weight);
    first.x = 99;
    while (yieldc_next(&gen.it, &q) == YIELDC_VALUE)
        printf("next: x=%d y=%d tag=%c w=%.3f\n", q.x, q.y, q.tag, q.weight);
    printf("first kept: x=%d tag=%c\n", first.x, first.tag);
    FOREACH (struct point p, diagonal(2))
        printf("foreach: (%d,%d) %c %.2f\n", p.x, p.y, p.tag, p.weight);
    return 0;
}
