/* A three-stage pipeline: each stage is a generator taking
 * `struct yieldc_iter *` and using FOREACH over it; main drives the last
 * stage with FOREACH. Markers show that values are pulled lazily. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) naturals(int n)
{
    int i;

    for (i = 1; i <= n; i++) {
        printf("  produce %d\n", i);
        YIELD(i);
    }
}

GENERATOR(int) only_odd(struct yieldc_iter *src)
{
    FOREACH (int v, src) {
        if (v % 2 == 0)
            continue;
        YIELD(v);
    }
}

GENERATOR(int) squared(struct yieldc_iter *src)
{
    FOREACH (int v, src) {
        printf("  square %d\n", v);
        YIELD(v * v);
    }
}

int main(void)
{
    YIELDC_FRAME(naturals) a = naturals(6);
    YIELDC_FRAME(only_odd) b = only_odd(&a.it);
    YIELDC_FRAME(squared) c = squared(&b.it);

    printf("pipeline built\n");
    FOREACH (int v, c)
        printf("result %d\n", v);
    printf("pipeline drained\n");
    return 0;
}
