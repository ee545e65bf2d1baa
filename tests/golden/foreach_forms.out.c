#line 1 "foreach_forms.c"
/* FOREACH over a generator call, a frame variable and an iterator pointer,
 * in a plain function and inside a generator (where the loop lives in the frame). */
#include <yieldc.h>
#include <stdio.h>

#line 8 "<stdout>"
/* The frame of generator range: its parameters and the locals that live across a YIELD. */
#ifndef YIELDC_FRAME_range
#define YIELDC_FRAME_range
struct range_frame {
    struct yieldc_iter it;
    int n;
    int i;
};
#endif

enum yieldc_status range_resume(struct yieldc_iter *it, const void *in, void *out);
#line 6 "foreach_forms.c"
struct range_frame range(int n);

#line 23 "<stdout>"
/* The frame of generator evens: its parameters and the locals that live across a YIELD. */
#ifndef YIELDC_FRAME_evens
#define YIELDC_FRAME_evens
struct evens_frame {
    struct yieldc_iter it;
    struct yieldc_iter *src;
    struct yieldc_iter *yieldc_once_1;
};
#endif

enum yieldc_status evens_resume(struct yieldc_iter *it, const void *in, void *out);
static const struct yieldc_ops evens_ops = {
    .next = evens_resume, .value_size = sizeof(int), .name = "evens"
};

struct evens_frame evens(struct yieldc_iter *src)
{
    struct evens_frame self = { .it = YIELDC_ITER_INIT(&evens_ops), .src = src };
    return self;
}

enum yieldc_status evens_resume(struct yieldc_iter *it, const void *in, void *out)
{
    struct evens_frame *self = (struct evens_frame *)(void *)it;
    int state = self->it.state;

    (void)in;
    self->it.state = YIELDC_STATE_RUNNING;
    if (YIELDC_LIKELY_(state == 1))
        goto yieldc_resume_1;
    switch (state) {
    case YIELDC_STATE_START:
        break;
    case YIELDC_STATE_ENDED: goto yieldc_end;
    default:
        self->it.state = state;
        return yieldc_refused_(&self->it);
    }
#line 9 "foreach_forms.c"
{
    for (self->yieldc_once_1 = (struct yieldc_iter *)(self->src); self->yieldc_once_1; self->yieldc_once_1 = NULL) for (int x; yieldc_foreach_next_(self->yieldc_once_1, &x, sizeof x) == YIELDC_VALUE;) {
        if (x % 2 == 0)
            do { *(int *)out = (x); self->it.state = 1; return YIELDC_VALUE; yieldc_resume_1:; } while (0);
    }
}
#line 69 "<stdout>"
yieldc_end:
    self->it.state = YIELDC_STATE_ENDED;
    YIELDC_APART_();
    return YIELDC_END;
#line 14 "foreach_forms.c"
}
#line 15 "foreach_forms.c"

#line 78 "<stdout>"
static const struct yieldc_ops range_ops = {
    .next = range_resume, .value_size = sizeof(int), .name = "range"
};

struct range_frame range(int n)
{
    struct range_frame self = { .it = YIELDC_ITER_INIT(&range_ops), .n = n };
    return self;
}

enum yieldc_status range_resume(struct yieldc_iter *it, const void *in, void *out)
{
    struct range_frame *self = (struct range_frame *)(void *)it;
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
#line 17 "foreach_forms.c"
{
    for (self->i = 0; self->i < self->n; self->i++)
        do { *(int *)out = (self->i); self->it.state = 1; return YIELDC_VALUE; yieldc_resume_1:; } while (0);
}
#line 109 "<stdout>"
yieldc_end:
    self->it.state = YIELDC_STATE_ENDED;
    YIELDC_APART_();
    return YIELDC_END;
#line 20 "foreach_forms.c"
}
#line 21 "foreach_forms.c"

#line 118 "<stdout>"
/* The GENEXPR of line 30: its source, its variable, the outer variables it copies. */
#ifndef YIELDC_GENEXPR_main_genexpr_1
#define YIELDC_GENEXPR_main_genexpr_1
struct main_genexpr_1 {
    struct yieldc_iter it;
    struct range_frame yieldc_src;
    int x;
};
#endif

static enum yieldc_status main_genexpr_1_next(struct yieldc_iter *it, const void *in, void *out)
{
    struct main_genexpr_1 *self = (struct main_genexpr_1 *)(void *)it;
    (void)in;
    self->it.state = YIELDC_STATE_RUNNING;
    while (yieldc_call_(&self->yieldc_src.it, range_resume, NULL, &self->x) == YIELDC_VALUE) {
#line 31 "foreach_forms.c"
        if (!(self->x % 3 != 0))
#line 137 "<stdout>"
            continue;
#line 30 "foreach_forms.c"
        *(int *)out = (self->x * self->x);
#line 141 "<stdout>"
        self->it.state = 1;
        return YIELDC_VALUE;
    }
    return YIELDC_END;
}

static void main_genexpr_1_close(struct yieldc_iter *it)
{
    yieldc_close(&((struct main_genexpr_1 *)(void *)it)->yieldc_src.it);
}

static const struct yieldc_ops main_genexpr_1_ops = {
    .next = main_genexpr_1_next, .value_size = sizeof(int), .name = "GENEXPR", .close = main_genexpr_1_close
};

static struct main_genexpr_1 *main_genexpr_1_make(struct main_genexpr_1 *self, struct range_frame yieldc_src)
{
    self->yieldc_src = yieldc_src;
    return self;
}

#line 22 "foreach_forms.c"
int main(void)
{
    struct range_frame r = range(4);

    for (struct yieldc_iter *yieldc_once_2 = (struct yieldc_iter *)&(r); yieldc_once_2; yieldc_once_2 = NULL) for (int x; yieldc_once_2 && yieldc_call_(yieldc_once_2, range_resume, NULL, &x) == YIELDC_VALUE; yieldc_once_2 = NULL) do {
        printf("%d\n", x); } while (yieldc_call_(yieldc_once_2, range_resume, NULL, &x) == YIELDC_VALUE);
    for (struct evens_frame yieldc_src_3 = evens(&r.it), *yieldc_once_3 = &yieldc_src_3; yieldc_once_3; yieldc_once_3 = NULL) for (int x; yieldc_once_3 && yieldc_call_(&yieldc_src_3.it, evens_resume, NULL, &x) == YIELDC_VALUE; yieldc_once_3 = NULL) do {
        printf("never: %d\n", x); } while (yieldc_call_(&yieldc_src_3.it, evens_resume, NULL, &x) == YIELDC_VALUE);
    for (struct main_genexpr_1 yieldc_src_4 YIELDC_OWNED_ = (*main_genexpr_1_make(&(struct main_genexpr_1){ .it = YIELDC_ITER_INIT(&main_genexpr_1_ops) }, (range(6))))
, *yieldc_once_4 = &yieldc_src_4; yieldc_once_4; yieldc_once_4 = NULL) for (int sq; yieldc_foreach_next_(&yieldc_src_4.it, &sq, sizeof sq) == YIELDC_VALUE;)        /* its value and condition keep their lines */
        printf("%d\n", sq);
    return 0;
}
