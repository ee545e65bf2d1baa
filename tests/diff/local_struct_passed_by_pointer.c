/* A local struct handed by pointer to ordinary functions between YIELDs:
 * the functions see and update the one copy in the frame. */
#include "diff.h"

struct stats {
    int count;
    int sum;
    int max;
};

static void add(struct stats *s, int v)
{
    s->count++;
    s->sum += v;
    if (v > s->max)
        s->max = v;
}

static int mean(const struct stats *s)
{
    return s->count ? s->sum / s->count : 0;
}

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) running(int n)
{
    struct stats st = { 0, 0, 0 };
    struct stats *sp = &st;

    for (int i = 1; i <= n; i++) {
        add(&st, i * 3 % 7);
        YIELD(st.sum);
        printf("count %d max %d mean %d\n", st.count, st.max, mean(&st));
        add(sp, 1);
    }
    YIELD(mean(sp));
}

DIFF_MAIN(int, running, (5))
