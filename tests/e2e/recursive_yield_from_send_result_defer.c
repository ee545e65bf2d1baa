/* A generator that delegates to calls of itself, levels deep: each level
 * goes on in its sub-generator's frame without going back to the driver.
 * Sent values reach the innermost level, each level's result comes back
 * one level up, DEFERs run as levels end, innermost first; a second walk
 * is closed while suspended three levels down, and runs exactly the DEFERs
 * still pending; an iterator of the chain refuses to be run from inside. */
#include <yieldc.h>
#include <stdio.h>

static struct yieldc_iter *outer;

GENERATOR(int, int, int) sums(int depth, int id)
{
    DEFER(printf("  leave %d\n", id));
    if (depth == 0) {
        int got = YIELD(id);
        printf("  leaf %d got %d\n", id, got);
        if (got == 99)      /* inside the chain: the outermost refuses */
            printf("  re-entry: %s\n", yieldc_next(outer, NULL) == YIELDC_RUNNING ? "refused" : "RAN");
        return got;
    }
    int left = YIELD_FROM(sums(depth - 1, id * 2));
    int right = YIELD_FROM(sums(depth - 1, id * 2 + 1));
    printf("  node %d: %d + %d\n", id, left, right);
    return left + right;
}

int main(void)
{
    YIELDC_FRAME(sums) g = sums(3, 1);
    int out, send = 0;
    enum yieldc_status s;

    outer = &g.it;
    for (s = yieldc_next(&g.it, &out); s == YIELDC_VALUE; s = yieldc_send(&g.it, &send, &out)) {
        send = out == 11 ? 99 : out * 10;
        printf("value %d, sending %d\n", out, send);
    }
    printf("result %d\n", *(const int *)yieldc_result(&g.it));
    printf("again: %s\n", yieldc_next(&g.it, &out) == YIELDC_END ? "ended" : "VALUE");

    YIELDC_FRAME(sums) h = sums(3, 1);
    for (int k = 0; k < 3; k++) {
        yieldc_send(&h.it, k ? &send : NULL, &out);
        printf("value %d\n", out);
    }
    printf("close\n");
    yieldc_close(&h.it);
    printf("closed: %s\n", yieldc_next(&h.it, &out) == YIELDC_END ? "ended" : "VALUE");
    return 0;
}
