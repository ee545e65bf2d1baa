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
 * rewrites. Elsewhere they are valid C to an editor's parser, and a file
 * compiled without going through yieldc fails to build with a message that
 * names the problem. Plain C files drive iterators with yieldc_next.
 */
#ifndef YIELDC_H
#define YIELDC_H

#if !defined(__cplusplus) && (!defined(__STDC_VERSION__) || __STDC_VERSION__ < 201112L)
#error "yieldc.h needs C11 or later: compile with -std=c11 (or gnu11, c17, ...); CMake's yieldc::runtime asks for it"
#endif

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

/**
 * Reserved values of `yieldc_iter.state`; iterators use 0 and up. A
 * generated generator being closed while suspended at YIELD k runs with
 * state YIELDC_STATE_CLOSING_(k), below all of these.
 */
enum yieldc_state {
    YIELDC_STATE_START = 0,     /**< created, nothing has run */
    YIELDC_STATE_ENDED = -1,    /**< ended or closed */
    YIELDC_STATE_RUNNING = -2   /**< inside its next function */
};
#define YIELDC_STATE_CLOSING_(k) (-16 - (k))

struct yieldc_iter;

/** The type of an iterator's next function (see struct yieldc_ops). */
typedef enum yieldc_status yieldc_next_fn(struct yieldc_iter *it, const void *in, void *out);

/*
 * The body's step of a generated generator with YIELD_FROM (its ops'
 * resume): like a next function, but a recursive generator may go on in
 * the frame of the generator it delegates to, or of the one delegating to
 * it, without returning: `*at` says which frame it stopped in.
 */
typedef enum yieldc_status yieldc_resume_fn(struct yieldc_iter **at, const void *in, void *out);

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
    yieldc_next_fn *next;
    size_t value_size;          /**< sizeof the values it yields; 0: as its source's */
    const char *name;           /**< for debugging: the generator's name */
    /** Run pending cleanups (DEFERs, sub-generators) of a suspended iterator; may be NULL. */
    void (*close)(struct yieldc_iter *it);
    size_t sent_size;           /**< sizeof the values it receives; 0: none */
    size_t result_size;         /**< sizeof its result; 0: none */
    size_t result_offset;       /**< where the result lives in the iterator's struct */
    /** Generated generators with YIELD_FROM: one step of the body alone (see yieldc_drive_). */
    yieldc_resume_fn *resume;
    size_t deleg_offset;        /**< where their struct yieldc_deleg_ lives; 0: none */
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

/*
 * Generated resume functions test the state they are most often resumed in
 * first, and keep the store of their end apart from the store of a YIELD:
 * clang would merge the two, for a move and a store more on every value.
 */
#if defined(__GNUC__) || defined(__clang__)
#define YIELDC_LIKELY_(c) __builtin_expect(!!(c), 1)
#define YIELDC_APART_() __asm__ __volatile__("" ::: "memory")
#else
#define YIELDC_LIKELY_(c) (c)
#define YIELDC_APART_() ((void)0)
#endif

/*
 * A frame member's address without its const or volatile, for the memcpy
 * that gives a const member (or an array) its initial value: through an
 * integer, which -Wcast-qual does not take for a cast that drops them.
 */
#define YIELDC_UNQUALIFIED_(...) ((void *)(uintptr_t)(const volatile void *)(__VA_ARGS__))

/* What a next function refused to run: an ended or a running iterator. */
static inline enum yieldc_status yieldc_refused_(const struct yieldc_iter *it)
{
    return it->state == YIELDC_STATE_ENDED ? YIELDC_END : YIELDC_RUNNING;
}

/*
 * yieldc_step_ is yieldc_send with the next function given: generated code
 * passes the resume function of a generator of its own file, which the
 * compiler can then inline. One test of the state on the way in; the
 * store of the end is for hand-written iterators (generated ones mark
 * their own end).
 */
/*
 * Debug builds: where an iterator starts is its home, which it must not
 * leave while started. One started by code built with NDEBUG (a release
 * library) has no home (0) and is not checked.
 */
#define YIELDC_AT_HOME_(it) ((it)->home == 0 || (it)->home == (uint32_t)(uintptr_t)(it))

static inline void yieldc_start_home_(struct yieldc_iter *it)
{
#ifndef NDEBUG
    if (it->state == YIELDC_STATE_START)
        it->home = (uint32_t)(uintptr_t)it;
#endif
    (void)it;
}

static inline enum yieldc_status yieldc_step_(struct yieldc_iter *it, yieldc_next_fn *next, const void *in,
                                              void *out)
{
    enum yieldc_status status;

    if (it->state < 0)
        return yieldc_refused_(it);
    yieldc_start_home_(it);
    assert(YIELDC_AT_HOME_(it) && "a started yieldc iterator was moved; keep it where it started");
    status = next(it, in, out);
    if (YIELDC_LIKELY_(status == YIELDC_VALUE))
        return status;
    if (status == YIELDC_END)
        it->state = YIELDC_STATE_ENDED;
    return status;
}

/*
 * yieldc_call_ calls the next function of a generated generator directly:
 * its resume function refuses a running generator and ends an ended one
 * in its own dispatch, so no test is needed on the way in (debug builds
 * still check that a started frame has not moved).
 */
static inline enum yieldc_status yieldc_call_(struct yieldc_iter *it, yieldc_next_fn *next, const void *in, void *out)
{
    yieldc_start_home_(it);
    assert((it->state < 0 || YIELDC_AT_HOME_(it))
           && "a started yieldc iterator was moved; keep it where it started");
    return next(it, in, out);
}

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
    return yieldc_step_(it, it->ops->next, in, out);
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

/* Below: it may have to run the close of a generator that delegates. */
static inline enum yieldc_status yieldc_close(struct yieldc_iter *it);

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

/* A YIELD_FROM's value read as a type of `size` bytes (debug builds check it is the result's). */
static inline const void *yieldc_result_sized_(const struct yieldc_iter *it, size_t size)
{
    assert(it->ops->result_size == size && "YIELD_FROM's value read as a type whose size is not its result's");
    (void)size;
    return yieldc_result(it);
}

/*
 * What a FOREACH over an iterator of unknown kind calls: yieldc_next plus,
 * in debug builds, a check that the loop variable has the size of the
 * iterator's values (yieldc checks the types at transpile time when it
 * knows the generator).
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
 * ---- delegation: YIELD_FROM in constant time per value ---------------------
 *
 * A generator with YIELD_FROM keeps a struct yieldc_deleg_ in its frame.
 * Its body does not call its sub-iterator: it stores it in `sub` and
 * returns YIELDC_DELEGATE_ to yieldc_drive_, its next function. The driver
 * of the outermost generator keeps the chain of generators delegating to
 * each other (linked by `up`) and resumes the innermost one directly, so a
 * value costs the same through one YIELD_FROM as through sixty-four (C++23's
 * std::generator does the same for nested generators). When a generator of
 * the chain ends, the one that delegates to it goes on after its
 * YIELD_FROM. Sent values reach the innermost; a close unwinds from the
 * outermost, each generator closing its sub-iterator first.
 */
struct yieldc_deleg_ {
    struct yieldc_iter *sub;    /* what its YIELD_FROM runs now, or NULL */
    struct yieldc_iter *up;     /* the generator whose YIELD_FROM runs this one, or NULL */
    struct yieldc_iter *deep;   /* the outermost's: the innermost generator of its chain */
};

/* What a resume function returns when its body starts a YIELD_FROM. */
#define YIELDC_DELEGATE_ ((enum yieldc_status)3)

/* The delegation record at `offset` in frame `it`: through an integer, for the struct is in a
 * frame larger than the header `it` points to, which gcc's -Warray-bounds cannot know. */
#define YIELDC_DELEG_AT_(it, offset) ((struct yieldc_deleg_ *)(uintptr_t)((uintptr_t)(it) + (offset)))

static inline struct yieldc_deleg_ *yieldc_deleg_of_(struct yieldc_iter *it)
{
    size_t offset = it->ops->deleg_offset;
    return offset ? YIELDC_DELEG_AT_(it, offset) : NULL;
}

/* The same for a generator known to have one (one of a chain): never NULL. */
#define YIELDC_DELEG_IN_(it) YIELDC_DELEG_AT_((it), (it)->ops->deleg_offset)

/* Debug builds: a YIELD_FROM source must yield, and be sent, values of its generator's types. */
static inline void yieldc_check_delegate_(const struct yieldc_iter *g, const struct yieldc_iter *sub)
{
    assert((sub->ops->value_size == g->ops->value_size || sub->ops->value_size == 0 || g->ops->value_size == 0)
           && "YIELD_FROM source yields values of another type than its generator");
    assert((sub->ops->sent_size == 0 || g->ops->sent_size == 0 || sub->ops->sent_size == g->ops->sent_size)
           && "YIELD_FROM source is sent values of another type than its generator");
    (void)g;
    (void)sub;
}

#if defined(__GNUC__) || defined(__clang__)
#define YIELDC_MAYBE_UNUSED_ __attribute__((unused))
#else
#define YIELDC_MAYBE_UNUSED_
#endif

#if defined(__GNUC__) || defined(__clang__)
#define YIELDC_SLOW_ static __attribute__((noinline, unused))
#else
#define YIELDC_SLOW_ static inline
#endif

/*
 * What the driver does when the chain changes: a sub-iterator ended, a
 * generator of the chain started a YIELD_FROM or ended. Called with the
 * outermost marked running (its own state in `state`) and g the innermost,
 * which has just run its body when `ran` (giving `status`).
 */
YIELDC_SLOW_ enum yieldc_status yieldc_drive_chain_(struct yieldc_iter *root, struct yieldc_iter *g, int ran,
                                                    enum yieldc_status status, const void *in, void *out,
                                                    yieldc_resume_fn *own, int state)
{
    struct yieldc_deleg_ *rd = YIELDC_DELEG_IN_(root), *d;
    struct yieldc_iter *sub;

    if (ran)
        goto step;
    for (;;) {
        /* g is suspended; waiting in a YIELD_FROM, its sub-iterator goes first */
        sub = YIELDC_DELEG_IN_(g)->sub;
        if (sub) {
            d = yieldc_deleg_of_(sub);
            if (d && d->up == g) {      /* a generator of the chain: go down to it */
                g = sub;
                continue;
            }
            status = yieldc_send(sub, in, out);     /* any other iterator */
            if (status != YIELDC_END)
                break;
            in = NULL;
        }
    run:
        if (g == root) {
            root->state = state;
            status = own(&g, in, out);      /* the outermost goes on in no other frame */
            state = root->state;
            root->state = YIELDC_STATE_RUNNING;
        } else {
            status = g->ops == root->ops ? own(&g, in, out) : g->ops->resume(&g, in, out);
        }
    step:
        in = NULL;
        if (status == YIELDC_DELEGATE_) {
            /* g started a YIELD_FROM: a generator with YIELD_FROM of its own joins the chain */
            sub = YIELDC_DELEG_IN_(g)->sub;
            yieldc_check_delegate_(g, sub);
            d = yieldc_deleg_of_(sub);
            if (d && !d->up && sub->state >= 0 && sub != root) {
                yieldc_start_home_(sub);    /* the chain runs it from now on */
                d->up = g;
            }
            continue;
        }
        if (status != YIELDC_END || g == root)
            break;
        /* g ended inside its caller's YIELD_FROM: the caller goes on after it */
        d = YIELDC_DELEG_IN_(g);
        g = d->up;
        d->up = NULL;
        goto run;
    }
    rd->deep = g == root ? NULL : g;
    root->state = state;
    return status;
}

/*
 * The next function of a generator with YIELD_FROM (`own` is its resume
 * function, called directly for the generators of the chain of its kind,
 * whose frames keep their struct yieldc_deleg_ at `deleg_offset`). The
 * common steps, a value from the innermost generator or from the iterator
 * it delegates to, are short; the rest is yieldc_drive_chain_.
 */
static inline enum yieldc_status yieldc_drive_(struct yieldc_iter *root, const void *in, void *out,
                                               yieldc_resume_fn *own, size_t deleg_offset)
{
    struct yieldc_deleg_ *rd = YIELDC_DELEG_AT_(root, deleg_offset);
    struct yieldc_iter *g = rd->deep;
    struct yieldc_iter *sub;
    int state = root->state;            /* the outermost's own, while the chain runs */
    enum yieldc_status status;

    /* the innermost is of the outermost's kind (a recursive generator) and runs its own body */
    if (g && g->ops == root->ops && !YIELDC_DELEG_AT_(g, deleg_offset)->sub && !rd->up) {
        root->state = YIELDC_STATE_RUNNING;
        status = own(&g, in, out);
        if (YIELDC_LIKELY_(status == YIELDC_VALUE)) {
            rd->deep = g;
            root->state = state;
            return status;
        }
        return yieldc_drive_chain_(root, g, 1, status, in, out, own, state);
    }
    if (!g)
        g = root;
    sub = YIELDC_DELEG_IN_(g)->sub;
    if (rd->up)
        return YIELDC_RUNNING;          /* it runs inside another generator's YIELD_FROM */
    if (!sub && g == root) {            /* the outermost runs its own body */
        status = own(&g, in, out);
        if (status == YIELDC_VALUE || status == YIELDC_END)
            return status;
        state = root->state;
        root->state = YIELDC_STATE_RUNNING;
        return yieldc_drive_chain_(root, g, 1, status, in, out, own, state);
    }
    root->state = YIELDC_STATE_RUNNING; /* every way back into the chain is refused */
    if (!sub) {                         /* the innermost runs its own body */
        status = g->ops == root->ops ? own(&g, in, out) : g->ops->resume(&g, in, out);
        if (status == YIELDC_VALUE) {
            rd->deep = g;               /* a recursive one may have gone on in another frame */
            root->state = state;
            return status;
        }
        return yieldc_drive_chain_(root, g, 1, status, in, out, own, state);
    }
    if (!sub->ops->deleg_offset && sub->state >= 0) {   /* the iterator it delegates to */
        yieldc_start_home_(sub);
        status = sub->ops->next(sub, in, out);
        if (status != YIELDC_END) {
            root->state = state;
            return status;
        }
        sub->state = YIELDC_STATE_ENDED;
    }
    return yieldc_drive_chain_(root, g, 0, YIELDC_END, in, out, own, state);
}

/**
 * End `it` early (Python's `close`): run the cleanups pending where it is
 * suspended (its DEFERs and those of the sub-generators it delegates to,
 * innermost first, each once) and mark it ended. Closing an ended or
 * unstarted iterator runs nothing. Returns YIELDC_END, or YIELDC_RUNNING
 * (and does nothing) for an iterator that is running, or that another
 * generator's YIELD_FROM is running.
 */
static inline enum yieldc_status yieldc_close(struct yieldc_iter *it)
{
    struct yieldc_deleg_ *d;

    if (it->state == YIELDC_STATE_RUNNING)
        return YIELDC_RUNNING;
    if (it->ops->close) {       /* (a generator that delegates always has one) */
        d = yieldc_deleg_of_(it);
        if (d && d->up)
            return YIELDC_RUNNING;
        if (it->state != YIELDC_STATE_ENDED)
            it->ops->close(it);
    }
    it->state = YIELDC_STATE_ENDED;
    return YIELDC_END;
}

/*
 * A recursive generator's frame that has ended inside a YIELD_FROM of a
 * frame of its own kind, itself inside another YIELD_FROM, goes back to
 * that frame without returning (its resume function goes on there): the
 * frame, or NULL when the driver must take over.
 */
static inline struct yieldc_iter *yieldc_climb_(struct yieldc_deleg_ *d, const struct yieldc_ops *ops)
{
    struct yieldc_iter *up = d->up;
    if (!up || up->ops != ops || !YIELDC_DELEG_IN_(up)->up)
        return NULL;
    d->up = NULL;
    return up;
}

/*
 * The close of a generator suspended in a YIELD_FROM: its sub-iterator
 * leaves the chain; one the YIELD_FROM made is closed too (its own
 * sub-iterators first), one it was given is left for its owner.
 */
static inline void yieldc_unchain_(struct yieldc_iter *sub)
{
    struct yieldc_deleg_ *d = yieldc_deleg_of_(sub);
    if (d)
        d->up = NULL;
}

static inline void yieldc_close_sub_(struct yieldc_iter *sub)
{
    yieldc_unchain_(sub);
    yieldc_close(sub);
}

/*
 * ---- frames that cannot be part of their caller's ------------------------
 *
 * The frame of a recursive sub-generator (a YIELD_FROM or a FOREACH kept
 * across a YIELD, of a generator whose frame cannot be part of its
 * caller's) comes from a pool the outermost generator owns: chunks used
 * last-in first-out, which sub-frames are, grown through YIELDC_ALLOC.
 * A walk of a tree allocates a few chunks, not a frame per node. The pool
 * is freed when its owner ends or is closed.
 *
 * YIELDC_ALLOC(size) and YIELDC_FREE(ptr, size) default to malloc and free;
 * define both before including this header to replace them. YIELDC_ALLOC
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

struct yieldc_chunk_ {
    struct yieldc_chunk_ *prev; /* the chunk used before this one */
    unsigned char *prev_top;    /* where the free part of that one began */
    size_t size;                /* of the whole chunk */
    union {
        max_align_t align;
        unsigned char bytes[1];
    } data;
};

struct yieldc_pool_ {
    const struct yieldc_iter *owner;
    unsigned char *top, *end;   /* the free part of the current chunk */
    struct yieldc_chunk_ *chunk, *spare;
};

#define YIELDC_POOL_ROUND_(size) (((size) + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t))

static inline void yieldc_pool_grow_(struct yieldc_pool_ *pool, size_t size)
{
    struct yieldc_chunk_ *c = pool->spare;
    size_t want = offsetof(struct yieldc_chunk_, data) + size;
    if (c && c->size < want) {
        YIELDC_FREE(c, c->size);
        c = NULL;
    }
    if (!c) {
        size_t n = pool->chunk ? pool->chunk->size * 2 : 4096;
        while (n < want)
            n *= 2;
        c = (struct yieldc_chunk_ *)YIELDC_ALLOC(n);
        c->size = n;
    }
    pool->spare = NULL;
    c->prev = pool->chunk;
    c->prev_top = pool->top;
    pool->chunk = c;
    pool->top = c->data.bytes;
    pool->end = (unsigned char *)c + c->size;
}

YIELDC_SLOW_ void *yieldc_pool_alloc_slow_(struct yieldc_pool_ **pool, const struct yieldc_iter *owner, size_t size)
{
    struct yieldc_pool_ *p = *pool;
    void *mem;
    if (!p) {
        p = (struct yieldc_pool_ *)YIELDC_ALLOC(sizeof *p);
        p->owner = owner;
        p->top = p->end = NULL;
        p->chunk = p->spare = NULL;
        *pool = p;
    }
    if ((size_t)(p->end - p->top) < size)
        yieldc_pool_grow_(p, size);
    mem = p->top;
    p->top += size;
    return mem;
}

/* `size` bytes for a sub-frame from the pool `*pool` (made, owned by `owner`, when NULL). */
static inline void *yieldc_pool_alloc_(struct yieldc_pool_ **pool, const struct yieldc_iter *owner, size_t size)
{
    struct yieldc_pool_ *p = *pool;
    unsigned char *mem;
    size = YIELDC_POOL_ROUND_(size);
    if (!p || (size_t)(p->end - p->top) < size)
        return yieldc_pool_alloc_slow_(pool, owner, size);
    mem = p->top;
    p->top = mem + size;
    return mem;
}

YIELDC_SLOW_ void yieldc_pool_free_slow_(struct yieldc_pool_ *pool, unsigned char *m)
{
    struct yieldc_chunk_ *c = pool->chunk;
    if (c->prev) {    /* the chunk is empty: keep it for the next growth */
        if (pool->spare)
            YIELDC_FREE(pool->spare, pool->spare->size);
        pool->spare = c;
        pool->chunk = c->prev;
        pool->top = c->prev_top;
        pool->end = (unsigned char *)pool->chunk + pool->chunk->size;
        return;
    }
    pool->top = m;
}

/* Give back the last sub-frame taken from `pool`. */
static inline void yieldc_pool_free_(struct yieldc_pool_ *pool, void *mem, size_t size)
{
    unsigned char *m = (unsigned char *)mem;
    assert(m + YIELDC_POOL_ROUND_(size) == pool->top && "yieldc sub-frames are freed last-in first-out");
    (void)size;
    if (m == pool->chunk->data.bytes)
        yieldc_pool_free_slow_(pool, m);
    else
        pool->top = m;
}

/* At the end (or close) of a generator: free its pool if it made it. */
static inline void yieldc_pool_release_(struct yieldc_pool_ **pool, const struct yieldc_iter *self)
{
    struct yieldc_pool_ *p = *pool;
    if (!p || p->owner != self)
        return;
    while (p->chunk) {
        struct yieldc_chunk_ *prev = p->chunk->prev;
        YIELDC_FREE(p->chunk, p->chunk->size);
        p->chunk = prev;
    }
    if (p->spare)
        YIELDC_FREE(p->spare, p->spare->size);
    YIELDC_FREE(p, sizeof *p);
    *pool = NULL;
}

#ifdef YIELDC_TRANSPILING
/* Parse-only meanings: yieldc finds these in the syntax tree and rewrites them. */
struct yieldc_generator_ { struct yieldc_iter it; };
int yieldc_yield_(int, ...);
int yieldc_yield_from_(int, ...);
int yieldc_foreach_(int, ...);
int yieldc_defer_(int);
void *yieldc_genexpr_(int, ...);
/*
 * GENERATOR(T, S, R) is a frame for the parse, and keeps T, S and R where
 * yieldc reads them (as the result types of function pointers cast in a
 * typeof), so it can check types at the user's line.
 */
struct yieldc_generator_ yieldc_generator_types_(int, ...);
#define GENERATOR(...) __typeof__(yieldc_generator_types_(0, YIELDC_TYPES_(__VA_ARGS__)))
#define YIELDC_TYPES_(...) YIELDC_PICK_(__VA_ARGS__, YIELDC_TYPES_3_, YIELDC_TYPES_2_, YIELDC_TYPES_1_, )(__VA_ARGS__)
#define YIELDC_PICK_(a, b, c, name, ...) name
#define YIELDC_TYPES_1_(T) (T (*)(void))0
#define YIELDC_TYPES_2_(T, S) (T (*)(void))0, (S (*)(void))0
#define YIELDC_TYPES_3_(T, S, R) (T (*)(void))0, (S (*)(void))0, (R (*)(void))0
#define YIELDC_FRAME(name) struct yieldc_generator_
#define YIELD(...) yieldc_yield_(0, (__VA_ARGS__))
#define YIELD_FROM(...) yieldc_yield_from_(0, (__VA_ARGS__))
/* the source first, where decl's variable does not hide what it names */
#define FOREACH(decl, source) for (; yieldc_foreach_(0, (source));) for (decl;;)
#define DEFER(...) do if (yieldc_defer_(0)) { __VA_ARGS__; } while (0)
#define GENEXPR(value, decl, source) \
    (*(struct yieldc_generator_ *)yieldc_genexpr_(0, (source), ({ decl; (value); })))
#define GENEXPR_IF(value, decl, source, condition) \
    (*(struct yieldc_generator_ *)yieldc_genexpr_(0, (source), ({ decl; (void)(condition); (value); })))
#else
/** The frame type of generator `name`: `struct name_frame`. */
#define YIELDC_FRAME(name) struct name##_frame
#if defined(__GNUC__) || defined(__clang__)
/*
 * Outside yieldc: in an editor's parser (clangd) and in a compile of a file
 * that did not go through yieldc. The pseudo-keywords are valid C here, so
 * an editor checks the original file as it is, but each of them calls a
 * function whose `error` attribute fails the build at code generation,
 * which an editor never reaches, with a message that names the problem:
 *
 *   GENERATOR(T, S, R) f(...)   void f(...): `return;` and `return value;`
 *                               both parse (-Wreturn-type is off from here on)
 *   YIELD(v), YIELD_FROM(src)   an int, whatever is sent or returned
 *   FOREACH(decl, src)          for (; ...(src)...;) for (decl = {0};;), src
 *                               read before decl, as yieldc reads it
 *   DEFER(stmt)                 do if (...) { stmt; } while (0)
 *   GENEXPR(v, decl, src)       an iterator struct
 */
#define YIELDC_NOT_TRANSPILED_(what) \
    __attribute__((error(what " in a file not transpiled by yieldc; compile it through yieldc-cc (yieldc_enable in CMake)")))
int yieldc_YIELD_not_transpiled_(int, ...) YIELDC_NOT_TRANSPILED_("YIELD");
int yieldc_YIELD_FROM_not_transpiled_(int) YIELDC_NOT_TRANSPILED_("YIELD_FROM");
int yieldc_FOREACH_not_transpiled_(int) YIELDC_NOT_TRANSPILED_("FOREACH");
int yieldc_DEFER_not_transpiled_(void) YIELDC_NOT_TRANSPILED_("DEFER");
void *yieldc_GENEXPR_not_transpiled_(int, ...) YIELDC_NOT_TRANSPILED_("GENEXPR");
struct yieldc_genexpr_ { struct yieldc_iter it; };
#ifdef __clang__
#define GENERATOR(...) _Pragma("clang diagnostic ignored \"-Wreturn-type\"") void
#else
#define GENERATOR(...) void     /* gcc takes no _Pragma among declaration specifiers */
#endif
#define YIELD(value) yieldc_YIELD_not_transpiled_(0, (value))
#define YIELD_FROM(source) yieldc_YIELD_FROM_not_transpiled_(((void)(source), 0))
#define FOREACH(decl, source) for (; yieldc_FOREACH_not_transpiled_(((void)(source), 0));) for (decl = {0};;)
#define DEFER(...) do if (yieldc_DEFER_not_transpiled_()) { __VA_ARGS__; } while (0)
#define GENEXPR(value, decl, source) \
    (*(struct yieldc_genexpr_ *)yieldc_GENEXPR_not_transpiled_( \
        0, ((void)(source), 0), __extension__({ decl = {0}; (void)(value); 0; })))
#define GENEXPR_IF(value, decl, source, condition) \
    (*(struct yieldc_genexpr_ *)yieldc_GENEXPR_not_transpiled_( \
        0, ((void)(source), 0), __extension__({ decl = {0}; (void)(condition); (void)(value); 0; })))
#else
#define GENERATOR(...) yieldc_GENERATOR_in_a_file_not_transpiled_by_yieldc
#define YIELD(...) yieldc_YIELD_in_a_file_not_transpiled_by_yieldc
#define YIELD_FROM(...) yieldc_YIELD_FROM_in_a_file_not_transpiled_by_yieldc
#define FOREACH(decl, source) yieldc_FOREACH_in_a_file_not_transpiled_by_yieldc
#define DEFER(...) yieldc_DEFER_in_a_file_not_transpiled_by_yieldc
#define GENEXPR(value, decl, source) yieldc_GENEXPR_in_a_file_not_transpiled_by_yieldc
#define GENEXPR_IF(value, decl, source, condition) yieldc_GENEXPR_in_a_file_not_transpiled_by_yieldc
#endif
#endif

/*
 * ---- adapters: a small itertools, in the runtime library ------------------
 *
 * Link the library to use them (yieldc::runtime in CMake, -lyieldc, or
 * `pkg-config --libs yieldc`); the rest of this header needs no library.
 *
 *     static int is_even(void *ctx, const void *v) { (void)ctx; return *(const long *)v % 2 == 0; }
 *
 *     long evens[8];
 *     struct yieldc_range_frame r = yieldc_range(0, 10, 1);        // 0 1 2 ... 9
 *     struct yieldc_filter_frame f = yieldc_filter(&r.it, is_even, NULL);
 *     size_t n = YIELDC_COLLECT(&f.it, evens);                      // 5: 0 2 4 6 8
 *
 * Frames: every adapter returns a frame, `struct NAME_frame` or
 * YIELDC_FRAME(NAME), which the caller owns as it owns a generator's: it
 * runs nothing until its first next, may be copied until then, and must
 * stay where it is afterwards. Its members are private.
 *
 * Sources: an adapter takes its sources as `struct yieldc_iter *` and does
 * not own them. The caller keeps each source alive and in place while the
 * adapter is in use, and closes it when done: closing an adapter (or
 * leaving a FOREACH over one) ends the adapter only. An adapter pulls no
 * value it does not pass on, except those it exists to drop (skip,
 * filter), and what zip reads from its first source when the second ends.
 *
 * Values: range and count yield long. The other adapters yield values of
 * their sources' type (or a pair of them), which only the caller knows:
 * their ops say value_size 0 ("as its source"), so FOREACH cannot check
 * the loop variable's type, and collect is told the size. skip, filter
 * and zip use the consumer's out object as their working space: after
 * they report YIELDC_END it may hold a value that was read, not yielded.
 *
 * range, count and chain are generators: yieldc_adapters.c
 * goes through yieldc when the library is built, and the frames of its
 * generators come from yieldc_adapters.h, which yieldc writes from it and
 * this header includes. In a file that yieldc parses, this header declares
 * every adapter the way a user's header declares a generator defined in
 * another file (see below), so yieldc's parse reads no generated header.
 */

/* The frames of the hand-written adapters (yieldc_adapters.c says why they are not generators). */
struct yieldc_array_frame {
    struct yieldc_iter it;
    const unsigned char *next;  /* the next element */
    size_t left;                /* elements not yet yielded */
    size_t size;                /* bytes per element */
};

struct yieldc_take_frame {
    struct yieldc_iter it;
    struct yieldc_iter *src;
    size_t left;                /* values still to pass on */
};

struct yieldc_skip_frame {
    struct yieldc_iter it;
    struct yieldc_iter *src;
    size_t skip;                /* values still to drop */
};

struct yieldc_enumerate_frame {
    struct yieldc_iter it;
    struct yieldc_iter *src;
    size_t index;               /* the index of the next value */
    size_t value_offset;
};

struct yieldc_zip_frame {
    struct yieldc_iter it;
    struct yieldc_iter *first;
    struct yieldc_iter *second;
    size_t second_offset;
};

struct yieldc_filter_frame {
    struct yieldc_iter it;
    struct yieldc_iter *src;
    int (*keep)(void *ctx, const void *value);
    void *ctx;
};

/** The largest value, in bytes, that yieldc_map can take from its source. */
#define YIELDC_MAP_MAX_VALUE 128

struct yieldc_map_frame {
    struct yieldc_iter it;
    struct yieldc_iter *src;
    void (*fn)(void *ctx, const void *in, void *out);
    void *ctx;
    size_t in_size;
    union {
        max_align_t align;
        unsigned char bytes[YIELDC_MAP_MAX_VALUE];
    } value;                    /* the source's current value */
};

#if defined(YIELDC_TRANSPILING) && !defined(YIELDC_ADAPTERS_BUILDING)
/*
 * For yieldc's parse of a user's file, each adapter's frame is a generator
 * frame, as for a generator declared with GENERATOR in a user's header:
 * yieldc then treats a call of an adapter as it treats a generator call,
 * and `struct yieldc_take_frame` and YIELDC_FRAME(yieldc_take) both name
 * it. The compiler sees the real types.
 */
#define yieldc_range_frame yieldc_generator_
#define yieldc_count_frame yieldc_generator_
#define yieldc_chain_frame yieldc_generator_
#define yieldc_array_frame yieldc_generator_
#define yieldc_take_frame yieldc_generator_
#define yieldc_skip_frame yieldc_generator_
#define yieldc_enumerate_frame yieldc_generator_
#define yieldc_zip_frame yieldc_generator_
#define yieldc_filter_frame yieldc_generator_
#define yieldc_map_frame yieldc_generator_
#elif !defined(YIELDC_ADAPTERS_BUILDING)
#include <yieldc_adapters.h>
#endif

/*
 * gdb loads yieldc's helper (tool/yieldc_gdb.py: locals by their names,
 * `step` into generators, `break` in their bodies) from the program itself:
 * yieldc_gdb.h puts it in the .debug_gdb_scripts section, which the linker
 * merges into one copy, as libstdc++ and Rust do. gdb runs it for programs
 * in a directory it trusts (add-auto-load-safe-path). Define
 * YIELDC_NO_GDB_SCRIPT to leave it out.
 */
#if defined(__ELF__) && (defined(__GNUC__) || defined(__clang__)) && !defined(YIELDC_TRANSPILING) \
    && !defined(YIELDC_NO_GDB_SCRIPT) && defined(__has_include)
#if __has_include(<yieldc_gdb.h>)
#include <yieldc_gdb.h>
#endif
#endif

/*
 * The adapters, documented here; yieldc_adapters.h, which yieldc generates,
 * declares the generators among them too.
 */
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wredundant-decls"
#endif

/**
 * start, start + step, start + 2 * step, ... while below `stop` (above it
 * for a negative step): Python's range(start, stop, step). Yields long. A
 * step of 0 fails an assert (Python raises ValueError); under NDEBUG the
 * range is empty.
 */
struct yieldc_range_frame yieldc_range(long start, long stop, long step);

/**
 * start, start + step, ... without end: itertools.count(start, step).
 * Yields long; it ends only where the next value would overflow a long.
 */
struct yieldc_count_frame yieldc_count(long start, long step);

/** The values of `first`, then those of `second`: itertools.chain(first, second). */
struct yieldc_chain_frame yieldc_chain(struct yieldc_iter *first, struct yieldc_iter *second);

/**
 * Copies of the `count` elements of `size` bytes at `base`, in order:
 * iter(array). The caller keeps the array alive while the iterator is used.
 */
struct yieldc_array_frame yieldc_array(const void *base, size_t count, size_t size);

/*
 * 0, or with gcc and clang a compile error when `a` is a pointer, not an
 * array, so that sizeof cannot count the wrong thing (-Werror aside).
 */
#if defined(__GNUC__) || defined(__clang__)
#define YIELDC_MUST_BE_ARRAY_(a) \
    (0 * sizeof(char[__builtin_types_compatible_p(__typeof__(a), __typeof__(&(a)[0])) ? -1 : 1]))
#else
#define YIELDC_MUST_BE_ARRAY_(a) 0
#endif

/** yieldc_array over every element of a true array (a pointer does not compile with gcc and clang). */
#define YIELDC_ARRAY(array) \
    yieldc_array((array), sizeof(array) / sizeof((array)[0]) + YIELDC_MUST_BE_ARRAY_(array), sizeof((array)[0]))

/**
 * The first `n` values of `src`: itertools.islice(src, n). It pulls no
 * value after the n-th, so `src` keeps the rest (and may be infinite).
 */
struct yieldc_take_frame yieldc_take(struct yieldc_iter *src, size_t n);

/**
 * The values of `src` after its first `n`: itertools.islice(src, n, None).
 * The first next drops them (through the consumer's out object).
 */
struct yieldc_skip_frame yieldc_skip(struct yieldc_iter *src, size_t n);

/**
 * Pairs (index, value), the index counting from 0: enumerate(src). Each
 * next writes the source's value at `value_offset` of the consumer's out
 * object and the index, a size_t, at offset 0. YIELDC_ENUMERATE gives the
 * offset from the pair's type.
 */
struct yieldc_enumerate_frame yieldc_enumerate(struct yieldc_iter *src, size_t value_offset);

/**
 * yieldc_enumerate into `pair_type`, a struct whose first member is
 * `size_t index` and which has a member `value` of the source's type.
 */
#define YIELDC_ENUMERATE(src, pair_type) \
    yieldc_enumerate((src), offsetof(pair_type, value) \
                            + 0 * sizeof(char[offsetof(pair_type, index) == 0 ? 1 : -1]))

/**
 * Pairs of a value of `first`, at offset 0 of the consumer's out object,
 * and one of `second`, at `second_offset`, until either source ends:
 * zip(first, second). `second` is not pulled once `first` has ended; a
 * value of `first` read when `second` has ended is lost, as in Python.
 * YIELDC_ZIP gives the offset from the pair's type.
 */
struct yieldc_zip_frame yieldc_zip(struct yieldc_iter *first, struct yieldc_iter *second, size_t second_offset);

/**
 * yieldc_zip into `pair_type`, a struct whose first member is `first`, of
 * the first source's type, and which has a member `second`.
 */
#define YIELDC_ZIP(first_src, second_src, pair_type) \
    yieldc_zip((first_src), (second_src), offsetof(pair_type, second) \
                                          + 0 * sizeof(char[offsetof(pair_type, first) == 0 ? 1 : -1]))

/**
 * The values of `src` for which `keep(ctx, &value)` returns nonzero:
 * filter(keep, src). `ctx` is passed through untouched.
 */
struct yieldc_filter_frame yieldc_filter(struct yieldc_iter *src, int (*keep)(void *ctx, const void *value),
                                         void *ctx);

/**
 * For each value of `src`, `fn(ctx, &value, out)` writes one value to the
 * consumer's out object: map(fn, src). The source's values, of `in_size`
 * bytes, are read into a buffer inside the frame (the runtime allocates
 * nothing), so `in_size` may be at most YIELDC_MAP_MAX_VALUE: a larger one
 * fails an assert, and under NDEBUG the map yields nothing. Map over
 * pointers to larger values. The out values' size is the caller's business.
 */
struct yieldc_map_frame yieldc_map(struct yieldc_iter *src, void (*fn)(void *ctx, const void *in, void *out),
                                   void *ctx, size_t in_size);

/**
 * Reads values of `size` bytes from `src` into the array `buf` until `src`
 * ends or `cap` values are stored; returns how many were stored: what
 * list(islice(src, cap)) holds. No value after the cap-th is pulled, so
 * the rest stay in `src`.
 */
size_t yieldc_collect(struct yieldc_iter *src, void *buf, size_t cap, size_t size);

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic pop
#endif

/** yieldc_collect into a true array (not a pointer), at most as many values as it holds. */
#define YIELDC_COLLECT(src, array) \
    yieldc_collect((src), (array), sizeof(array) / sizeof((array)[0]) + YIELDC_MUST_BE_ARRAY_(array), \
                   sizeof((array)[0]))

#ifdef __cplusplus
}
#endif

#endif /* YIELDC_H */
