/* A hand-written iterator feeds a generator through its
 * `struct yieldc_iter *` parameter; the generator uses FOREACH over it
 * and a second generator uses yieldc_next on it. */
#include <yieldc.h>
#include <stdio.h>

struct array_iter {
    struct yieldc_iter it;
    const int *items;
    int len;
    int pos;
};

static enum yieldc_status array_next(struct yieldc_iter *it, const void *in, void *out)
{
    struct array_iter *a = (struct array_iter *)it;

    (void)in;   /* takes no sent values */

    if (a->pos == a->len)
        return YIELDC_END;
    *(int *)out = a->items[a->pos++];
    return YIELDC_VALUE;
}

static const struct yieldc_ops array_ops = { .next = array_next, .value_size = sizeof(int), .name = "array" };

static struct array_iter over_array(const int *items, int len)
{
    struct array_iter a = { .it = YIELDC_ITER_INIT(&array_ops), .items = items, .len = len, .pos = 0 };

    return a;
}

GENERATOR(int) running_total(struct yieldc_iter *src)
{
    int total = 0;

    FOREACH (int v, src) {
        total += v;
        YIELD(total);
    }
    printf("  running_total: source exhausted\n");
}

GENERATOR(int) differences(struct yieldc_iter *src)
{
    int prev, cur;

    if (yieldc_next(src, &prev) != YIELDC_VALUE)
        return;
    while (yieldc_next(src, &cur) == YIELDC_VALUE) {
        YIELD(cur - prev);
        prev = cur;
    }
}

int main(void)
{
    static const int data[] = { 5, 3, 8, 1, 9 };
    struct array_iter a = over_array(data, 5);
    struct array_iter b = over_array(data, 5);
    YIELDC_FRAME(running_total) t = running_total(&a.it);
    YIELDC_FRAME(differences) d = differences(&b.it);

    FOREACH (int v, t)
        printf("total %d\n", v);
    FOREACH (int v, d)
        printf("diff %d\n", v);
    printf("positions %d %d\n", a.pos, b.pos);
    return 0;
}
