/* `T x = YIELD(v);` as a declaration in the bodies of for, while and
 * do/while loops, nested loops with break and continue, and a YIELD whose
 * value is part of a larger initializer: each iteration receives the value
 * sent at that point. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int, int) loops(void)
{
    int total = 0;

    for (int i = 0; i < 3; i++) {
        int x = YIELD(i);
        printf("  for %d got %d\n", i, x);
        total += x;
    }
    while (total < 100) {
        int doubled = YIELD(total) * 2;
        printf("  while got doubled %d\n", doubled);
        total += doubled;
    }
    do {
        int y = YIELD(-total);
        if (y == 0)
            continue;
        total -= y;
        printf("  do total now %d\n", total);
    } while (total > 0);
    for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
            int stop = YIELD(i * 10 + j);
            if (stop == 1)
                break;
            if (stop == 2)
                continue;
            printf("  cell %d%d kept\n", i, j);
        }
    }
    printf("  total %d\n", total);
}

int main(void)
{
    static const int sends[] = { 0, 1, 2, 3, 40, 10, 0, 60, 0, 51, 1, 0, 0, 1, 2, 0, 2 };
    YIELDC_FRAME(loops) g = loops();
    size_t n = sizeof sends / sizeof sends[0];
    int out;

    for (size_t k = 0; k < n && yieldc_send(&g.it, &sends[k], &out) == YIELDC_VALUE; k++)
        printf("send %d -> %d\n", sends[k], out);
    printf("ended %d\n", yieldc_ended(&g.it));
    return 0;
}
