/* Another file that goes through yieldc and uses a generator of counters.c. */
#include <stdio.h>
#include "counters.h"

void print_squares(int n)
{
    FOREACH (int i, count_up_to(n))
        printf("%d squared is %d\n", i, i * i);
}
