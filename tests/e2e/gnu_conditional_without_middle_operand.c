/* GNU `x ?: y` (its middle operand omitted) in a generator, where no YIELD
 * is inside it: copied as written, x evaluated once, a frame variable in
 * either operand read from the frame, and kept whole in a temporary when a
 * YIELD follows it in the same expression. (__extension__ keeps -pedantic
 * quiet about the GNU form.) */
#include <stdio.h>
#include <yieldc.h>

static int calls;
static int pick(int x)
{
    calls++;
    return x;
}

GENERATOR(int, int) g(int a)
{
    int b = __extension__(pick(a) ?: 7);
    YIELD(b);
    YIELD(__extension__(pick(0) ?: a + 1));
    int c = __extension__(a ?: 3) + __extension__(0 ?: 4);
    YIELD(c);
    int d = __extension__(pick(b) ?: a) + YIELD(100);
    YIELD(d);
    YIELD(__extension__(YIELDC_STATE_START ?: b));
}

int main(void)
{
    struct g_frame f = g(5);
    int v, sent = 1000;
    while (yieldc_send(&f.it, &sent, &v) == YIELDC_VALUE)
        printf("%d\n", v);
    printf("calls %d\n", calls);
    return 0;
}
