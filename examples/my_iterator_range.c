/* A hand-written iterator over a half-open range: mirrors the Python class MyIterator(start, end). */
#include <yieldc.h>
#include <stdio.h>

struct MyIterator {
    struct yieldc_iter it;      /* first member: makes this an iterator */
    int current;
    int end;
};

/* __next__ */
static enum yieldc_status my_iterator_next(struct yieldc_iter *it, const void *in, void *out)
{
    struct MyIterator *self = (struct MyIterator *)it;

    (void)in;   /* takes no sent values */

    if (self->current >= self->end)
        return YIELDC_END;      /* raise StopIteration */
    *(int *)out = self->current;
    self->current += 1;
    return YIELDC_VALUE;
}

static const struct yieldc_ops my_iterator_ops = { .next = my_iterator_next, .value_size = sizeof(int), .name = "MyIterator" };

/* __init__ */
static struct MyIterator MyIterator(int start, int end)
{
    struct MyIterator self = {
        .it = YIELDC_ITER_INIT(&my_iterator_ops),
        .current = start,
        .end = end,
    };
    return self;
}

int main(void)
{
    struct MyIterator my_iter = MyIterator(1, 4);

    FOREACH (int i, my_iter)
        printf("%d\n", i);      /* 1 2 3 */
    return 0;
}
