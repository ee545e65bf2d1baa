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

static enum yieldc_status averager_resume(struct yieldc_iter *it, const void *in, void *out);
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

static enum yieldc_status averager_resume(struct yieldc_iter *it, const void *in, void *out)
{
    struct averager_frame *self = (struct averager_frame *)it;
    int state = self->it.state;

    (void)in;
    self->it.state = YIELDC_STATE_RUNNING;
    switch (state) {
    case 1: goto yieldc_resume_1;
    }
#line 7 "protocol.c"
{
    self->total = 0, self->average = 0;
    self->count = 0;
    for (;;) {
        do { *(double *)out = (self->average); self->it.state = 1; return YIELDC_VALUE; yieldc_resume_1:; } while (0); double term = (in ? *(double const *)in : (double){0});
        if (term < 0)
            { self->yieldc_result = (self->count); return YIELDC_END; }
        self->total += term;
        self->average = self->total / ++self->count;
    }
} return YIELDC_END; }

#line 57 "<stdout>"
/* The frame of generator countdown: its parameters and the locals that live across a YIELD. */
#ifndef YIELDC_FRAME_countdown
#define YIELDC_FRAME_countdown
struct countdown_frame {
    struct yieldc_iter it;
    int n;
    unsigned char yieldc_armed[1];
};
#endif

static enum yieldc_status countdown_resume(struct yieldc_iter *it, const void *in, void *out);
static void countdown_close(struct yieldc_iter *it);
static const struct yieldc_ops countdown_ops = {
    .next = countdown_resume, .value_size = sizeof(int), .name = "countdown",
    .close = countdown_close
};

static void countdown_close(struct yieldc_iter *it)
{
    (void)countdown_resume(it, &countdown_ops, NULL);
}

struct countdown_frame countdown(int n)
{
    struct countdown_frame self = { .it = YIELDC_ITER_INIT(&countdown_ops), .n = n };
    return self;
}

static enum yieldc_status countdown_resume(struct yieldc_iter *it, const void *in, void *out)
{
    struct countdown_frame *self = (struct countdown_frame *)it;
    int state = self->it.state;

    (void)in;
    self->it.state = YIELDC_STATE_RUNNING;
    if (in == (const void *)&countdown_ops) {
        switch (state) {
        case 1: goto yieldc_unwind_0;
        }
        return YIELDC_END;
    }
    switch (state) {
    case 1: goto yieldc_resume_1;
    }
#line 20 "protocol.c"
{
    self->yieldc_armed[0] = 1;
    while (self->n > 0)
        do { *(int *)out = (self->n--); self->it.state = 1; return YIELDC_VALUE; yieldc_resume_1:; } while (0);
if (self->yieldc_armed[0]) { self->yieldc_armed[0] = 0; printf("countdown done\n"); } } return YIELDC_END;
#line 108 "<stdout>"
    /* yieldc_close: the cleanups pending at each YIELD, innermost first */
yieldc_unwind_0:
    if (self->yieldc_armed[0]) { self->yieldc_armed[0] = 0; printf("countdown done\n"); } 
    return YIELDC_END;
}
#line 25 "protocol.c"

#line 116 "<stdout>"
/* The frame of generator nested: its parameters and the locals that live across a YIELD. */
#ifndef YIELDC_FRAME_nested
#define YIELDC_FRAME_nested
struct nested_frame {
    struct yieldc_iter it;
    int depth;
    union {
        struct countdown_frame s1;
        struct nested_frame *h2;
    } yieldc_sub;
};
#endif

static enum yieldc_status nested_resume(struct yieldc_iter *it, const void *in, void *out);
static void nested_close(struct yieldc_iter *it);
static const struct yieldc_ops nested_ops = {
    .next = nested_resume, .value_size = sizeof(int), .name = "nested",
    .close = nested_close
};

static void nested_close(struct yieldc_iter *it)
{
    (void)nested_resume(it, &nested_ops, NULL);
}

struct nested_frame nested(int depth)
{
    struct nested_frame self = { .it = YIELDC_ITER_INIT(&nested_ops), .depth = depth };
    return self;
}

static enum yieldc_status nested_resume(struct yieldc_iter *it, const void *in, void *out)
{
    struct nested_frame *self = (struct nested_frame *)it;
    int state = self->it.state;

    (void)in;
    self->it.state = YIELDC_STATE_RUNNING;
    if (in == (const void *)&nested_ops) {
        switch (state) {
        case 1: goto yieldc_unwind_0;
        case 2: goto yieldc_unwind_1;
        }
        return YIELDC_END;
    }
    switch (state) {
    case 1: goto yieldc_resume_1;
    case 2: goto yieldc_resume_2;
    }
#line 27 "protocol.c"
{
    if (self->depth == 0)
        return YIELDC_END;
    do { self->yieldc_sub.s1 = (countdown(self->depth)); in = NULL; yieldc_resume_1: switch (yieldc_delegate_(&self->yieldc_sub.s1.it, in, out, sizeof(int), 0)) { case YIELDC_VALUE: self->it.state = 1; return YIELDC_VALUE; case YIELDC_RUNNING: self->it.state = 1; return YIELDC_RUNNING; case YIELDC_END: break; } } while (0);
    do { self->yieldc_sub.h2 = YIELDC_ALLOC(sizeof *self->yieldc_sub.h2); *self->yieldc_sub.h2 = (nested(self->depth - 1)); in = NULL; yieldc_resume_2: switch (yieldc_delegate_(&self->yieldc_sub.h2->it, in, out, sizeof(int), 0)) { case YIELDC_VALUE: self->it.state = 2; return YIELDC_VALUE; case YIELDC_RUNNING: self->it.state = 2; return YIELDC_RUNNING; case YIELDC_END: break; } YIELDC_FREE(self->yieldc_sub.h2, sizeof *self->yieldc_sub.h2); } while (0);
} return YIELDC_END;
#line 173 "<stdout>"
    /* yieldc_close: the cleanups pending at each YIELD, innermost first */
yieldc_unwind_0:
    yieldc_close(&self->yieldc_sub.s1.it);
    return YIELDC_END;
yieldc_unwind_1:
    yieldc_close(&self->yieldc_sub.h2->it); YIELDC_FREE(self->yieldc_sub.h2, sizeof *self->yieldc_sub.h2);
    return YIELDC_END;
}
#line 33 "protocol.c"

#line 184 "<stdout>"
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
    struct squares_genexpr_1 *self = (struct squares_genexpr_1 *)it;
    (void)in;
    self->it.state = YIELDC_STATE_RUNNING;
    while (yieldc_foreach_next_(&self->yieldc_src.it, &self->x, sizeof self->x) == YIELDC_VALUE) {
        *(int *)out = (self->x * self->x);
        self->it.state = 1;
        return YIELDC_VALUE;
    }
    return YIELDC_END;
}

static void squares_genexpr_1_close(struct yieldc_iter *it)
{
    yieldc_close(&((struct squares_genexpr_1 *)it)->yieldc_src.it);
}

static const struct yieldc_ops squares_genexpr_1_ops = {
    .next = squares_genexpr_1_next, .value_size = sizeof(int), .name = "GENEXPR", .close = squares_genexpr_1_close
};

static struct squares_genexpr_1 *squares_genexpr_1_make(struct squares_genexpr_1 *self, struct countdown_frame yieldc_src)
{
    self->yieldc_src = yieldc_src;
    return self;
}

#line 223 "<stdout>"
/* The frame of generator squares: its parameters and the locals that live across a YIELD. */
#ifndef YIELDC_FRAME_squares
#define YIELDC_FRAME_squares
struct squares_frame {
    struct yieldc_iter it;
    int n;
    union {
        struct squares_genexpr_1 s1;
    } yieldc_sub;
};
#endif

static enum yieldc_status squares_resume(struct yieldc_iter *it, const void *in, void *out);
static void squares_close(struct yieldc_iter *it);
static const struct yieldc_ops squares_ops = {
    .next = squares_resume, .value_size = sizeof(int), .name = "squares",
    .close = squares_close
};

static void squares_close(struct yieldc_iter *it)
{
    (void)squares_resume(it, &squares_ops, NULL);
}

struct squares_frame squares(int n)
{
    struct squares_frame self = { .it = YIELDC_ITER_INIT(&squares_ops), .n = n };
    return self;
}

static enum yieldc_status squares_resume(struct yieldc_iter *it, const void *in, void *out)
{
    struct squares_frame *self = (struct squares_frame *)it;
    int state = self->it.state;

    (void)in;
    self->it.state = YIELDC_STATE_RUNNING;
    if (in == (const void *)&squares_ops) {
        switch (state) {
        case 1: goto yieldc_unwind_0;
        }
        return YIELDC_END;
    }
    switch (state) {
    case 1: goto yieldc_resume_1;
    }
#line 35 "protocol.c"
{
    do { self->yieldc_sub.s1 = ((*squares_genexpr_1_make(&(struct squares_genexpr_1){ .it = YIELDC_ITER_INIT(&squares_genexpr_1_ops) }, (countdown(self->n))))); in = NULL; yieldc_resume_1: switch (yieldc_delegate_(&self->yieldc_sub.s1.it, in, out, sizeof(int), 0)) { case YIELDC_VALUE: self->it.state = 1; return YIELDC_VALUE; case YIELDC_RUNNING: self->it.state = 1; return YIELDC_RUNNING; case YIELDC_END: break; } } while (0);
} return YIELDC_END;
#line 274 "<stdout>"
    /* yieldc_close: the cleanups pending at each YIELD, innermost first */
yieldc_unwind_0:
    yieldc_close(&self->yieldc_sub.s1.it);
    return YIELDC_END;
}
