/* Plain C: drives the generator through the generated header. */
#include <stdio.h>
#include "counters.h"

int main(void)
{
    struct count_up_to_frame c = count_up_to(3);
    int v;
    while (yieldc_next(&c.it, &v) == YIELDC_VALUE)
        printf("%d ", v);
    printf("%d\n", sum_counted(4));
    return 0;
}
