/* A hand-written iterator (no GENERATOR): a struct starting with
 * `struct yieldc_iter it;`, an ops table and a constructor returning it by
 * value. It is consumed by FOREACH over the lvalue (in place), by FOREACH
 * through `struct yieldc_iter *`, and by yieldc_next; it stays ended. */
#include <yieldc.h>
#include <stdio.h>

struct step_iter {
    struct yieldc_iter it;
    int cur;
    int end;
    int step;
};

static enum yieldc_status step_next(struct yieldc_iter *it, const void *in, void *out)
{
    struct step_iter *s = (struct step_iter *)it;

    (void)in;   /* takes no sent values */

    if (s->cur >= s->end)
        return YIELDC_END;
    printf("  step_next gives %d\n", s->cur);
    *(int *)out = s->cur;
    s->cur += s->step;
    return YIELDC_VALUE;
}

static const struct yieldc_ops step_ops = { .next = step_next, .value_size = sizeof(int), .name = "step" };

static struct step_iter step_range(int lo, int hi, int step)
{
    struct step_iter s = { .it = YIELDC_ITER_INIT(&step_ops), .cur = lo, .end = hi, .step = step };

    return s;
}

int main(void)
{
    struct step_iter a = step_range(0, 10, 3);
    struct step_iter b = step_range(5, 7, 1);
    struct step_iter c = step_range(-2, 0, 1);
    int v;

    FOREACH (int x, a)
        printf("got %d\n", x);
    FOREACH (int x, &c.it)
        printf("via pointer %d\n", x);
    printf("c ended: %d\n", yieldc_ended(&c.it));
    printf("a ended: %d\n", yieldc_ended(&a.it));
    printf("a again: %d\n", (int)yieldc_next(&a.it, &v));
    while (yieldc_next(&b.it, &v) == YIELDC_VALUE)
        printf("b %d\n", v);
    printf("ops name: %s\n", b.it.ops->name);
    return 0;
}
