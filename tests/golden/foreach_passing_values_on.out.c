#line 1 "foreach_passing_values_on.c"
/* A FOREACH that only passes its values on becomes a YIELD_FROM (the first
 * loop); one that changes them stays a loop (the second). */
#include <yieldc.h>

#line 7 "<stdout>"
/* The frame of generator countdown: its parameters and the locals that live across a YIELD. */
#ifndef YIELDC_FRAME_countdown
#define YIELDC_FRAME_countdown
struct countdown_frame {
    struct yieldc_iter it;
    int n;
    struct yieldc_deleg_ yieldc_deleg;
    union {
        struct countdown_frame *h2;
    } yieldc_sub;
    struct yieldc_pool_ *yieldc_pool;
};
#endif

enum yieldc_status countdown_resume(struct yieldc_iter **yieldc_at, const void *in, void *out);
enum yieldc_status countdown_drive(struct yieldc_iter *it, const void *in, void *out);
static void countdown_close(struct yieldc_iter *it);
static const struct yieldc_ops countdown_ops = {
    .next = countdown_drive, .value_size = sizeof(int), .name = "countdown",
    .close = countdown_close,
    .resume = countdown_resume, .deleg_offset = offsetof(struct countdown_frame, yieldc_deleg)
};

enum yieldc_status countdown_drive(struct yieldc_iter *it, const void *in, void *out)
{
    return yieldc_drive_(it, in, out, countdown_resume, offsetof(struct countdown_frame, yieldc_deleg));
}

static void countdown_close(struct yieldc_iter *it)
{
    if (it->state <= 0)
        return;     /* not started: nothing to undo */
    it->state = YIELDC_STATE_CLOSING_(it->state);
    (void)countdown_resume(&it, NULL, NULL);
}

struct countdown_frame countdown(int n)
{
    struct countdown_frame self = { .it = YIELDC_ITER_INIT(&countdown_ops), .n = n };
    return self;
}

enum yieldc_status countdown_resume(struct yieldc_iter **yieldc_at, const void *in, void *out)
{
    struct countdown_frame *self = (struct countdown_frame *)(void *)*yieldc_at;
    int state;
    struct yieldc_iter *yieldc_up;

    (void)in;
yieldc_enter:
    state = self->it.state;
    self->it.state = YIELDC_STATE_RUNNING;
    switch (state) {
    case YIELDC_STATE_START:
        break;
    case 1: goto yieldc_resume_1;
    case 2: goto yieldc_resume_2;
    case YIELDC_STATE_ENDED: goto yieldc_end;
    case YIELDC_STATE_CLOSING_(1): goto yieldc_end;
    case YIELDC_STATE_CLOSING_(2): goto yieldc_cleanup_0;
    default:
        self->it.state = state;
        return yieldc_refused_(&self->it);
    }
yieldc_start:
#line 6 "foreach_passing_values_on.c"
{
    if (self->n == 0)
        goto yieldc_end;
    do { *(int *)out = (self->n); self->it.state = 1; return YIELDC_VALUE; yieldc_resume_1:; } while (0);
    do { self->yieldc_sub.h2 = yieldc_pool_alloc_(&self->yieldc_pool, &self->it, sizeof *self->yieldc_sub.h2); *self->yieldc_sub.h2 = ((struct countdown_frame){ .it = YIELDC_ITER_INIT(&countdown_ops), .n = (self->n - 1) }); self->yieldc_sub.h2->yieldc_pool = self->yieldc_pool; self->yieldc_deleg.sub = &self->yieldc_sub.h2->it; self->it.state = 2; if (self->yieldc_deleg.up) { self->yieldc_sub.h2->yieldc_deleg.up = &self->it; self = (struct countdown_frame *)(void *)(*yieldc_at = self->yieldc_deleg.sub); in = NULL; goto yieldc_start; } return YIELDC_DELEGATE_; yieldc_resume_2: self->yieldc_deleg.sub = NULL; yieldc_pool_free_(self->yieldc_pool, self->yieldc_sub.h2, sizeof *self->yieldc_sub.h2); } while (0)
;
}
#line 81 "<stdout>"
yieldc_end:
    yieldc_pool_release_(&self->yieldc_pool, &self->it);
    self->it.state = YIELDC_STATE_ENDED;
    YIELDC_APART_();
    if ((yieldc_up = yieldc_climb_(&self->yieldc_deleg, &countdown_ops)) != NULL) {
        /* it ran in a YIELD_FROM of its own kind, itself in another: that frame goes on
         * after its YIELD_FROM, here (it is in the chain, which refuses re-entry) */
        self = (struct countdown_frame *)(void *)(*yieldc_at = yieldc_up);
        in = NULL;
        switch (self->it.state) {
        case 2: goto yieldc_resume_2;
        default: goto yieldc_enter;
        }
    }
    return YIELDC_END;
    /* cleanups that are not DEFERs: reached by goto from an exit or a close */
yieldc_cleanup_0:
    yieldc_close_sub_(self->yieldc_deleg.sub); yieldc_pool_free_(self->yieldc_pool, self->yieldc_sub.h2, sizeof *self->yieldc_sub.h2);
    goto yieldc_end;
#line 12 "foreach_passing_values_on.c"
}
#line 13 "foreach_passing_values_on.c"

#line 105 "<stdout>"
/* The frame of generator doubled: its parameters and the locals that live across a YIELD. */
#ifndef YIELDC_FRAME_doubled
#define YIELDC_FRAME_doubled
struct doubled_frame {
    struct yieldc_iter it;
    int n;
    struct countdown_frame yieldc_src_1;
    unsigned char yieldc_armed[1];
};
#endif

enum yieldc_status doubled_resume(struct yieldc_iter *it, const void *in, void *out);
static void doubled_close(struct yieldc_iter *it);
static const struct yieldc_ops doubled_ops = {
    .next = doubled_resume, .value_size = sizeof(int), .name = "doubled",
    .close = doubled_close
};

static void doubled_close(struct yieldc_iter *it)
{
    if (it->state <= 0)
        return;     /* not started: nothing to undo */
    it->state = YIELDC_STATE_CLOSING_(it->state);
    (void)doubled_resume(it, NULL, NULL);
}

struct doubled_frame doubled(int n)
{
    struct doubled_frame self = { .it = YIELDC_ITER_INIT(&doubled_ops), .n = n };
    return self;
}

enum yieldc_status doubled_resume(struct yieldc_iter *it, const void *in, void *out)
{
    struct doubled_frame *self = (struct doubled_frame *)(void *)it;
    int state = self->it.state;

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
#line 15 "foreach_passing_values_on.c"
{
    for (self->yieldc_src_1 = countdown(self->n), self->yieldc_armed[0] = 1; self->yieldc_armed[0]; self->yieldc_armed[0] = 0, yieldc_close(&self->yieldc_src_1.it)) for (int x; yieldc_call_(&self->yieldc_src_1.it, countdown_drive, NULL, &x) == YIELDC_VALUE;)
        do { *(int *)out = (2 * x); self->it.state = 1; return YIELDC_VALUE; yieldc_resume_1:; } while (0);
}
#line 161 "<stdout>"
yieldc_end:
    self->it.state = YIELDC_STATE_ENDED;
    YIELDC_APART_();
    return YIELDC_END;
    /* cleanups that are not DEFERs: reached by goto from an exit or a close */
yieldc_cleanup_0:
    if (self->yieldc_armed[0]) { self->yieldc_armed[0] = 0; yieldc_close(&self->yieldc_src_1.it); }
    goto yieldc_end;
#line 18 "foreach_passing_values_on.c"
}
