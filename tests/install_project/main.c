#include <yieldc.h>
#include <stdio.h>
#include "util.h"

GENERATOR(int) squares(int n)
{
    struct yieldc_range_frame numbers = yieldc_range(1, n + 1, 1);     /* from the runtime library */

    FOREACH (long i, numbers)
        YIELD(square((int)i));
}

int main(void)
{
    FOREACH (int s, squares(LIMIT))
        printf("%d\n", s);
    return 0;
}
