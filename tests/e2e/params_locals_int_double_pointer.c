/* int, double and pointer parameters and locals keep their values across
 * yields (each is changed between yields and printed after resuming). */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) walk(const int *p, int n, double scale)
{
    int sum = 0;
    double acc = 0.5;
    const int *end = p + n;
    const char *label = "walk";

    while (p != end) {
        sum += *p;
        acc *= scale;
        YIELD(sum);
        printf("  %s: p->%d n=%d scale=%.2f acc=%.5f\n", label, *p, n, scale, acc);
        p++;
        n--;
        scale += 0.25;
    }
    printf("  %s: final sum=%d n=%d acc=%.5f\n", label, sum, n, acc);
}

int main(void)
{
    static const int data[] = { 3, 1, 4, 1, 5 };

    FOREACH (int s, walk(data, 5, 2.0))
        printf("sum so far %d\n", s);
    return 0;
}
