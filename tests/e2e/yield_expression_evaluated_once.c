/* The YIELD argument is evaluated exactly once, when the YIELD statement is
 * executed (inside the consumer's next), not earlier and not again. */
#include <yieldc.h>
#include <stdio.h>

static int evaluations = 0;

static int expensive(int x)
{
    evaluations++;
    printf("  evaluating expensive(%d)\n", x);
    return x * 3;
}

GENERATOR(int) lazy_values(void)
{
    int i;

    for (i = 1; i <= 3; i++)
        YIELD(expensive(i));
}

int main(void)
{
    YIELDC_FRAME(lazy_values) gen = lazy_values();
    int v;

    printf("created, evaluations=%d\n", evaluations);
    while (yieldc_next(&gen.it, &v) == YIELDC_VALUE)
        printf("got %d, evaluations=%d\n", v, evaluations);
    printf("end, evaluations=%d\n", evaluations);
    return 0;
}
