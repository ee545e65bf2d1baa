/* YIELD_FROM over a `struct yieldc_iter *` delegates to whatever iterator it
 * points to, here hand-written ones: chain(a, b) yields all of a, then all
 * of b (Python's itertools.chain). Values sent to the delegating generator
 * reach the hand-written iterator's next as its `in` argument; a plain next
 * passes NULL. */
#include <yieldc.h>
#include <stdio.h>

/* Yields start, start+1, ... up to end (exclusive). */
struct upto {
    struct yieldc_iter it;
    int cur, end;
};

static enum yieldc_status upto_next(struct yieldc_iter *it, const void *in, void *out)
{
    struct upto *self = (struct upto *)it;

    (void)in;
    if (self->cur >= self->end)
        return YIELDC_END;
    *(int *)out = self->cur++;
    return YIELDC_VALUE;
}

static const struct yieldc_ops upto_ops = { .next = upto_next, .value_size = sizeof(int), .name = "upto" };

static struct upto upto(int start, int end)
{
    return (struct upto){ YIELDC_ITER_INIT(&upto_ops), start, end };
}

/* Keeps a running total of what it is sent, and ends once it passes 20. */
struct adder {
    struct yieldc_iter it;
    int total;
};

static enum yieldc_status adder_next(struct yieldc_iter *it, const void *in, void *out)
{
    struct adder *self = (struct adder *)it;

    if (in)
        self->total += *(const int *)in;
    else
        printf("  adder: plain next\n");
    if (self->total > 20)
        return YIELDC_END;
    *(int *)out = self->total;
    return YIELDC_VALUE;
}

static const struct yieldc_ops adder_ops = { .next = adder_next, .value_size = sizeof(int), .name = "adder",
                                             .sent_size = sizeof(int) };

GENERATOR(int) chain(struct yieldc_iter *a, struct yieldc_iter *b)
{
    YIELD_FROM(a);
    YIELD_FROM(b);
}

GENERATOR(int, int) forward(struct yieldc_iter *to)
{
    YIELD(-1);
    YIELD_FROM(to);
    YIELD(-2);
}

int main(void)
{
    struct upto a = upto(1, 4), b = upto(10, 12);
    FOREACH (int v, chain(&a.it, &b.it))
        printf("chain %d\n", v);
    printf("a ended %d, b ended %d\n", yieldc_ended(&a.it), yieldc_ended(&b.it));

    struct adder sum = { YIELDC_ITER_INIT(&adder_ops), 0 };
    YIELDC_FRAME(forward) f = forward(&sum.it);
    int in, out;
    yieldc_next(&f.it, &out);
    printf("start -> %d\n", out);
    for (in = 3; yieldc_send(&f.it, &in, &out) == YIELDC_VALUE; in += 3) {
        printf("send %d -> %d\n", in, out);
        if (out == -2)
            break;
        if (in == 6) {
            yieldc_next(&f.it, &out);
            printf("next -> %d\n", out);
        }
    }
    printf("sum ended %d, total %d\n", yieldc_ended(&sum.it), sum.total);
    return 0;
}
