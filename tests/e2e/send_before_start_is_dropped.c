/* A value sent to a generator that has not started has no YIELD to
 * receive it: it is dropped, and the send runs the body up to the first
 * YIELD like a plain next. Later sends arrive where the body is suspended.
 * (Python refuses a value other than None in the first send; the Python
 * equivalent of the first send here is gen.send(None).) */
#include <yieldc.h>
#include <stdio.h>

static const char *status_name(enum yieldc_status s)
{
    switch (s) {
    case YIELDC_END: return "END";
    case YIELDC_VALUE: return "VALUE";
    case YIELDC_RUNNING: return "RUNNING";
    }
    return "?";
}

GENERATOR(int, int) echo(void)
{
    printf("  started\n");
    int got = YIELD(100);
    printf("  first YIELD received %d\n", got);
    got = YIELD(200);
    printf("  second YIELD received %d\n", got);
}

int main(void)
{
    YIELDC_FRAME(echo) g = echo();
    int in = 7, out = -1;
    enum yieldc_status s;

    s = yieldc_send(&g.it, &in, &out);      /* nothing receives the 7 */
    printf("send 7 -> %s %d\n", status_name(s), out);
    in = 8;
    s = yieldc_send(&g.it, &in, &out);
    printf("send 8 -> %s %d\n", status_name(s), out);
    in = 9;
    out = -1;
    s = yieldc_send(&g.it, &in, &out);
    printf("send 9 -> %s %d\n", status_name(s), out);
    s = yieldc_send(&g.it, &in, &out);
    printf("send 9 again -> %s\n", status_name(s));
    return 0;
}
