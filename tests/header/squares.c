/* Another file that goes through yieldc and uses generators of counters.c:
 * its FOREACHs call their next functions directly, by the names the
 * generated header gives, and close them when they break. */
#include <stdio.h>
#include "counters.h"

void print_squares(int n)
{
    FOREACH (int i, count_up_to(n))
        printf("%d squared is %d\n", i, i * i);
}

void print_others(int n)
{
    FOREACH (int v, guarded(n)) {
        printf("guarded gives %d\n", v);
        if (v == 20)
            break;              /* the frame is closed: its DEFER runs now */
    }
    FOREACH (int v, guarded(1))
        printf("guarded to its end gives %d\n", v);
    FOREACH (int v, both(n))
        printf("both gives %d\n", v);
    FOREACH (int v, both(n)) {
        printf("both, left at %d\n", v);
        if (v == 10)
            break;              /* inside guarded: its DEFER runs now */
    }
    FOREACH (int v, both(n)) {
        printf("both, left at %d before guarded starts\n", v);
        break;
    }
    printf("done\n");
}
