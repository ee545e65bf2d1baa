/* A hand-written array iterator, alone and feeding a generator: mirrors the Python class MyIterator(data). */
#include <yieldc.h>
#include <stddef.h>
#include <stdio.h>

struct MyIterator {
    struct yieldc_iter it;      /* first member: makes this an iterator */
    const int *data;
    size_t len;
    size_t index;
};

/* __next__ */
static enum yieldc_status my_iterator_next(struct yieldc_iter *it, const void *in, void *out)
{
    struct MyIterator *self = (struct MyIterator *)it;

    (void)in;   /* takes no sent values */

    if (self->index >= self->len)
        return YIELDC_END;      /* raise StopIteration */
    *(int *)out = self->data[self->index];
    self->index += 1;
    return YIELDC_VALUE;
}

static const struct yieldc_ops my_iterator_ops = { .next = my_iterator_next, .value_size = sizeof(int), .name = "MyIterator" };

/* __init__ */
static struct MyIterator MyIterator(const int *data, size_t len)
{
    struct MyIterator self = {
        .it = YIELDC_ITER_INIT(&my_iterator_ops),
        .data = data,
        .len = len,
        .index = 0,
    };
    return self;
}

/* A generator stage: yields twice each value of any int iterator. */
GENERATOR(int) doubled(struct yieldc_iter *src)
{
    FOREACH (int x, src) {
        YIELD(2 * x);
    }
}

int main(void)
{
    static const int data[] = { 1, 2, 3, 4, 5 };
    size_t len = sizeof data / sizeof data[0];
    struct MyIterator my_iter = MyIterator(data, len);
    struct MyIterator again = MyIterator(data, len);

    FOREACH (int value, my_iter)
        printf("%d\n", value);

    FOREACH (int value, doubled(&again.it))
        printf("%d\n", value);
    return 0;
}
