/*
 * yieldc_adapters.c - the adapters of yieldc.h: a small itertools.
 *
 * This file goes through yieldc when the runtime library is built, like
 * any user's file: range, count and chain are generators. yieldc also writes yieldc_adapters.h from it (the frames and
 * constructors of its generators), which yieldc.h includes for everyone
 * else; YIELDC_ADAPTERS_BUILDING keeps it out of this file, which makes
 * those frames itself.
 *
 * The other adapters are hand-written iterators, because a generator
 * cannot express them: a GENERATOR(T) yields values of one type T fixed
 * when it is compiled (its YIELD writes `*(T *)out`, its ops say
 * value_size = sizeof(T)), and a generator has no name for its consumer's
 * out object. take, skip, filter, enumerate, zip and map pass values of
 * their sources' type, whose size only the run knows, and must place them
 * into that object themselves (at an offset, or after looking at them);
 * array copies elements of a size given at run time. chain needs neither:
 * it is a GENERATOR(void), whose two YIELD_FROMs pass its sources' values
 * straight through (its ops say value_size 0, "as its sources").
 *
 * No adapter owns its sources: none closes them, and closing an adapter
 * ends the adapter only. None allocates.
 */
#define YIELDC_ADAPTERS_BUILDING 1
#include <yieldc.h>
#include <limits.h>
#include <string.h>

/* ---- generators ---------------------------------------------------------- */

GENERATOR(long) yieldc_range(long start, long stop, long step)
{
    if (step == 0) {
        assert(0 && "yieldc_range: the step must not be zero");
        return;
    }
    while (step > 0 ? start < stop : start > stop) {
        YIELD(start);
        /* the distance left, unsigned: the last step must not overflow a long */
        unsigned long left = step > 0 ? (unsigned long)stop - (unsigned long)start
                                      : (unsigned long)start - (unsigned long)stop;
        unsigned long stride = step > 0 ? (unsigned long)step : 0ul - (unsigned long)step;
        if (left <= stride)
            return;
        start += step;
    }
}

GENERATOR(long) yieldc_count(long start, long step)
{
    for (;;) {
        YIELD(start);
        if (step > 0 ? start > LONG_MAX - step : start < LONG_MIN - step)
            return;             /* the next value is not a long: end rather than overflow */
        start += step;
    }
}

/*
 * itertools.chain: a GENERATOR(void) yields its sources' values, whatever
 * their type (its ops say value_size 0).
 */
GENERATOR(void) yieldc_chain(struct yieldc_iter *first, struct yieldc_iter *second)
{
    YIELD_FROM(first);
    YIELD_FROM(second);
}

/* ---- array --------------------------------------------------------------- */

static enum yieldc_status array_next(struct yieldc_iter *it, const void *in, void *out)
{
    struct yieldc_array_frame *self = (struct yieldc_array_frame *)it;

    (void)in;
    if (self->left == 0)
        return YIELDC_END;
    memcpy(out, self->next, self->size);
    self->next += self->size;
    self->left--;
    return YIELDC_VALUE;
}

static const struct yieldc_ops array_ops = { .next = array_next, .value_size = 0, .name = "yieldc_array" };

struct yieldc_array_frame yieldc_array(const void *base, size_t count, size_t size)
{
    struct yieldc_array_frame self = { .it = YIELDC_ITER_INIT(&array_ops), .next = base, .left = count, .size = size };

    return self;
}

/* ---- take, skip ---------------------------------------------------------- */

static enum yieldc_status take_next(struct yieldc_iter *it, const void *in, void *out)
{
    struct yieldc_take_frame *self = (struct yieldc_take_frame *)it;
    enum yieldc_status status;

    (void)in;
    if (self->left == 0)
        return YIELDC_END;      /* without pulling: the source keeps the rest */
    status = yieldc_next(self->src, out);
    if (status == YIELDC_VALUE)
        self->left--;
    return status;
}

static const struct yieldc_ops take_ops = { .next = take_next, .value_size = 0, .name = "yieldc_take" };

struct yieldc_take_frame yieldc_take(struct yieldc_iter *src, size_t n)
{
    struct yieldc_take_frame self = { .it = YIELDC_ITER_INIT(&take_ops), .src = src, .left = n };

    return self;
}

static enum yieldc_status skip_next(struct yieldc_iter *it, const void *in, void *out)
{
    struct yieldc_skip_frame *self = (struct yieldc_skip_frame *)it;

    (void)in;
    /* the values dropped go through out: the only place of their size */
    while (self->skip > 0) {
        enum yieldc_status status = yieldc_next(self->src, out);
        if (status != YIELDC_VALUE)
            return status;
        self->skip--;
    }
    return yieldc_next(self->src, out);
}

static const struct yieldc_ops skip_ops = { .next = skip_next, .value_size = 0, .name = "yieldc_skip" };

struct yieldc_skip_frame yieldc_skip(struct yieldc_iter *src, size_t n)
{
    struct yieldc_skip_frame self = { .it = YIELDC_ITER_INIT(&skip_ops), .src = src, .skip = n };

    return self;
}

/* ---- enumerate, zip ------------------------------------------------------ */

static enum yieldc_status enumerate_next(struct yieldc_iter *it, const void *in, void *out)
{
    struct yieldc_enumerate_frame *self = (struct yieldc_enumerate_frame *)it;
    enum yieldc_status status;

    (void)in;
    status = yieldc_next(self->src, (unsigned char *)out + self->value_offset);
    if (status == YIELDC_VALUE)
        *(size_t *)out = self->index++;
    return status;
}

static const struct yieldc_ops enumerate_ops = { .next = enumerate_next, .value_size = 0, .name = "yieldc_enumerate" };

struct yieldc_enumerate_frame yieldc_enumerate(struct yieldc_iter *src, size_t value_offset)
{
    assert(value_offset >= sizeof(size_t) && "yieldc_enumerate: the value must follow the size_t index");
    struct yieldc_enumerate_frame self = {
        .it = YIELDC_ITER_INIT(&enumerate_ops), .src = src, .index = 0, .value_offset = value_offset,
    };

    return self;
}

static enum yieldc_status zip_next(struct yieldc_iter *it, const void *in, void *out)
{
    struct yieldc_zip_frame *self = (struct yieldc_zip_frame *)it;
    enum yieldc_status status;

    (void)in;
    /* Python's order: `second` is not pulled once `first` has ended */
    status = yieldc_next(self->first, out);
    if (status != YIELDC_VALUE)
        return status;
    return yieldc_next(self->second, (unsigned char *)out + self->second_offset);
}

static const struct yieldc_ops zip_ops = { .next = zip_next, .value_size = 0, .name = "yieldc_zip" };

struct yieldc_zip_frame yieldc_zip(struct yieldc_iter *first, struct yieldc_iter *second, size_t second_offset)
{
    assert(second_offset > 0 && "yieldc_zip: the second value must follow the first");
    struct yieldc_zip_frame self = {
        .it = YIELDC_ITER_INIT(&zip_ops), .first = first, .second = second, .second_offset = second_offset,
    };

    return self;
}

/* ---- filter, map --------------------------------------------------------- */

static enum yieldc_status filter_next(struct yieldc_iter *it, const void *in, void *out)
{
    struct yieldc_filter_frame *self = (struct yieldc_filter_frame *)it;

    (void)in;
    /* each candidate is read into out, the only place of its size, and looked at there */
    for (;;) {
        enum yieldc_status status = yieldc_next(self->src, out);
        if (status != YIELDC_VALUE || self->keep(self->ctx, out))
            return status;
    }
}

static const struct yieldc_ops filter_ops = { .next = filter_next, .value_size = 0, .name = "yieldc_filter" };

struct yieldc_filter_frame yieldc_filter(struct yieldc_iter *src, int (*keep)(void *ctx, const void *value),
                                         void *ctx)
{
    assert(keep && "yieldc_filter: keep must be a function");
    struct yieldc_filter_frame self = { .it = YIELDC_ITER_INIT(&filter_ops), .src = src, .keep = keep, .ctx = ctx };

    return self;
}

static enum yieldc_status map_next(struct yieldc_iter *it, const void *in, void *out)
{
    struct yieldc_map_frame *self = (struct yieldc_map_frame *)it;
    enum yieldc_status status;

    (void)in;
    if (self->in_size > sizeof self->value.bytes)
        return YIELDC_END;      /* refused by an assert at construction, unless NDEBUG */
    status = yieldc_next(self->src, self->value.bytes);
    if (status == YIELDC_VALUE)
        self->fn(self->ctx, self->value.bytes, out);
    return status;
}

static const struct yieldc_ops map_ops = { .next = map_next, .value_size = 0, .name = "yieldc_map" };

struct yieldc_map_frame yieldc_map(struct yieldc_iter *src, void (*fn)(void *ctx, const void *in, void *out),
                                   void *ctx, size_t in_size)
{
    assert(fn && "yieldc_map: fn must be a function");
    assert(in_size <= YIELDC_MAP_MAX_VALUE && "yieldc_map: the source's values are larger than YIELDC_MAP_MAX_VALUE");
    assert((src->ops->value_size == 0 || src->ops->value_size == in_size)
           && "yieldc_map: in_size is not the size of the source's values");
    struct yieldc_map_frame self = {
        .it = YIELDC_ITER_INIT(&map_ops), .src = src, .fn = fn, .ctx = ctx, .in_size = in_size,
    };

    return self;
}

/* ---- collect ------------------------------------------------------------- */

size_t yieldc_collect(struct yieldc_iter *src, void *buf, size_t cap, size_t size)
{
    unsigned char *slot = buf;
    size_t n = 0;

    assert((src->ops->value_size == 0 || src->ops->value_size == size)
           && "yieldc_collect: size is not the size of the source's values");
    while (n < cap && yieldc_next(src, slot) == YIELDC_VALUE) {
        slot += size;
        n++;
    }
    return n;
}
