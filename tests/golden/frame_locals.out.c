#line 1 "frame_locals.c"
/* Which locals live in the frame, and how their declarations are rewritten. */
#include <yieldc.h>

struct point { int x, y; };

#line 8 "<stdout>"
#include <string.h>

/* The frame of generator walk: its parameters and the locals that live across a YIELD. */
#ifndef YIELDC_FRAME_walk
#define YIELDC_FRAME_walk
struct walk_frame {
    struct yieldc_iter it;
    const int *values;
    int n;
    int total;
    int *last;
    int unused_later;
    struct point p;
    int window[2];
    int i;
};
#endif

static enum yieldc_status walk_resume(struct yieldc_iter *it, const void *in, void *out);
static const struct yieldc_ops walk_ops = {
    .next = walk_resume, .value_size = sizeof(int), .name = "walk"
};

static struct walk_frame walk(const int *values, int n)
{
    struct walk_frame self = { .it = YIELDC_ITER_INIT(&walk_ops), .values = values, .n = n };
    return self;
}

static inline enum yieldc_status walk_resume(struct yieldc_iter *it, const void *in, void *out)
{
    struct walk_frame *self = (struct walk_frame *)(void *)it;
    int state = self->it.state;

    (void)in;
    switch (state) {
    case YIELDC_STATE_START:
        break;
    case 1: goto yieldc_resume_1;
    case 2: goto yieldc_resume_2;
    case YIELDC_STATE_ENDED: goto yieldc_end;
    default:
        return yieldc_refused_(&self->it);
    }
#line 7 "frame_locals.c"
{
    self->total = 0; self->last = &self->total;
    self->p = (struct point){ 1, 2 };
    memcpy(YIELDC_UNQUALIFIED_(self->window), (int [2]){ 0 }, sizeof self->window);

    for (self->i = 0; self->i < self->n; self->i++) {
        int doubled; doubled = (self->values[self->i] * 2);    /* dead before the YIELD: stays a C local */
        self->window[self->i % 2] = doubled;
        self->total += doubled;
        do { *(int *)out = (self->total + self->p.x); self->it.state = 1; return YIELDC_VALUE; yieldc_resume_1:; } while (0);
        {
            int total; total = (-1);             /* shadows the outer total */
            do { *(int *)out = (total); self->it.state = 2; return YIELDC_VALUE; yieldc_resume_2:; } while (0);
        }
    }
    *self->last = 0;
    self->unused_later = 1;
    (void)self->unused_later;
}
#line 73 "<stdout>"
yieldc_end:
    self->it.state = YIELDC_STATE_ENDED;
    YIELDC_APART_();
    return YIELDC_END;
#line 25 "frame_locals.c"
}
