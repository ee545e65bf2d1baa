/* State graphs that were wrong: a YIELD whose value is used, an endless for (;;),
 * a do ... while (0) that runs once. */
#include <yieldc.h>
GENERATOR(double, double, int) averager(void)
{
    double total = 0, average = 0;
    int count = 0;
    for (;;) {
        double term = YIELD(average);
        if (term < 0)
            return count;
        total += term;
        average = total / ++count;
    }
}
GENERATOR(int) ones(void)
{
    for (;;) YIELD(1);
}
GENERATOR(int) twice(int n)
{
    while (n > 0) {
        YIELD(n);
        n--;
    }
    do YIELD(0); while (0);
}
