/* Once a generator has ended, every further yieldc_next reports YIELDC_END
 * and runs nothing: the body's entry/exit counters do not change. */
#include <yieldc.h>
#include <stdio.h>

static int entries = 0;
static int exits = 0;

static const char *status_name(enum yieldc_status s)
{
    switch (s) {
    case YIELDC_END: return "END";
    case YIELDC_VALUE: return "VALUE";
    case YIELDC_RUNNING: return "RUNNING";
    }
    return "?";
}

GENERATOR(int) two(void)
{
    entries++;
    printf("body: start\n");
    YIELD(1);
    YIELD(2);
    printf("body: end\n");
    exits++;
}

int main(void)
{
    YIELDC_FRAME(two) gen = two();
    enum yieldc_status s;
    int v = 0;
    int k;

    printf("ended before start: %d\n", yieldc_ended(&gen.it));
    while ((s = yieldc_next(&gen.it, &v)) == YIELDC_VALUE)
        printf("next -> %s %d\n", status_name(s), v);
    printf("next -> %s\n", status_name(s));
    printf("ended: %d\n", yieldc_ended(&gen.it));
    for (k = 0; k < 3; k++) {
        v = -7;
        s = yieldc_next(&gen.it, &v);
        printf("extra next %d -> %s, v still %d\n", k + 1, status_name(s), v);
    }
    printf("entries=%d exits=%d\n", entries, exits);
    return 0;
}
