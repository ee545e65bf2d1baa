/* The forms of GENERATOR(T, S, R): S and R may be absent or void. The ops
 * table says what a generator takes and gives: sent_size is sizeof S or 0,
 * result_size is sizeof R or 0 (and yieldc_result gives NULL after the end
 * when it is 0). A generator that takes no sent values ignores one that is
 * sent to it. */
#include <yieldc.h>
#include <stdio.h>

struct big {
    double d[4];
};

GENERATOR(int) plain(void)
{
    YIELD(1);
}

GENERATOR(int, void) void_sent(void)
{
    YIELD(2);
}

GENERATOR(int, short) with_sent(void)
{
    short s = YIELD(3);
    printf("  with_sent received %d\n", s);
}

GENERATOR(int, short, void) void_result(void)
{
    short s = YIELD(4);
    printf("  void_result received %d\n", s);
}

GENERATOR(int, void, void) both_void(void)
{
    YIELD(5);
    return;
}

GENERATOR(char, struct big, struct big) everything(void)
{
    struct big b = YIELD('e');
    b.d[3] += 0.5;
    return b;
}

static void run(const char *name, struct yieldc_iter *it, const void *in, size_t sent, size_t result)
{
    long long value = 0;        /* big enough for each value type here */
    int count = 0;

    printf("%s: value_size ok %d, sent_size %s, result_size %s\n", name,
           it->ops->value_size == sizeof(int) || it->ops->value_size == sizeof(char),
           it->ops->sent_size == sent ? "ok" : "WRONG", it->ops->result_size == result ? "ok" : "WRONG");
    while (yieldc_send(it, count ? in : NULL, &value) == YIELDC_VALUE)
        count++;
    printf("%s: %d value(s), result %s\n", name, count, yieldc_result(it) ? "set" : "NULL");
}

int main(void)
{
    short s = 7;
    struct big b = { { 1, 2, 3, 4 } };

    YIELDC_FRAME(plain) p = plain();
    run("plain", &p.it, &s, 0, 0);
    YIELDC_FRAME(void_sent) a = void_sent();
    run("void_sent", &a.it, &s, 0, 0);
    YIELDC_FRAME(with_sent) c = with_sent();
    run("with_sent", &c.it, &s, sizeof(short), 0);
    YIELDC_FRAME(void_result) d = void_result();
    run("void_result", &d.it, &s, sizeof(short), 0);
    YIELDC_FRAME(both_void) e = both_void();
    run("both_void", &e.it, &s, 0, 0);
    YIELDC_FRAME(everything) f = everything();
    run("everything", &f.it, &b, sizeof(struct big), sizeof(struct big));
    const struct big *r = yieldc_result(&f.it);
    printf("everything result %g %g %g %g\n", r->d[0], r->d[1], r->d[2], r->d[3]);
    return 0;
}
