/* Closing a generator closes the sub-generators its YIELD_FROMs created,
 * not the iterators it was given: a YIELD_FROM over a pointer or over an
 * iterator variable leaves that iterator suspended, its DEFERs pending, and
 * its owner may continue or close it. (Python's close() would close the
 * sub-iterator of a `yield from` too; here the owner decides.) A generator
 * that owns an iterator variable closes it with a DEFER. A hand-written
 * iterator takes part through the close member of its ops table, which
 * yieldc_close calls only while the iterator has not ended. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) numbers(const char *name, int n)
{
    DEFER(printf("  %s: cleanup\n", name));
    for (int i = 1; i <= n; i++)
        YIELD(i);
}

GENERATOR(int) forward(struct yieldc_iter *src)
{
    DEFER(printf("  forward: cleanup\n"));
    YIELD_FROM(src);
}

/* Owns a generator in a local variable and closes it when it is closed itself. */
GENERATOR(int) owner(void)
{
    YIELDC_FRAME(numbers) mine = numbers("owned", 5);
    DEFER(yieldc_close(&mine.it));
    YIELD_FROM(mine);
}

/* A hand-written iterator with a close operation. */
struct ticket {
    struct yieldc_iter it;
    int left;
};

static enum yieldc_status ticket_next(struct yieldc_iter *it, const void *in, void *out)
{
    struct ticket *self = (struct ticket *)it;

    (void)in;
    if (self->left <= 0)
        return YIELDC_END;
    *(int *)out = self->left--;
    return YIELDC_VALUE;
}

static void ticket_close(struct yieldc_iter *it)
{
    printf("  ticket: close with %d left\n", ((struct ticket *)it)->left);
}

static const struct yieldc_ops ticket_ops = { .next = ticket_next, .value_size = sizeof(int), .name = "ticket",
                                              .close = ticket_close };

int main(void)
{
    YIELDC_FRAME(numbers) given = numbers("given", 4);
    YIELDC_FRAME(forward) f = forward(&given.it);
    int v;

    yieldc_next(&f.it, &v);
    yieldc_next(&f.it, &v);
    printf("forward gave %d; close forward:\n", v);
    yieldc_close(&f.it);
    printf("given ended %d; its owner continues:\n", yieldc_ended(&given.it));
    yieldc_next(&given.it, &v);
    printf("given gave %d; close given:\n", v);
    yieldc_close(&given.it);

    YIELDC_FRAME(owner) o = owner();
    yieldc_next(&o.it, &v);
    printf("owner gave %d; close owner:\n", v);
    yieldc_close(&o.it);

    struct ticket t = { YIELDC_ITER_INIT(&ticket_ops), 3 };
    yieldc_next(&t.it, &v);
    printf("ticket gave %d; close ticket:\n", v);
    yieldc_close(&t.it);
    printf("close ticket again:\n");
    yieldc_close(&t.it);
    struct ticket used_up = { YIELDC_ITER_INIT(&ticket_ops), 1 };
    FOREACH (int x, used_up)
        printf("used_up gave %d\n", x);
    printf("close the ended ticket:\n");
    yieldc_close(&used_up.it);
    printf("done\n");
    return 0;
}
