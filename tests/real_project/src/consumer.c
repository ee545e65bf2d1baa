/* Uses a generator of another file: goes through yieldc for its FOREACH. */
#include "counters.h"

int sum_counted(int n)
{
    int s = 0;
    FOREACH (int i, count_up_to(n))
        s += i;
    return s;
}
