/* The source of a GENEXPR can be a generator call (the GENEXPR keeps the
 * frame), an iterator variable or a hand-written iterator variable (both
 * advanced in place, as Python's genexpr advances the iterator it was
 * given), or a `struct yieldc_iter *`. `&GENEXPR(...).it` is an iterator
 * pointer for the enclosing block: passed to a function, or stepped by
 * hand with yieldc_next, after whose end it stays ended. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) range(int from, int to)
{
    for (int i = from; i < to; i++)
        YIELD(i);
}

struct countdown {
    struct yieldc_iter it;
    int left;
};

static enum yieldc_status countdown_next(struct yieldc_iter *it, const void *in, void *out)
{
    struct countdown *self = (struct countdown *)it;

    (void)in;
    if (self->left <= 0)
        return YIELDC_END;
    *(int *)out = self->left--;
    return YIELDC_VALUE;
}

static const struct yieldc_ops countdown_ops = { .next = countdown_next, .value_size = sizeof(int), .name = "countdown" };

static int sum(struct yieldc_iter *numbers)
{
    int total = 0;

    FOREACH (int n, numbers)
        total += n;
    return total;
}

int main(void)
{
    FOREACH (int v, GENEXPR(x + 100, int x, range(0, 3)))
        printf("call %d\n", v);

    YIELDC_FRAME(range) r = range(0, 6);
    FOREACH (int v, GENEXPR(-x, int x, r)) {
        printf("variable %d\n", v);
        if (v == -2)
            break;
    }
    FOREACH (int v, r)                      /* the variable was advanced */
        printf("variable rest %d\n", v);

    struct countdown c = { YIELDC_ITER_INIT(&countdown_ops), 4 };
    FOREACH (int v, GENEXPR(x * 10, int x, c))
        printf("hand-written %d\n", v);
    printf("hand-written left %d, ended %d\n", c.left, yieldc_ended(&c.it));

    YIELDC_FRAME(range) q = range(1, 4);
    struct yieldc_iter *p = &q.it;
    FOREACH (int v, GENEXPR(x * x, int x, p))
        printf("pointer %d\n", v);

    printf("sum of squares below 10: %d\n", sum(&GENEXPR(x * x, int x, range(0, 10)).it));
    printf("sum of odd numbers below 10: %d\n", sum(&GENEXPR_IF(x, int x, range(0, 10), x % 2).it));

    struct yieldc_iter *evens = &GENEXPR_IF(x, int x, range(0, 5), x % 2 == 0).it;
    int v;
    while (yieldc_next(evens, &v) == YIELDC_VALUE)
        printf("by hand %d\n", v);
    printf("ended %d, next again: %s\n", yieldc_ended(evens),
           yieldc_next(evens, &v) == YIELDC_END ? "END" : "VALUE");
    return 0;
}
