/* Which locals live in the frame, and how their declarations are rewritten. */
#include <yieldc.h>

struct point { int x, y; };

static GENERATOR(int) walk(const int *values, int n)
{
    int total = 0, *last = &total, unused_later;
    struct point p = { 1, 2 };
    int window[2] = { 0 };

    for (int i = 0; i < n; i++) {
        int doubled = values[i] * 2;    /* dead before the YIELD: stays a C local */
        window[i % 2] = doubled;
        total += doubled;
        YIELD(total + p.x);
        {
            int total = -1;             /* shadows the outer total */
            YIELD(total);
        }
    }
    *last = 0;
    unused_later = 1;
    (void)unused_later;
}
