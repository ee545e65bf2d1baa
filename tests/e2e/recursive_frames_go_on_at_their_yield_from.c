/* A recursive generator whose frames end one after another go on in the
 * frame that delegated to them, at its YIELD_FROM: of its own call, or of
 * an iterator of its own kind it was given (which owns its own pool). A
 * frame that goes on there is in the chain: re-entry stays refused. */
#include <stdio.h>
#include <yieldc.h>

static struct yieldc_iter *probe;     /* the outermost, for the re-entry checks */

static void try_reentry(const char *where)
{
    int v;
    printf("%s: re-entry %s\n", where, yieldc_next(probe, &v) == YIELDC_RUNNING ? "refused" : "ALLOWED");
}

static GENERATOR(int) nest(int depth, struct yieldc_iter *inner)
{
    YIELD(depth);
    if (depth > 0) {
        YIELD_FROM(nest(depth - 1, inner));
        try_reentry("after own call");
    } else if (inner) {
        YIELD_FROM(inner);
        try_reentry("after given iterator");
    }
    YIELD(-depth);
}

int main(void)
{
    YIELDC_FRAME(nest) in = nest(2, NULL);
    YIELDC_FRAME(nest) out = nest(2, &in.it);
    probe = &out.it;
    FOREACH (int v, &out.it)
        printf("%d\n", v);
    printf("inner ended: %d, outer ended: %d\n", yieldc_ended(&in.it), yieldc_ended(&out.it));

    /* the same, closed while the given iterator's innermost frame is suspended */
    YIELDC_FRAME(nest) in2 = nest(3, NULL);
    YIELDC_FRAME(nest) out2 = nest(1, &in2.it);
    probe = &out2.it;
    int taken = 0;
    FOREACH (int v, &out2.it) {
        printf("%d\n", v);
        if (++taken == 5)
            break;
    }
    yieldc_close(&out2.it);
    printf("closed: inner ended %d, outer ended %d\n", yieldc_ended(&in2.it), yieldc_ended(&out2.it));
    /* the given iterator is its owner's to close (it frees the pool its own frames came from) */
    printf("inner closed: %d\n", yieldc_close(&in2.it) == YIELDC_END && yieldc_ended(&in2.it));
    return 0;
}
