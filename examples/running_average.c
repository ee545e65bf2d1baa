/* A coroutine: a generator that receives numbers through yieldc_send and
 * yields the average so far. Mirrors the Python
 *
 *     def running_average():
 *         total, count, average = 0.0, 0, 0.0
 *         while True:
 *             value = yield average
 *             total += value
 *             count += 1
 *             average = total / count
 *
 *     avg = running_average()
 *     next(avg)                        # run to the first yield
 *     for t in [21.0, 23.5, 19.0, 24.5]:
 *         print(f"sent {t:.1f}, average {avg.send(t):.2f}")
 *     avg.close()
 */
#include <yieldc.h>
#include <stdio.h>

/* GENERATOR(yielded type, sent type): `value = YIELD(average)` hands out
 * the average and receives the number the consumer sends. */
GENERATOR(double, double) running_average(void)
{
    double total = 0.0, average = 0.0;
    int count = 0;

    for (;;) {
        double value = YIELD(average);
        total += value;
        count += 1;
        average = total / count;
    }
}

int main(void)
{
    static const double temperatures[] = { 21.0, 23.5, 19.0, 24.5 };
    YIELDC_FRAME(running_average) avg = running_average();
    double average;

    yieldc_next(&avg.it, &average);         /* run to the first YIELD: next(avg) */
    for (size_t i = 0; i < sizeof temperatures / sizeof temperatures[0]; i++) {
        yieldc_send(&avg.it, &temperatures[i], &average);
        printf("sent %.1f, average %.2f\n", temperatures[i], average);
    }
    yieldc_close(&avg.it);                  /* it never ends by itself */
    return 0;
}
