/* A DEFER that tries to resume or close its own generator, while the
 * generator ends by falling off its end, by a return, or by a close: each
 * attempt is refused with YIELDC_RUNNING, and the DEFER still runs once. */
#include <yieldc.h>
#include <stdio.h>

static struct yieldc_iter *self_it;

static const char *status_name(enum yieldc_status s)
{
    switch (s) {
    case YIELDC_END: return "END";
    case YIELDC_VALUE: return "VALUE";
    case YIELDC_RUNNING: return "RUNNING";
    }
    return "?";
}

static void poke(const char *when)
{
    int v = -1;

    printf("  DEFER during %s: next -> %s", when, status_name(yieldc_next(self_it, &v)));
    printf(", close -> %s, v %d\n", status_name(yieldc_close(self_it)), v);
}

GENERATOR(int) guarded(int mode)
{
    DEFER(poke(mode == 0 ? "the end" : mode == 1 ? "a return" : "a close"));
    YIELD(1);
    if (mode == 1)
        return;
    YIELD(2);
}

int main(void)
{
    for (int mode = 0; mode < 3; mode++) {
        YIELDC_FRAME(guarded) g = guarded(mode);
        enum yieldc_status s;
        int v;

        self_it = &g.it;
        if (mode == 2) {
            yieldc_next(&g.it, &v);
            printf("mode %d close -> %s\n", mode, status_name(yieldc_close(&g.it)));
        } else {
            while ((s = yieldc_next(&g.it, &v)) == YIELDC_VALUE)
                printf("mode %d got %d\n", mode, v);
            printf("mode %d next -> %s\n", mode, status_name(s));
        }
        printf("mode %d ended %d, next -> %s\n", mode, yieldc_ended(&g.it), status_name(yieldc_next(&g.it, &v)));
    }
    return 0;
}
