/* yieldc_result: NULL until the generator has ended (before it starts,
 * while suspended, while running); after `return expr;` it points to the
 * result; after a plain `return;`, falling off the end or a close it
 * points to a zero result; a generator without a result type has none.
 * (Python's StopIteration.value, with None shown as 0.) */
#include <yieldc.h>
#include <stdio.h>

struct stats {
    int count;
    int sum;
};

static struct yieldc_iter *current;

static void look_while_running(void)
{
    printf("  while running: %s\n", yieldc_result(current) ? "result" : "NULL");
}

/* The sum of the values it is sent, once it is sent a negative one. */
GENERATOR(int, int, int) summer(void)
{
    int sum = 0;

    look_while_running();
    for (;;) {
        int v = YIELD(sum);
        if (v < 0)
            return sum;
        sum += v;
    }
}

/* Counts and sums 1..n, with a struct result; S is void. */
GENERATOR(int, void, struct stats) counted(int n)
{
    struct stats s = { 0, 0 };

    for (int i = 1; i <= n; i++) {
        YIELD(i);
        s.count++;
        s.sum += i;
        if (s.sum > 100)
            return s;
    }
    return s;
}

/* Ends with a plain return, or by falling off the end. */
GENERATOR(int, void, int) maybe(int early)
{
    YIELD(1);
    if (early)
        return;
    YIELD(2);
}

GENERATOR(int) no_result(void)
{
    YIELD(1);
}

static void show(const char *what, const struct yieldc_iter *it)
{
    const int *r = yieldc_result(it);

    if (r)
        printf("%s: %d\n", what, *r);
    else
        printf("%s: NULL\n", what);
}

int main(void)
{
    int v;

    YIELDC_FRAME(summer) s = summer();
    current = &s.it;
    show("summer before start", &s.it);
    yieldc_next(&s.it, &v);
    show("summer suspended", &s.it);
    for (int in = 1; in <= 4; in++)
        yieldc_send(&s.it, &in, &v);
    printf("summer last value %d\n", v);
    v = -1;
    printf("summer send -1 ends: %d\n", yieldc_send(&s.it, &v, &v) == YIELDC_END);
    show("summer result", &s.it);
    yieldc_close(&s.it);
    show("summer result after a close of the ended generator", &s.it);

    YIELDC_FRAME(counted) c = counted(5);
    FOREACH (int x, c)
        printf("counted %d\n", x);
    const struct stats *st = yieldc_result(&c.it);
    printf("counted result: count %d sum %d\n", st->count, st->sum);
    YIELDC_FRAME(counted) big = counted(50);
    FOREACH (int x, big)
        (void)x;
    st = yieldc_result(&big.it);
    printf("counted(50) result: count %d sum %d\n", st->count, st->sum);

    YIELDC_FRAME(maybe) early = maybe(1), late = maybe(0);
    while (yieldc_next(&early.it, &v) == YIELDC_VALUE)
        printf("early %d\n", v);
    show("result after plain return", &early.it);
    while (yieldc_next(&late.it, &v) == YIELDC_VALUE)
        printf("late %d\n", v);
    show("result after falling off the end", &late.it);

    YIELDC_FRAME(summer) closed = summer();
    current = &closed.it;
    yieldc_next(&closed.it, &v);
    v = 5;
    yieldc_send(&closed.it, &v, &v);
    yieldc_close(&closed.it);
    show("summer closed while suspended", &closed.it);
    YIELDC_FRAME(summer) unstarted = summer();
    yieldc_close(&unstarted.it);
    show("summer closed before start", &unstarted.it);

    YIELDC_FRAME(no_result) n = no_result();
    FOREACH (int x, n)
        printf("no_result %d\n", x);
    printf("no_result ended %d, result %s\n", yieldc_ended(&n.it), yieldc_result(&n.it) ? "set" : "NULL");
    return 0;
}
