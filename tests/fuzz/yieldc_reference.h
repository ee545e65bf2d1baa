/*
 * yieldc_reference.h - the reference build of a fuzz program: the generator
 * protocol modelled with real coroutines, without yieldc.
 *
 * A program written by progen is compiled twice. Through yieldc it uses
 * <yieldc.h>; compiled as plain GNU C with -DYIELDC_REFERENCE it includes
 * this header instead, and every generator instance runs on a stack of its
 * own (ucontext), so the C compiler decides everything that happens between
 * two YIELDs, and this file only decides what the protocol tables in
 * README.md promise:
 *
 *  - a call runs nothing; the first next starts the body; an ended
 *    generator stays ended and runs nothing;
 *  - yieldc_send hands its value to the YIELD the generator is suspended
 *    at; a plain next gives a zero value; a value sent before the start
 *    is dropped;
 *  - yieldc_result is the value of `return expr;`, zero after `return;`,
 *    falling off the end or a close, NULL while running or without one;
 *  - YIELD_FROM passes values and sent values through and is worth the
 *    sub-generator's result; it starts with a plain next (the value sent
 *    before it was received by the YIELD before it), and it closes on the
 *    way out the sub-generator it created, not one it was given;
 *  - FOREACH over a call owns the generator it creates and closes it when
 *    the loop is left by any path; over a variable or a pointer it does not;
 *  - DEFER runs its statement when its block is left, by any path, and
 *    yieldc_close runs the DEFERs pending where the generator is suspended,
 *    innermost first (those of the sub-generators it owns first);
 *  - GENEXPR is a generator of its own that evaluates its source at once,
 *    owns it when it is a call, and closes it when it is closed.
 *
 * How: DEFER is a nested function run by the cleanup attribute, which the
 * compiler calls at every exit of the block, with the names bound where the
 * DEFER is written. A close resumes the generator, which then unwinds its
 * own stack with _Unwind_ForcedUnwind (as pthread_cancel does), running
 * every cleanup on the way: DEFERs, and the closes of the generators its
 * FOREACH loops and YIELD_FROMs own. Hence -fexceptions.
 *
 * The build: gcc -std=gnu11 -O1 -fexceptions -DYIELDC_REFERENCE. GNU C is
 * needed (nested functions, statement expressions, __auto_type, cleanup);
 * -O1 because gcc 12 at -O0 can stop with an internal compiler error on
 * these nested functions and cleanups.
 *
 * The generated program supplies, under #ifdef YIELDC_REFERENCE:
 *  - for each generator: its frame type (YCR_FRAME(name)), a constructor
 *    that stores its arguments and calls ycr_new, and the body as a plain
 *    function of the generator's result type; YCR_T and YCR_S name the
 *    yielded and sent types of the body that follows;
 *  - YCR_RESULT_OF(x): a _Generic over every frame type, naming the
 *    function that reads that generator's result;
 *  - YCR_FE_<line>: the name of the variable of the FOREACH on that line
 *    (a macro cannot take a declaration apart). A GENEXPR's variable is
 *    always named gx.
 */
#ifndef YIELDC_REFERENCE_H
#define YIELDC_REFERENCE_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unwind.h>

enum yieldc_status { YIELDC_END = 0, YIELDC_VALUE = 1, YIELDC_RUNNING = 2 };

enum ycr_state { YCR_START, YCR_SUSPENDED, YCR_RUNNING, YCR_ENDED };

/* One generator instance. A frame is only a handle to it. */
struct ycr_co {
    ucontext_t ctx;             /* where the body is suspended */
    ucontext_t *back;           /* where a suspension returns to: the resumer */
    void *stack;
    enum ycr_state state;
    void (*entry)(void);        /* runs the body; reads its arguments from ycr_self */
    void *args;                 /* a copy of the call's arguments */
    unsigned char *result;      /* result_size bytes, zero until `return expr;` */
    size_t result_size;
    const void *in;             /* the value sent with the current resume, or NULL */
    void *out;                  /* where the current resume's value goes */
    int yielded;                /* the current resume stopped at a YIELD */
    int closing;                /* the current resume is a close: unwind */
    struct ycr_co *gx_src;      /* GENEXPR: its source */
    int gx_owned;               /* GENEXPR: the source was a call, so it closes it */
    struct _Unwind_Exception unwind;
};

struct yieldc_iter {
    struct ycr_co *co;
};

#define YIELDC_FRAME(name) struct name##_frame
#define YCR_FRAME(name) struct name##_frame { struct yieldc_iter it; }

/* The generator whose body is running; NULL in main. */
static struct ycr_co *ycr_self;

/* 256 KiB each; pages are only touched as used. Executable: a GENEXPR's
 * nested function that names outer variables is called through a
 * trampoline that lives on the stack of the function that wrote it. */
#define YCR_STACK_SIZE (256u * 1024u)

static void ycr_fail(const char *what)
{
    fprintf(stderr, "yieldc reference: %s\n", what);
    abort();
}

static void ycr_start(void)
{
    struct ycr_co *co = ycr_self;
    co->entry();
    co = ycr_self;
    co->yielded = 0;
    setcontext(co->back);
    ycr_fail("setcontext failed");
}

static struct ycr_co *ycr_new(void (*entry)(void), const void *args, size_t args_size, size_t result_size)
{
    struct ycr_co *co = calloc(1, sizeof *co);
    if (!co)
        ycr_fail("out of memory");
    co->entry = entry;
    co->args = malloc(args_size ? args_size : 1);
    co->result = calloc(1, result_size ? result_size : 1);
    if (!co->args || !co->result)
        ycr_fail("out of memory");
    if (args_size)
        memcpy(co->args, args, args_size);
    co->result_size = result_size;
    return co;
}

static void *ycr_args(void)
{
    return ycr_self->args;
}

static void ycr_set_result(const void *r, size_t size)
{
    memcpy(ycr_self->result, r, size);
}

/* Runs `co` until it suspends or ends: the one way into a coroutine. */
static enum yieldc_status ycr_resume(struct ycr_co *co, const void *in, void *out)
{
    if (co->state == YCR_ENDED)
        return YIELDC_END;
    if (co->state == YCR_RUNNING)
        return YIELDC_RUNNING;
    if (co->state == YCR_START) {
        in = NULL;              /* no YIELD to receive it: dropped */
        co->stack = mmap(NULL, YCR_STACK_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (co->stack == MAP_FAILED)
            ycr_fail("mmap failed");
        getcontext(&co->ctx);
        co->ctx.uc_stack.ss_sp = co->stack;
        co->ctx.uc_stack.ss_size = YCR_STACK_SIZE;
        co->ctx.uc_link = NULL;
        makecontext(&co->ctx, ycr_start, 0);
    }
    ucontext_t here;
    struct ycr_co *caller = ycr_self;
    co->in = in;
    co->out = out;
    co->yielded = 0;
    co->back = &here;
    co->state = YCR_RUNNING;
    ycr_self = co;
    swapcontext(&here, &co->ctx);
    ycr_self = caller;
    if (co->yielded) {
        co->state = YCR_SUSPENDED;
        return YIELDC_VALUE;
    }
    co->state = YCR_ENDED;
    munmap(co->stack, YCR_STACK_SIZE);
    co->stack = NULL;
    return YIELDC_END;
}

static _Unwind_Reason_Code ycr_unwind_stop(int version, _Unwind_Action actions, _Unwind_Exception_Class cls,
                                           struct _Unwind_Exception *exc, struct _Unwind_Context *ctx, void *arg)
{
    (void)version, (void)cls, (void)exc, (void)ctx, (void)arg;
    if (actions & _UA_END_OF_STACK) {
        struct ycr_co *co = ycr_self;
        co->yielded = 0;
        setcontext(co->back);   /* the body's stack is abandoned, its cleanups run */
        ycr_fail("setcontext failed");
    }
    return _URC_NO_REASON;
}

/* Leaves the running body by unwinding its stack: every cleanup runs. */
static void ycr_unwind(void)
{
    struct ycr_co *co = ycr_self;
    memset(&co->unwind, 0, sizeof co->unwind);
    _Unwind_ForcedUnwind(&co->unwind, ycr_unwind_stop, NULL);
    ycr_fail("forced unwind failed (built without -fexceptions?)");
}

/* Inside a body: hands `size` bytes at `value` to the consumer and suspends;
 * on resume, writes what was sent (zero for a plain next) to `recv`. */
static void ycr_yield(const void *value, size_t size, void *recv, size_t recv_size)
{
    struct ycr_co *co = ycr_self;
    if (!co)
        ycr_fail("YIELD outside a generator");
    memcpy(co->out, value, size);
    co->yielded = 1;
    swapcontext(&co->ctx, co->back);
    if (co->closing)
        ycr_unwind();
    if (recv) {
        if (co->in)
            memcpy(recv, co->in, recv_size);
        else
            memset(recv, 0, recv_size);
    }
}

static enum yieldc_status ycr_close(struct ycr_co *co)
{
    if (co->state == YCR_RUNNING)
        return YIELDC_RUNNING;
    if (co->state == YCR_SUSPENDED) {
        co->closing = 1;
        ycr_resume(co, NULL, NULL);
        co->closing = 0;
        memset(co->result, 0, co->result_size ? co->result_size : 1);
    }
    co->state = YCR_ENDED;
    if (co->stack) {
        munmap(co->stack, YCR_STACK_SIZE);
        co->stack = NULL;
    }
    return YIELDC_END;
}

/* ---- the public protocol ---------------------------------------------- */

static inline enum yieldc_status yieldc_send(struct yieldc_iter *it, const void *in, void *out)
{
    return ycr_resume(it->co, in, out);
}

static inline enum yieldc_status yieldc_next(struct yieldc_iter *it, void *out)
{
    return ycr_resume(it->co, NULL, out);
}

static inline int yieldc_ended(const struct yieldc_iter *it)
{
    return it->co->state == YCR_ENDED;
}

static inline enum yieldc_status yieldc_close(struct yieldc_iter *it)
{
    return ycr_close(it->co);
}

static inline const void *yieldc_result(const struct yieldc_iter *it)
{
    if (it->co->state != YCR_ENDED || it->co->result_size == 0)
        return NULL;
    return it->co->result;
}

/* ---- sources: a call, an iterator variable or a pointer --------------- */

/* A source written as a call (its text ends in ')') makes a generator the
 * loop or delegation owns; the generated programs spell variables and
 * pointers as plain names. */
static int ycr_is_call(const char *text)
{
    size_t n = strlen(text);
    while (n && (text[n - 1] == ' ' || text[n - 1] == '\n'))
        n--;
    return n && text[n - 1] == ')';
}

static struct ycr_co *ycr_co_of(const void *source, int is_pointer)
{
    if (is_pointer)
        return (*(struct yieldc_iter *const *)source)->co;
    return ((const struct yieldc_iter *)source)->co;     /* a frame: its first member */
}

#define YCR_IS_POINTER_(x) __builtin_types_compatible_p(__typeof__(x), struct yieldc_iter *)

/* A source held by its statement: closed on the way out when owned. */
struct ycr_hold {
    struct ycr_co *co;
    int owned;
};

static void ycr_release(struct ycr_hold *h)
{
    if (h->co && h->owned)
        ycr_close(h->co);
    h->co = NULL;
}

#define YCR_CAT_(a, b) a##b
#define YCR_CAT(a, b) YCR_CAT_(a, b)

/* ---- YIELD --------------------------------------------------------------- */

#define YIELD(value) \
    ({ YCR_T ycr_v_ = (value); YCR_S ycr_s_; \
       ycr_yield(&ycr_v_, sizeof ycr_v_, &ycr_s_, sizeof ycr_s_); ycr_s_; })

/* ---- YIELD_FROM ------------------------------------------------------------ */

/* Runs the held source to its end, passing values and sent values through. */
static void ycr_delegate(struct ycr_hold *h, size_t value_size)
{
    struct ycr_co *self = ycr_self;
    unsigned char value[512];
    const void *in = NULL;
    if (!self)
        ycr_fail("YIELD_FROM outside a generator");
    if (value_size > sizeof value)
        ycr_fail("value too large");
    while (ycr_resume(h->co, in, value) == YIELDC_VALUE) {
        ycr_yield(value, value_size, NULL, 0);
        in = self->in;
    }
}

/* The result of a pointer source: the programs only ask for unsigned ones. */
static unsigned ycr_pointer_result(struct ycr_co *co)
{
    unsigned r = 0;
    if (co->result_size == sizeof r)
        memcpy(&r, co->result, sizeof r);
    return r;
}

static void ycr_no_result(struct ycr_co *co)
{
    (void)co;
}

#define YIELD_FROM(source) \
    ({ __auto_type ycr_src_ = (source); \
       struct ycr_hold ycr_h_ __attribute__((cleanup(ycr_release))) = \
           { ycr_co_of(&ycr_src_, YCR_IS_POINTER_(ycr_src_)), ycr_is_call(#source) }; \
       ycr_delegate(&ycr_h_, sizeof(YCR_T)); \
       YCR_RESULT_OF(ycr_src_)(ycr_h_.co); })

/* ---- FOREACH ------------------------------------------------------------- */

#define FOREACH(decl, source) \
    YCR_FOREACH_(decl, source, #source, YCR_CAT(YCR_FE_, __LINE__), YCR_CAT(ycr_loop_, __LINE__))
#define YCR_FOREACH_(decl, source, text, var, loop) \
    for (struct ycr_hold loop __attribute__((cleanup(ycr_release))) = ycr_hold_of_(source, text); \
         loop.co; ycr_release(&loop)) \
        for (decl; ycr_resume(loop.co, NULL, &var) == YIELDC_VALUE;)
#define ycr_hold_of_(source, text) \
    ({ __auto_type ycr_src_ = (source); \
       (struct ycr_hold){ ycr_co_of(&ycr_src_, YCR_IS_POINTER_(ycr_src_)), ycr_is_call(text) }; })

/* ---- DEFER --------------------------------------------------------------- */

#define DEFER(...) YCR_DEFER_(YCR_CAT(ycr_defer_, __LINE__), __VA_ARGS__)
#define YCR_DEFER_(name, ...) \
    void name(int *ycr_unused_) { (void)ycr_unused_; __VA_ARGS__; } \
    int YCR_CAT(name, _var) __attribute__((cleanup(name), unused)) = 0

/* ---- GENEXPR ------------------------------------------------------------- */

struct ycr_genexpr_frame {
    struct yieldc_iter it;
};

static struct ycr_genexpr_frame *ycr_genexpr_new(void (*body)(void), struct ycr_co *src, int owned)
{
    struct ycr_genexpr_frame *f = malloc(sizeof *f);
    if (!f)
        ycr_fail("out of memory");
    f->it.co = ycr_new(body, NULL, 0, 0);
    f->it.co->gx_src = src;
    f->it.co->gx_owned = owned;
    return f;
}

/* The GENEXPR's source, closed when the GENEXPR is left (its end or a close). */
static struct ycr_hold ycr_genexpr_source(void)
{
    return (struct ycr_hold){ ycr_self->gx_src, ycr_self->gx_owned };
}

#define GENEXPR(value, decl, source) YCR_GENEXPR_(value, decl, source, #source, 1)
#define GENEXPR_IF(value, decl, source, condition) YCR_GENEXPR_(value, decl, source, #source, condition)
#define YCR_GENEXPR_(value, decl, source, text, condition) \
    (*({ __auto_type ycr_gsrc_ = (source); \
         void ycr_gx_body_(void) \
         { \
             struct ycr_hold ycr_gh_ __attribute__((cleanup(ycr_release))) = ycr_genexpr_source(); \
             decl; \
             while (ycr_resume(ycr_gh_.co, NULL, &gx) == YIELDC_VALUE) \
                 if (condition) { \
                     __typeof__(value) ycr_gv_ = (value); \
                     ycr_yield(&ycr_gv_, sizeof ycr_gv_, NULL, 0); \
                 } \
         } \
         ycr_genexpr_new(ycr_gx_body_, ycr_co_of(&ycr_gsrc_, YCR_IS_POINTER_(ycr_gsrc_)), ycr_is_call(text)); }))

#endif /* YIELDC_REFERENCE_H */
