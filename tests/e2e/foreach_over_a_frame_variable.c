/*
 * FOREACH over a frame variable of a generator of this file, written
 * `&frame.it` or `frame`, calls its resume function directly: it behaves
 * as through the iterator's ops. An ended frame stays ended, a frame
 * taken part-way goes on where it was, re-entry is refused, cleanups run
 * once. Through an array element or a pointer it goes through the ops.
 */
#include <stdio.h>
#include <yieldc.h>

static GENERATOR(int) count(int n)
{
    DEFER(printf("count(%d) cleaned up\n", n));
    for (int i = 0; i < n; i++)
        YIELD(i);
}

static GENERATOR(int) selfish(void);
static YIELDC_FRAME(selfish) *me;

/* resumes its own frame while it runs: refused */
static GENERATOR(int) selfish(void)
{
    int v = 0;
    printf("reentry: %s\n", yieldc_next(&me->it, &v) == YIELDC_RUNNING ? "refused" : "allowed");
    YIELD(1);
}

int main(void)
{
    YIELDC_FRAME(count) a = count(3);
    struct count_frame b = count(4);
    struct count_frame arr[1] = { count(1) };
    struct count_frame *p = &b;

    FOREACH (int v, &a.it)
        printf("a %d\n", v);
    FOREACH (int v, &a.it)
        printf("a again %d\n", v);
    FOREACH (int v, b) {
        printf("b %d\n", v);
        if (v == 1)
            break;
    }
    FOREACH (int v, b)
        printf("b goes on %d\n", v);
    FOREACH (int v, &arr[0].it)
        printf("arr %d\n", v);
    FOREACH (int v, &p->it)
        printf("p, ended %d\n", v);

    static YIELDC_FRAME(selfish) s;
    s = selfish();
    me = &s;
    FOREACH (int v, &s.it)
        printf("selfish %d\n", v);
    return 0;
}
