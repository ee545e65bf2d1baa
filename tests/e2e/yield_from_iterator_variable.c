/* YIELD_FROM over an iterator variable delegates to it in place: it
 * continues a generator frame that was already advanced, and a
 * hand-written iterator struct; both are ended afterwards. (Python's
 * `yield from it` over an iterator object.) */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) letters(int n)
{
    for (int i = 0; i < n; i++)
        YIELD('a' + i);
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

GENERATOR(int) mixed(void)
{
    YIELDC_FRAME(letters) src = letters(5);
    struct countdown down = { YIELDC_ITER_INIT(&countdown_ops), 3 };
    int first;

    yieldc_next(&src.it, &first);           /* take 'a' by hand */
    printf("  took %c by hand\n", first);
    YIELD(first);
    YIELD_FROM(src);                        /* the rest: 'b' to 'e' */
    printf("  src ended: %d\n", yieldc_ended(&src.it));
    YIELD_FROM(down);
    printf("  down ended: %d, left %d\n", yieldc_ended(&down.it), down.left);
    YIELD_FROM(src);                        /* already ended: nothing */
    YIELD(0);
}

int main(void)
{
    FOREACH (int v, mixed())
        printf("got %d\n", v);
    return 0;
}
