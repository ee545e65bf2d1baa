/*
 * yieldc.h - Python-style generators for C: the one iterator ABI.
 *
 * Every iterator, generated or hand-written, is a struct whose first member
 * is a `struct yieldc_iter`: a pointer to an ops table and a state word.
 * Code that consumes iterators only ever sees `struct yieldc_iter *`.
 *
 *     GENERATOR(int) countdown(int n)
 *     {
 *         while (n > 0) {
 *             YIELD(n);
 *             n -= 1;
 *         }
 *     }
 *
 *     struct countdown_frame gen = countdown(3);   // runs nothing yet
 *     int v;
 *     while (yieldc_next(&gen.it, &v) == YIELDC_VALUE)
 *         printf("%d\n", v);                        // 3 2 1
 *
 *     FOREACH (int v, countdown(3))                 // the same loop
 *         printf("%d\n", v);
 *
 * Ownership: a frame (the value a generator call returns) is owned by the
 * caller, who decides where it lives: a local, a struct member, an arena.
 * The runtime allocates nothing. Its size is a compile-time constant.
 *
 * A frame may be copied or moved freely until its first `yieldc_next`.
 * Once started it must not move: locals whose address the generator took
 * live inside it. Debug builds (without NDEBUG) check this on every resume.
 *
 * `yieldc_next` is the only way to advance an iterator: it keeps an ended
 * iterator ended (every later call reports YIELDC_END and runs nothing) and
 * reports YIELDC_RUNNING instead of re-entering an iterator that is running.
 *
 * While yieldc parses a source it defines YIELDC_TRANSPILING and this header
 * gives GENERATOR, YIELD and FOREACH parse-only meanings that the tool
 * rewrites; in a file compiled without going through yieldc they are errors
 * that name the problem. Plain C files drive iterators with yieldc_next.
 */
#ifndef YIELDC_H
#define YIELDC_H

#include <assert.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** What one step of an iterator produced. */
enum yieldc_status {
    YIELDC_END = 0,     /**< no value: the iterator has ended (and stays ended) */
    YIELDC_VALUE = 1,   /**< a value was written through the out pointer */
    YIELDC_RUNNING = 2  /**< refused: the iterator is already running (re-entry) */
};

/** Reserved values of `yieldc_iter.state`; iterators use 0 and up. */
enum yieldc_state {
    YIELDC_STATE_START = 0,     /**< created, nothing has run */
    YIELDC_STATE_ENDED = -1,    /**< ended or closed */
    YIELDC_STATE_RUNNING = -2   /**< inside its next function */
};

struct yieldc_iter;

/**
 * The ops table of one kind of iterator, usually a `static const` object;
 * a hand-written iterator may leave every member after `name` zero.
 *
 * `next` resumes the iterator with `in` (a value of `sent_size` bytes the
 * consumer sent, or NULL for a plain next), writes one value of
 * `value_size` bytes through `out` and returns YIELDC_VALUE, or returns
 * YIELDC_END and leaves `out` alone.
 */
struct yieldc_ops {
    enum yieldc_status (*next)(struct yieldc_iter *it, const void *in, void *out);
    size_t value_size;          /**< sizeof the values it yields; 0: as its source's */
    const char *name;           /**< for debugging: the generator's name */
    /** Run pending cleanups (DEFERs, sub-generators) of a suspended iterator; may be NULL. */
    void (*close)(struct yieldc_iter *it);
    size_t sent_size;           /**< sizeof the values it receives; 0: none */
    size_t result_size;         /**< sizeof its result; 0: none */
    size_t result_offset;       /**< where the result lives in the iterator's struct */
};

/**
 * The header every iterator struct begins with. `state` belongs to the
 * iterator (0 at creation) except for the negative values of enum
 * yieldc_state, which the runtime manages. `home` records where the
 * iterator started, so debug builds can catch a moved frame.
 */
struct yieldc_iter {
    const struct yieldc_ops *ops;
    int state;
    uint32_t home;
};

/** Initializer for the header of a new iterator with ops table `ops`. */
#define YIELDC_ITER_INIT(ops) { (ops), YIELDC_STATE_START, 0 }

/**
 * Resume `it` with `*in` as the value of the YIELD it is suspended at
 * (Python's `send`), and take its next value into `*out`. `in` may be NULL
 * (a plain next): the YIELD then gives the generator a zero value of its
 * sent type. A value sent to an iterator that has not started has no YIELD
 * to receive it and is dropped. Returns YIELDC_VALUE, YIELDC_END (now and
 * on every later call) or YIELDC_RUNNING (re-entry refused).
 */
static inline enum yieldc_status yieldc_send(struct yieldc_iter *it, const void *in, void *out)
{
    enum yieldc_status status;

    if (it->state < 0)
        return it->state == YIELDC_STATE_ENDED ? YIELDC_END : YIELDC_RUNNING;
    if (it->state == YIELDC_STATE_START)
        it->home = (uint32_t)(uintptr_t)it;
    assert(it->home == (uint32_t)(uintptr_t)it
           && "a started yieldc iterator was moved; keep it where it started");
    status = it->ops->next(it, in, out);
    if (status == YIELDC_END)
        it->state = YIELDC_STATE_ENDED;
    return status;
}

/**
 * Advance `it` by one value, written to `*out` (which must point to an
 * object of the iterator's value type). Returns YIELDC_VALUE, YIELDC_END
 * (now and on every later call) or YIELDC_RUNNING (re-entry refused).
 */
static inline enum yieldc_status yieldc_next(struct yieldc_iter *it, void *out)
{
    return yieldc_send(it, NULL, out);
}

/** True once `it` has ended (or was closed). */
static inline int yieldc_ended(const struct yieldc_iter *it)
{
    return it->state == YIELDC_STATE_ENDED;
}

/**
 * End `it` early (Python's `close`): run the cleanups pending where it is
 * suspended (its DEFERs and those of the sub-generators it delegates to,
 * innermost first, each once) and mark it ended. Closing an ended iterator
 * does nothing. Returns YIELDC_END, or YIELDC_RUNNING (and does nothing)
 * for an iterator that is running.
 */
static inline enum yieldc_status yieldc_close(struct yieldc_iter *it)
{
    if (it->state == YIELDC_STATE_RUNNING)
        return YIELDC_RUNNING;
    if (it->state != YIELDC_STATE_ENDED && it->ops->close)
        it->ops->close(it);
    it->state = YIELDC_STATE_ENDED;
    return YIELDC_END;
}

/**
 * The result of an ended generator with a result type (`return expr;` in
 * a GENERATOR(T, S, R)): a pointer to it, or NULL while `it` runs or when
 * it has no result type. A generator that fell off its end or was closed
 * has a zero result.
 */
static inline const void *yieldc_result(const struct yieldc_iter *it)
{
    if (it->state != YIELDC_STATE_ENDED || it->ops->result_size == 0)
        return NULL;
    return (const char *)it + it->ops->result_offset;
}

/*
 * yieldc_foreach_next_ is what FOREACH calls: yieldc_next plus, in debug
 * builds, a check that the loop variable has the size of the iterator's
 * values (a `FOREACH (double d, ints())` would otherwise write past `d`).
 */
static inline enum yieldc_status yieldc_foreach_next_(struct yieldc_iter *it, void *out, size_t size)
{
    assert((it->ops->value_size == size || it->ops->value_size == 0)
           && "FOREACH variable's type does not match the iterator's value type");
    (void)size;
    return yieldc_next(it, out);
}

/*
 * FOREACH over a generator call owns the frame it creates and closes it
 * when the loop is left, by any path, with compilers that have the cleanup
 * attribute (gcc, clang). Elsewhere a loop left by break, return or goto
 * leaves the generator suspended, its cleanups not run.
 */
#if defined(__GNUC__) || defined(__clang__)
static inline void yieldc_close_frame_(void *frame)
{
    yieldc_close((struct yieldc_iter *)frame);
}
#define YIELDC_OWNED_ __attribute__((cleanup(yieldc_close_frame_)))
#else
#define YIELDC_OWNED_
#endif

/*
 * The allocator of the frames of recursive sub-generators (a YIELD_FROM of
 * a generator whose frame cannot be part of its caller's). Define both
 * before including this header to replace malloc and free; YIELDC_ALLOC
 * must not return NULL.
 */
#if !defined(YIELDC_ALLOC) || !defined(YIELDC_FREE)
#include <stdlib.h>
static inline void *yieldc_malloc_(size_t size)
{
    void *p = malloc(size);
    if (!p)
        abort();    /* a generator cannot fail to resume: out of memory is fatal */
    return p;
}
#undef YIELDC_ALLOC
#undef YIELDC_FREE
#define YIELDC_ALLOC(size) yieldc_malloc_(size)
#define YIELDC_FREE(ptr, size) ((void)(size), free(ptr))
#endif

#ifdef YIELDC_TRANSPILING
/* Parse-only meanings: yieldc finds these in the syntax tree and rewrites them. */
struct yieldc_generator_ { struct yieldc_iter it; };
int yieldc_yield_(int, ...);
int yieldc_yield_from_(int, ...);
int yieldc_foreach_(int, ...);
int yieldc_defer_(int);
void *yieldc_genexpr_(int, ...);
#define GENERATOR(...) struct yieldc_generator_
#define YIELDC_FRAME(name) struct yieldc_generator_
#define YIELD(value) yieldc_yield_(0, (value))
#define YIELD_FROM(source) yieldc_yield_from_(0, (source))
#define FOREACH(decl, source) for (decl; yieldc_foreach_(0, (source));)
#define DEFER(...) do if (yieldc_defer_(0)) { __VA_ARGS__; } while (0)
#define GENEXPR(value, decl, source) \
    (*(struct yieldc_generator_ *)yieldc_genexpr_(0, (source), ({ decl; (value); })))
#define GENEXPR_IF(value, decl, source, condition) \
    (*(struct yieldc_generator_ *)yieldc_genexpr_(0, (source), ({ decl; (void)(condition); (value); })))
#else
/** The frame type of generator `name`: `struct name_frame`. */
#define YIELDC_FRAME(name) struct name##_frame
#define GENERATOR(...) yieldc_GENERATOR_in_a_file_not_transpiled_by_yieldc
#define YIELD(value) yieldc_YIELD_in_a_file_not_transpiled_by_yieldc
#define YIELD_FROM(source) yieldc_YIELD_FROM_in_a_file_not_transpiled_by_yieldc
#define FOREACH(decl, source) yieldc_FOREACH_in_a_file_not_transpiled_by_yieldc
#define DEFER(...) yieldc_DEFER_in_a_file_not_transpiled_by_yieldc
#define GENEXPR(value, decl, source) yieldc_GENEXPR_in_a_file_not_transpiled_by_yieldc
#define GENEXPR_IF(value, decl, source, condition) yieldc_GENEXPR_in_a_file_not_transpiled_by_yieldc
#endif

#ifdef __cplusplus
}
#endif

#endif /* YIELDC_H */
