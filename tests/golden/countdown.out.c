#line 1 "countdown.c"
/* The generator from the design notes: a parameter kept in the frame. */
#include <yieldc.h>
#include <stdio.h>

#line 7 "<stdout>"
/* The frame of generator countdown: its parameters and the locals that live across a YIELD. */
#ifndef YIELDC_FRAME_countdown
#define YIELDC_FRAME_countdown
struct countdown_frame {
    struct yieldc_iter it;
    int n;
};
#endif

enum yieldc_status countdown_resume(struct yieldc_iter *it, const void *in, void *out);
static const struct yieldc_ops countdown_ops = {
    .next = countdown_resume, .value_size = sizeof(int), .name = "countdown"
};

struct countdown_frame countdown(int n)
{
    struct countdown_frame self = { .it = YIELDC_ITER_INIT(&countdown_ops), .n = n };
    return self;
}

enum yieldc_status countdown_resume(struct yieldc_iter *it, const void *in, void *out)
{
    struct countdown_frame *self = (struct countdown_frame *)(void *)it;
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
#line 6 "countdown.c"
{
    printf("Starting\n");
    while (self->n > 0) {
        do { *(int *)out = (self->n); self->it.state = 1; return YIELDC_VALUE; yieldc_resume_1:; } while (0);
        self->n -= 1;
    }
}
#line 53 "<stdout>"
yieldc_end:
    self->it.state = YIELDC_STATE_ENDED;
    YIELDC_APART_();
    return YIELDC_END;
#line 12 "countdown.c"
}
#line 13 "countdown.c"

int main(void)
{
    for (struct countdown_frame yieldc_src_1 = countdown(5), *yieldc_once_1 = &yieldc_src_1; yieldc_once_1; yieldc_once_1 = NULL) for (int num; yieldc_once_1 && yieldc_call_(&yieldc_src_1.it, countdown_resume, NULL, &num) == YIELDC_VALUE; yieldc_once_1 = NULL) do {
        printf("%d\n", num); } while (yieldc_call_(&yieldc_src_1.it, countdown_resume, NULL, &num) == YIELDC_VALUE);
    return 0;
}
