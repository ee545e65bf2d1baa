/* A plain yieldc_next resumes a YIELD with a zero value of the sent type,
 * where Python's next() gives None: sends and nexts can be mixed freely.
 * (The Python equivalent maps None to 0.) */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int, int) recorder(void)
{
    int count = 0;

    for (;;) {
        int got = YIELD(count);
        printf("  received %d\n", got);
        count++;
    }
}

int main(void)
{
    YIELDC_FRAME(recorder) g = recorder();
    int in, out;

    yieldc_next(&g.it, &out);
    printf("start -> %d\n", out);
    in = 5;
    yieldc_send(&g.it, &in, &out);
    printf("send 5 -> %d\n", out);
    yieldc_next(&g.it, &out);
    printf("next -> %d\n", out);
    in = 6;
    yieldc_send(&g.it, &in, &out);
    printf("send 6 -> %d\n", out);
    yieldc_send(&g.it, NULL, &out);         /* a NULL in is a plain next */
    printf("send NULL -> %d\n", out);
    yieldc_next(&g.it, &out);
    printf("next -> %d\n", out);
    return 0;
}
