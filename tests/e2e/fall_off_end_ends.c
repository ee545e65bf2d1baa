/* Falling off the end of the body ends the generator: the code after the
 * last YIELD runs at the next after the last value, which reports END. */
#include <yieldc.h>
#include <stdio.h>

static const char *status_name(enum yieldc_status s)
{
    switch (s) {
    case YIELDC_END: return "END";
    case YIELDC_VALUE: return "VALUE";
    case YIELDC_RUNNING: return "RUNNING";
    }
    return "?";
}

GENERATOR(int) last_words(void)
{
    YIELD(7);
    printf("  tail code runs\n");
}

int main(void)
{
    YIELDC_FRAME(last_words) gen = last_words();
    int v = 0;
    enum yieldc_status s;

    s = yieldc_next(&gen.it, &v);
    printf("1: %s %d\n", status_name(s), v);
    printf("ended: %d\n", yieldc_ended(&gen.it));
    s = yieldc_next(&gen.it, &v);
    printf("2: %s\n", status_name(s));
    printf("ended: %d\n", yieldc_ended(&gen.it));
    s = yieldc_next(&gen.it, &v);
    printf("3: %s\n", status_name(s));
    return 0;
}
