/* While a generator runs, every way back into it is refused: yieldc_send
 * and yieldc_next report YIELDC_RUNNING and leave the out value alone,
 * yieldc_close reports YIELDC_RUNNING and runs no DEFER, yieldc_result
 * gives NULL; the same from a sub-generator it delegates to with
 * YIELD_FROM. A YIELD_FROM whose source is running passes the refusal on
 * to its own caller and stays where it is, so a later next delegates again
 * (where Python would raise ValueError in it and end it). */
#include <yieldc.h>
#include <stdio.h>

static struct yieldc_iter *outer_it;

static const char *status_name(enum yieldc_status s)
{
    switch (s) {
    case YIELDC_END: return "END";
    case YIELDC_VALUE: return "VALUE";
    case YIELDC_RUNNING: return "RUNNING";
    }
    return "?";
}

static void poke(const char *where)
{
    int in = 5, out = -1;

    printf("  %s: send outer -> %s\n", where, status_name(yieldc_send(outer_it, &in, &out)));
    printf("  %s: next outer -> %s\n", where, status_name(yieldc_next(outer_it, &out)));
    printf("  %s: close outer -> %s\n", where, status_name(yieldc_close(outer_it)));
    printf("  %s: result outer -> %s\n", where, yieldc_result(outer_it) ? "set" : "NULL");
    printf("  %s: out still %d\n", where, out);
}

GENERATOR(int, int, int) inner(void)
{
    DEFER(printf("  inner cleanup\n"));
    poke("inner");
    int got = YIELD(1);
    printf("  inner received %d\n", got);
    return got;
}

GENERATOR(int, int, int) outer(void)
{
    DEFER(printf("  outer cleanup\n"));
    poke("outer");
    int r = YIELD_FROM(inner());
    printf("  outer got result %d\n", r);
    return r + 1;
}

/* Delegates to whatever `source` points to. */
GENERATOR(int) relay(struct yieldc_iter *source)
{
    printf("  relay: starts\n");
    YIELD_FROM(source);
    printf("  relay: source ended\n");
}

static struct yieldc_iter *relay_it;

/* Runs relay, which delegates back to this running generator. */
GENERATOR(int) asks_relay(void)
{
    int v = -1;

    printf("  asks_relay: next relay -> %s\n", status_name(yieldc_next(relay_it, &v)));
    printf("  asks_relay: v still %d\n", v);
    YIELD(7);
    printf("  asks_relay: ends\n");
}

int main(void)
{
    YIELDC_FRAME(outer) g = outer();
    int v, in = 42;

    outer_it = &g.it;
    printf("first next -> %s\n", status_name(yieldc_next(&g.it, &v)));
    printf("value %d\n", v);
    printf("send 42 -> %s\n", status_name(yieldc_send(&g.it, &in, &v)));
    printf("result %d\n", *(const int *)yieldc_result(&g.it));

    YIELDC_FRAME(asks_relay) a = asks_relay();
    YIELDC_FRAME(relay) r = relay(&a.it);
    relay_it = &r.it;
    printf("asks_relay next -> %s\n", status_name(yieldc_next(&a.it, &v)));
    printf("value %d\n", v);
    printf("relay next -> %s\n", status_name(yieldc_next(&r.it, &v)));
    printf("relay next -> %s\n", status_name(yieldc_next(&r.it, &v)));
    return 0;
}
