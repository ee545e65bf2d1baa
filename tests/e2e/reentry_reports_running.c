/* While a generator is running, yieldc_next on its own frame (here from an
 * ordinary function the body calls) is refused with YIELDC_RUNNING and does
 * not re-enter; the generator then continues normally. */
#include <yieldc.h>
#include <stdio.h>

static struct yieldc_iter *current = NULL;

static const char *status_name(enum yieldc_status s)
{
    switch (s) {
    case YIELDC_END: return "END";
    case YIELDC_VALUE: return "VALUE";
    case YIELDC_RUNNING: return "RUNNING";
    }
    return "?";
}

static void poke(void)
{
    int v = -1;
    enum yieldc_status s = yieldc_next(current, &v);

    printf("  re-entrant next -> %s, v=%d\n", status_name(s), v);
}

GENERATOR(int) self_poking(void)
{
    printf("  body entered\n");
    poke();
    YIELD(1);
    poke();
    YIELD(2);
    printf("  body leaving\n");
}

int main(void)
{
    YIELDC_FRAME(self_poking) gen = self_poking();
    enum yieldc_status s;
    int v = 0;

    current = &gen.it;
    while ((s = yieldc_next(&gen.it, &v)) == YIELDC_VALUE)
        printf("got %d\n", v);
    printf("final %s\n", status_name(s));
    return 0;
}
