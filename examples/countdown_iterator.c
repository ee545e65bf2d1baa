/* A hand-written iterator used in a FOREACH loop: mirrors the Python class CountdownIterator. */
#include <yieldc.h>
#include <stdio.h>

struct CountdownIterator {
    struct yieldc_iter it;      /* first member: makes this an iterator */
    int start;
};

/* __next__ */
static enum yieldc_status countdown_iterator_next(struct yieldc_iter *it, const void *in, void *out)
{
    struct CountdownIterator *self = (struct CountdownIterator *)it;

    (void)in;   /* takes no sent values */

    if (self->start <= 0)
        return YIELDC_END;      /* raise StopIteration */
    *(int *)out = self->start;
    self->start -= 1;
    return YIELDC_VALUE;
}

static const struct yieldc_ops countdown_iterator_ops = { .next = countdown_iterator_next, .value_size = sizeof(int), .name = "CountdownIterator" };

/* __init__ */
static struct CountdownIterator CountdownIterator(int start)
{
    struct CountdownIterator self = {
        .it = YIELDC_ITER_INIT(&countdown_iterator_ops),
        .start = start,
    };
    return self;
}

int main(void)
{
    struct CountdownIterator iterator = CountdownIterator(5);

    FOREACH (int num, iterator)
        printf("%d\n", num);
    return 0;
}
