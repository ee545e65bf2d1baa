/* A generator takes the address of its own locals (an array and an int)
 * and keeps using the pointers across yields; the frame is never moved after
 * its first next, so the pointers stay valid. */
#include <yieldc.h>
#include <stdio.h>

static void fill(int *a, int n, int base)
{
    int i;

    for (i = 0; i < n; i++)
        a[i] = base + i;
}

GENERATOR(int) through_pointers(void)
{
    int buf[4];
    int count = 0;
    int *cursor = buf;
    int *counter = &count;

    fill(buf, 4, 10);
    while (cursor != buf + 4) {
        YIELD(*cursor);
        *cursor *= -1;
        ++*counter;
        cursor++;
    }
    printf("  count=%d buf={%d,%d,%d,%d}\n", count, buf[0], buf[1], buf[2], buf[3]);
}

int main(void)
{
    YIELDC_FRAME(through_pointers) gen = through_pointers();
    int v;

    while (yieldc_next(&gen.it, &v) == YIELDC_VALUE)
        printf("got %d\n", v);
    return 0;
}
