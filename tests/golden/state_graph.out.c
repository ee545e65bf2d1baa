#line 1 "state_graph.c"
/* Control flow for the state graph (--emit=dot): a loop, the user's own
 * switch with fallthrough, a backward goto, break and return. */
#include <yieldc.h>

#line 7 "<stdout>"
/* The frame of generator machine: its parameters and the locals that live across a YIELD. */
#ifndef YIELDC_FRAME_machine
#define YIELDC_FRAME_machine
struct machine_frame {
    struct yieldc_iter it;
    int n;
    int k;
};
#endif

enum yieldc_status machine_resume(struct yieldc_iter *it, const void *in, void *out);
static const struct yieldc_ops machine_ops = {
    .next = machine_resume, .value_size = sizeof(int), .name = "machine"
};

struct machine_frame machine(int n)
{
    struct machine_frame self = { .it = YIELDC_ITER_INIT(&machine_ops), .n = n };
    return self;
}

enum yieldc_status machine_resume(struct yieldc_iter *it, const void *in, void *out)
{
    struct machine_frame *self = (struct machine_frame *)(void *)it;
    int state = self->it.state;

    (void)in;
    switch (state) {
    case YIELDC_STATE_START:
        break;
    case 1: goto yieldc_resume_1;
    case 2: goto yieldc_resume_2;
    case 3: goto yieldc_resume_3;
    case 4: goto yieldc_resume_4;
    case YIELDC_STATE_ENDED: goto yieldc_end;
    default:
        return yieldc_refused_(&self->it);
    }
#line 6 "state_graph.c"
{
    self->k = 0;

again:
    do { *(int *)out = (-1); self->it.state = 1; return YIELDC_VALUE; yieldc_resume_1:; } while (0);
    while (self->k < self->n) {
        switch (self->k % 3) {
        case 0:
            do { *(int *)out = (self->k); self->it.state = 2; return YIELDC_VALUE; yieldc_resume_2:; } while (0);
            /* falls through */
        case 1:
            do { *(int *)out = (self->k + 100); self->it.state = 3; return YIELDC_VALUE; yieldc_resume_3:; } while (0);
            break;
        default:
            if (self->k > 10)
                goto yieldc_end;
        }
        self->k++;
    }
    if (self->k < 2 * self->n) {
        self->k += 1;
        goto again;
    }
    do { *(int *)out = (999); self->it.state = 4; return YIELDC_VALUE; yieldc_resume_4:; } while (0);
}
#line 72 "<stdout>"
yieldc_end:
    self->it.state = YIELDC_STATE_ENDED;
    YIELDC_APART_();
    return YIELDC_END;
#line 30 "state_graph.c"
}
