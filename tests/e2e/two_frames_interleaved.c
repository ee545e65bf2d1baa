/* Two independent frames of the same generator advanced in an interleaved
 * order; each keeps its own parameters, locals and position. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) counter(const char *name, int start, int step)
{
    int value = start;

    for (;;) {
        printf("  %s producing %d\n", name, value);
        YIELD(value);
        value += step;
    }
}

int main(void)
{
    YIELDC_FRAME(counter) a = counter("A", 0, 1);
    YIELDC_FRAME(counter) b = counter("B", 100, -10);
    int v;
    int i;

    for (i = 0; i < 3; i++) {
        yieldc_next(&a.it, &v);
        printf("a -> %d\n", v);
        yieldc_next(&b.it, &v);
        printf("b -> %d\n", v);
        if (i == 1) {
            yieldc_next(&a.it, &v);
            printf("a again -> %d\n", v);
        }
    }
    return 0;
}
