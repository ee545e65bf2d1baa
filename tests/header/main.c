/* Plain C: no yieldc run on this file. counters.h gives it, through the
 * header yieldc generates, the frames and constructors of counters.c, and
 * a typed next for each, which calls the generator's resume function
 * directly. */
#include <stdio.h>
#include "counters.h"

int main(void)
{
    struct count_up_to_frame counter = count_up_to(3);
    struct diagonal_frame diag = diagonal(2);
    int n;
    struct point p;

    while (yieldc_next(&counter.it, &n) == YIELDC_VALUE)
        printf("%d\n", n);
    while (yieldc_next(&diag.it, &p) == YIELDC_VALUE)
        printf("(%d, %d)\n", p.x, p.y);
    struct count_up_to_frame typed = count_up_to(2);
    while (count_up_to_next(&typed, &n))
        printf("typed %d\n", n);
    printf("typed next at the end: %d, ended %d\n", count_up_to_next(&typed, &n), yieldc_ended(&typed.it));
    print_squares(2);
    print_others(2);
    printf("frame sizes: %zu %zu\n", sizeof counter, sizeof diag);
    return 0;
}
