/* `return;` in the middle of the body (inside a loop) ends the generator:
 * code after it never runs and later nexts report YIELDC_END. */
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

GENERATOR(int) until_negative(const int *xs, int n)
{
    int i;

    for (i = 0; i < n; i++) {
        if (xs[i] < 0) {
            printf("  negative at %d, returning\n", i);
            return;
        }
        YIELD(xs[i]);
    }
    printf("  never printed\n");
    YIELD(999);
}

int main(void)
{
    static const int data[] = { 4, 8, 15, -16, 23, 42 };
    YIELDC_FRAME(until_negative) gen = until_negative(data, 6);
    enum yieldc_status s;
    int v;

    while ((s = yieldc_next(&gen.it, &v)) == YIELDC_VALUE)
        printf("got %d\n", v);
    printf("status %s\n", status_name(s));
    printf("again %s\n", status_name(yieldc_next(&gen.it, &v)));
    return 0;
}
