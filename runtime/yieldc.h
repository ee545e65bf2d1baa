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
 * yieldc_delegate_ is what YIELD_FROM calls: yieldc_send plus, in debug
 * builds, a check that the sub-iterator yields values of the delegating
 * generator's size and takes sent values of its size (they pass straight
 * through the consumer's pointers).
 */
static inline enum yieldc_status yieldc_delegate_(struct yieldc_iter *sub, const void *in, void *out,
                                                  size_t value_size, size_t sent_size)
{
    assert((sub->ops->value_size == value_size || sub->ops->value_size == 0 || value_size == 0)
           && "YIELD_FROM source yields values of another type than its generator");
    assert((in == NULL || sub->ops->sent_size == 0 || sub->ops->sent_size == sent_size)
           && "YIELD_FROM source is sent values of another type than its generator");
    (void)value_size;
    (void)sent_size;
    return yieldc_send(sub, in, out);
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
 *   FOREACH(decl, src)          for (decl = {0}; ...;) with src any expression
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
#define FOREACH(decl, source) for (decl = {0}; yieldc_FOREACH_not_transpiled_(((void)(source), 0));)
#define DEFER(...) do if (yieldc_DEFER_not_transpiled_()) { __VA_ARGS__; } while (0)
#define GENEXPR(value, decl, source) \
    (*(struct yieldc_genexpr_ *)yieldc_GENEXPR_not_transpiled_( \
        0, ((void)(source), 0), __extension__({ decl = {0}; (void)(value); 0; })))
#define GENEXPR_IF(value, decl, source, condition) \
    (*(struct yieldc_genexpr_ *)yieldc_GENEXPR_not_transpiled_( \
        0, ((void)(source), 0), __extension__({ decl = {0}; (void)(condition); (void)(value); 0; })))
#else
#define GENERATOR(...) yieldc_GENERATOR_in_a_file_not_transpiled_by_yieldc
#define YIELD(value) yieldc_YIELD_in_a_file_not_transpiled_by_yieldc
#define YIELD_FROM(source) yieldc_YIELD_FROM_in_a_file_not_transpiled_by_yieldc
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

/** yieldc_collect into a true array (not a pointer), at most as many values as it holds. */
#define YIELDC_COLLECT(src, array) \
    yieldc_collect((src), (array), sizeof(array) / sizeof((array)[0]) + YIELDC_MUST_BE_ARRAY_(array), \
                   sizeof((array)[0]))

#ifdef __cplusplus
}
#endif

#endif /* YIELDC_H */
