#line 1 "protocol.c"
/* The generator protocol in generated text: a sent value, a result, delegation
 * to an embedded and to an allocated sub-frame, DEFER with close, a GENEXPR. */
#include <yieldc.h>
#include <stdio.h>

#line 8 "<stdout>"
/* The frame of generator averager: its parameters and the locals that live across a YIELD. */
#ifndef YIELDC_FRAME_averager
#define YIELDC_FRAME_averager
struct averager_frame {
    struct yieldc_iter it;
    int yieldc_result;
    double total;
    double average;
    int count;
};
#endif

enum yieldc_status averager_resume(struct yieldc_iter *it, const void *in, void *out);
static const struct yieldc_ops averager_ops = {
    .next = averager_resume, .value_size = sizeof(double), .name = "averager",
    .sent_size = sizeof(double),
    .result_size = sizeof(int), .result_offset = offsetof(struct averager_frame, yieldc_result)
};

struct averager_frame averager(void)
{
    struct averager_frame self = { .it = YIELDC_ITER_INIT(&averager_ops) };
    return self;
}

enum yieldc_status averager_resume(struct yieldc_iter *it, const void *in, void *out)
{
    struct averager_frame *self = (struct averager_frame *)(void *)it;
    int state = self->it.state;

    (void)in;
    if (YIELDC_LIKELY_(state == 1))
        goto yieldc_resume_1;
    switch (state) {
    case YIELDC_STATE_START:
        break;
    case YIELDC_STATE_ENDED: goto yieldc_end;
    default:
        return yieldc_refused_(&self->it);
    }
#line 7 "protocol.c"
{
    self->total = 0; self->average = 0;
    self->count = 0;
    for (;;) {
        do { *(double *)out = (self->average); self->it.state = 1; return YIELDC_VALUE; yieldc_resume_1:; } while (0); double term = (in ? *(double const *)in : (double){0});
        if (term < 0)
            { self->yieldc_result = (self->count); goto yieldc_end; }
        self->total += term;
        self->average = self->total / ++self->count;
    }
}
#line 61 "<stdout>"
yieldc_end:
    self->it.state = YIELDC_STATE_ENDED;
    YIELDC_APART_();
    return YIELDC_END;
#line 17 "protocol.c"
}
#line 18 "protocol.c"

#line 70 "<stdout>"
/* The frame of generator countdown: its parameters and the locals that live across a YIELD. */
#ifndef YIELDC_FRAME_countdown
#define YIELDC_FRAME_countdown
struct countdown_frame {
    struct yieldc_iter it;
    int n;
    unsigned char yieldc_armed[1];
};
#endif

enum yieldc_status countdown_resume(struct yieldc_iter *it, const void *in, void *out);
static void countdown_close(struct yieldc_iter *it);
static const struct yieldc_ops countdown_ops = {
    .next = countdown_resume, .value_size = sizeof(int), .name = "countdown",
    .close = countdown_close
};

static void countdown_close(struct yieldc_iter *it)
{
    if (it->state <= 0)
        return;     /* not started: nothing to undo */
    it->state = YIELDC_STATE_CLOSING_(it->state);
    (void)countdown_resume(it, NULL, NULL);
}

struct countdown_frame countdown(int n)
{
    struct countdown_frame self = { .it = YIELDC_ITER_INIT(&countdown_ops), .n = n };
    return self;
}

enum yieldc_status countdown_resume(struct yieldc_iter *it, const void *in, void *out)
{
    struct countdown_frame *self = (struct countdown_frame *)(void *)it;
    int state = self->it.state;
    int yieldc_then = 0;    /* where a chain of cleanups goes back to (0: the end) */

    (void)in;
    self->it.state = YIELDC_STATE_RUNNING;
    if (YIELDC_LIKELY_(state == 1))
        goto yieldc_resume_1;
    switch (state) {
    case YIELDC_STATE_START:
        break;
    case YIELDC_STATE_ENDED: goto yieldc_end;
    case YIELDC_STATE_CLOSING_(1): goto yieldc_cleanup_0;
    default:
        self->it.state = state;
        return yieldc_refused_(&self->it);
    }
#line 20 "protocol.c"
{
    self->yieldc_armed[0] = 1; if (0) { yieldc_cleanup_0: if (self->yieldc_armed[0]) { self->yieldc_armed[0] = 0; printf("countdown done\n"); } switch (yieldc_then) { case 1: goto yieldc_then_1; default: goto yieldc_end; } }
    while (self->n > 0)
        do { *(int *)out = (self->n--); self->it.state = 1; return YIELDC_VALUE; yieldc_resume_1:; } while (0);
yieldc_then = 1; goto yieldc_cleanup_0; yieldc_then_1:; }
#line 127 "<stdout>"
yieldc_end:
    self->it.state = YIELDC_STATE_ENDED;
    YIELDC_APART_();
    return YIELDC_END;
#line 24 "protocol.c"
}
#line 25 "protocol.c"

#line 136 "<stdout>"
/* The frame of generator nested: its parameters and the locals that live across a YIELD. */
#ifndef YIELDC_FRAME_nested
#define YIELDC_FRAME_nested
struct nested_frame {
    struct yieldc_iter it;
    int depth;
    struct yieldc_deleg_ yieldc_deleg;
    union {
        struct countdown_frame s1;
        struct nested_frame *h2;
    } yieldc_sub;
    struct yieldc_pool_ *yieldc_pool;
};
#endif

enum yieldc_status nested_resume(struct yieldc_iter **yieldc_at, const void *in, void *out);
enum yieldc_status nested_drive(struct yieldc_iter *it, const void *in, void *out);
static void nested_close(struct yieldc_iter *it);
static const struct yieldc_ops nested_ops = {
    .next = nested_drive, .value_size = sizeof(int), .name = "nested",
    .close = nested_close,
    .resume = nested_resume, .deleg_offset = offsetof(struct nested_frame, yieldc_deleg)
};

enum yieldc_status nested_drive(struct yieldc_iter *it, const void *in, void *out)
{
    return yieldc_drive_(it, in, out, nested_resume, offsetof(struct nested_frame, yieldc_deleg));
}

static void nested_close(struct yieldc_iter *it)
{
    if (it->state <= 0)
        return;     /* not started: nothing to undo */
    it->state = YIELDC_STATE_CLOSING_(it->state);
    (void)nested_resume(&it, NULL, NULL);
}

struct nested_frame nested(int depth)
{
    struct nested_frame self = { .it = YIELDC_ITER_INIT(&nested_ops), .depth = depth };
    return self;
}

enum yieldc_status nested_resume(struct yieldc_iter **yieldc_at, const void *in, void *out)
{
    struct nested_frame *self = (struct nested_frame *)(void *)*yieldc_at;
    int state;
    struct yieldc_iter *yieldc_up;

    (void)in;
    (void)out;
yieldc_enter:
    state = self->it.state;
    self->it.state = YIELDC_STATE_RUNNING;
    switch (state) {
    case YIELDC_STATE_START:
        break;
    case 1: goto yieldc_resume_1;
    case 2: goto yieldc_resume_2;
    case YIELDC_STATE_ENDED: goto yieldc_end;
    case YIELDC_STATE_CLOSING_(1): goto yieldc_cleanup_0;
    case YIELDC_STATE_CLOSING_(2): goto yieldc_cleanup_1;
    default:
        self->it.state = state;
        return yieldc_refused_(&self->it);
    }
yieldc_start:
#line 27 "protocol.c"
{
    if (self->depth == 0)
        goto yieldc_end;
    do { self->yieldc_sub.s1 = (countdown(self->depth)); self->yieldc_deleg.sub = &self->yieldc_sub.s1.it; self->it.state = 1; return YIELDC_DELEGATE_; yieldc_resume_1: self->yieldc_deleg.sub = NULL; } while (0);
    do { self->yieldc_sub.h2 = yieldc_pool_alloc_(&self->yieldc_pool, &self->it, sizeof *self->yieldc_sub.h2); *self->yieldc_sub.h2 = ((struct nested_frame){ .it = YIELDC_ITER_INIT(&nested_ops), .depth = (self->depth - 1) }); self->yieldc_sub.h2->yieldc_pool = self->yieldc_pool; self->yieldc_deleg.sub = &self->yieldc_sub.h2->it; self->it.state = 2; if (self->yieldc_deleg.up) { self->yieldc_sub.h2->yieldc_deleg.up = &self->it; self = (struct nested_frame *)(void *)(*yieldc_at = self->yieldc_deleg.sub); in = NULL; goto yieldc_start; } return YIELDC_DELEGATE_; yieldc_resume_2: self->yieldc_deleg.sub = NULL; yieldc_pool_free_(self->yieldc_pool, self->yieldc_sub.h2, sizeof *self->yieldc_sub.h2); } while (0);
}
#line 211 "<stdout>"
yieldc_end:
    yieldc_pool_release_(&self->yieldc_pool, &self->it);
    self->it.state = YIELDC_STATE_ENDED;
    YIELDC_APART_();
    if ((yieldc_up = yieldc_climb_(&self->yieldc_deleg, &nested_ops)) != NULL) {
        /* it ran in a YIELD_FROM of its own kind, itself in another: that frame goes on
         * after its YIELD_FROM, here (it is in the chain, which refuses re-entry) */
        self = (struct nested_frame *)(void *)(*yieldc_at = yieldc_up);
        in = NULL;
        switch (self->it.state) {
        case 2: goto yieldc_resume_2;
        default: goto yieldc_enter;
        }
    }
    return YIELDC_END;
    /* cleanups that are not DEFERs: reached by goto from an exit or a close */
yieldc_cleanup_0:
    yieldc_close_sub_(self->yieldc_deleg.sub);
    goto yieldc_end;
yieldc_cleanup_1:
    yieldc_close_sub_(self->yieldc_deleg.sub); yieldc_pool_free_(self->yieldc_pool, self->yieldc_sub.h2, sizeof *self->yieldc_sub.h2);
    goto yieldc_end;
#line 32 "protocol.c"
}
#line 33 "protocol.c"

#line 238 "<stdout>"
/* The GENEXPR of line 36: its source, its variable, the outer variables it copies. */
#ifndef YIELDC_GENEXPR_squares_genexpr_1
#define YIELDC_GENEXPR_squares_genexpr_1
struct squares_genexpr_1 {
    struct yieldc_iter it;
    struct countdown_frame yieldc_src;
    int x;
};
#endif

static enum yieldc_status squares_genexpr_1_next(struct yieldc_iter *it, const void *in, void *out)
{
    struct squares_genexpr_1 *self = (struct squares_genexpr_1 *)(void *)it;
    (void)in;
    self->it.state = YIELDC_STATE_RUNNING;
    while (yieldc_call_(&self->yieldc_src.it, countdown_resume, NULL, &self->x) == YIELDC_VALUE) {
#line 36 "protocol.c"
        *(int *)out = (self->x * self->x);
#line 257 "<stdout>"
        self->it.state = 1;
        return YIELDC_VALUE;
    }
    return YIELDC_END;
}

static void squares_genexpr_1_close(struct yieldc_iter *it)
{
    yieldc_close(&((struct squares_genexpr_1 *)(void *)it)->yieldc_src.it);
}

static const struct yieldc_ops squares_genexpr_1_ops = {
    .next = squares_genexpr_1_next, .value_size = sizeof(int), .name = "GENEXPR", .close = squares_genexpr_1_close
};

static struct squares_genexpr_1 *squares_genexpr_1_make(struct squares_genexpr_1 *self, struct countdown_frame yieldc_src)
{
    self->yieldc_src = yieldc_src;
    return self;
}

#line 279 "<stdout>"
/* The frame of generator squares: its parameters and the locals that live across a YIELD. */
#ifndef YIELDC_FRAME_squares
#define YIELDC_FRAME_squares
struct squares_frame {
    struct yieldc_iter it;
    int n;
    struct yieldc_deleg_ yieldc_deleg;
    union {
        struct squares_genexpr_1 s1;
    } yieldc_sub;
};
#endif

enum yieldc_status squares_resume(struct yieldc_iter **yieldc_at, const void *in, void *out);
enum yieldc_status squares_drive(struct yieldc_iter *it, const void *in, void *out);
static void squares_close(struct yieldc_iter *it);
static const struct yieldc_ops squares_ops = {
    .next = squares_drive, .value_size = sizeof(int), .name = "squares",
    .close = squares_close,
    .resume = squares_resume, .deleg_offset = offsetof(struct squares_frame, yieldc_deleg)
};

enum yieldc_status squares_drive(struct yieldc_iter *it, const void *in, void *out)
{
    return yieldc_drive_(it, in, out, squares_resume, offsetof(struct squares_frame, yieldc_deleg));
}

static void squares_close(struct yieldc_iter *it)
{
    if (it->state <= 0)
        return;     /* not started: nothing to undo */
    it->state = YIELDC_STATE_CLOSING_(it->state);
    (void)squares_resume(&it, NULL, NULL);
}

struct squares_frame squares(int n)
{
    struct squares_frame self = { .it = YIELDC_ITER_INIT(&squares_ops), .n = n };
    return self;
}

enum yieldc_status squares_resume(struct yieldc_iter **yieldc_at, const void *in, void *out)
{
    struct squares_frame *self = (struct squares_frame *)(void *)*yieldc_at;
    int state = self->it.state;

    (void)in;
    (void)out;
    self->it.state = YIELDC_STATE_RUNNING;
    if (YIELDC_LIKELY_(state == 1))
        goto yieldc_resume_1;
    switch (state) {
    case YIELDC_STATE_START:
        break;
    case YIELDC_STATE_ENDED: goto yieldc_end;
    case YIELDC_STATE_CLOSING_(1): goto yieldc_cleanup_0;
    default:
        self->it.state = state;
        return yieldc_refused_(&self->it);
    }
#line 35 "protocol.c"
{
    do { self->yieldc_sub.s1 = ((*squares_genexpr_1_make(&(struct squares_genexpr_1){ .it = YIELDC_ITER_INIT(&squares_genexpr_1_ops) }, (countdown(self->n))))); self->yieldc_deleg.sub = &self->yieldc_sub.s1.it; self->it.state = 1; return YIELDC_DELEGATE_; yieldc_resume_1: self->yieldc_deleg.sub = NULL; } while (0);
}
#line 344 "<stdout>"
yieldc_end:
    self->it.state = YIELDC_STATE_ENDED;
    YIELDC_APART_();
    return YIELDC_END;
    /* cleanups that are not DEFERs: reached by goto from an exit or a close */
yieldc_cleanup_0:
    yieldc_close_sub_(self->yieldc_deleg.sub);
    goto yieldc_end;
#line 37 "protocol.c"
}
