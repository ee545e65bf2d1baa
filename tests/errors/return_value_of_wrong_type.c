/* A generator's result must be assignable to the R of its GENERATOR(T, S, R). */
#include <yieldc.h>

struct total { long sum; int count; };

GENERATOR(int, void, struct total) summed(int n)
{
    long sum = 0;
    for (int i = 0; i < n; i++) {
        sum += i;
        YIELD(i);
    }
    return sum;
}
