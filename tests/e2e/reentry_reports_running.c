/* While a generator is running, yieldc_next on its own frame (here from an
 * ordinary function the body calls, and from the next function of a
 * hand-written iterator that the body's only FOREACH steps) is refused with
 * YIELDC_RUNNING and does not re-enter; the generator then continues
 * normally. */
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

/* an iterator of 1, 2 that pokes `current` each time it is stepped */
struct poking_iter {
    struct yieldc_iter it;
    int left;
};

static enum yieldc_status poking_next(struct yieldc_iter *it, const void *in, void *out)
{
    struct poking_iter *p = (struct poking_iter *)it;

    (void)in;
    poke();
    if (p->left == 0)
        return YIELDC_END;
    *(int *)out = 3 - p->left--;
    return YIELDC_VALUE;
}

static const struct yieldc_ops poking_ops = { .next = poking_next, .value_size = sizeof(int), .name = "poking" };

GENERATOR(int) through_foreach(struct yieldc_iter *src)
{
    FOREACH (int v, src)
        YIELD(v * 10);
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

    struct poking_iter src = { YIELDC_ITER_INIT(&poking_ops), 2 };
    YIELDC_FRAME(through_foreach) t = through_foreach(&src.it);
    current = &t.it;
    while ((s = yieldc_next(&t.it, &v)) == YIELDC_VALUE)
        printf("got %d\n", v);
    printf("final %s\n", status_name(s));
    return 0;
}
