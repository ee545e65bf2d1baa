/* A generator whose body contains no YIELD: it produces no values, its body
 * runs exactly once at the first next, and FOREACH over it does nothing. */
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

GENERATOR(int) nothing(void)
{
    printf("  nothing's body ran\n");
}

GENERATOR(double) truly_empty(void)
{
}

int main(void)
{
    YIELDC_FRAME(nothing) gen = nothing();
    YIELDC_FRAME(truly_empty) e = truly_empty();
    int v;
    double d;

    printf("created\n");
    printf("first: %s\n", status_name(yieldc_next(&gen.it, &v)));
    printf("second: %s\n", status_name(yieldc_next(&gen.it, &v)));
    printf("empty: %s\n", status_name(yieldc_next(&e.it, &d)));
    printf("empty again: %s\n", status_name(yieldc_next(&e.it, &d)));
    FOREACH (int x, nothing())
        printf("never %d\n", x);
    printf("done\n");
    return 0;
}
