/* FOREACH over an lvalue frame iterates it in place: after a break, the
 * same frame continues with yieldc_next from where the loop stopped, and a
 * later FOREACH over it picks up the rest. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) seq(int n)
{
    int i;

    for (i = 1; i <= n; i++) {
        printf("  seq yields %d\n", i);
        YIELD(i);
    }
    printf("  seq ends\n");
}

int main(void)
{
    YIELDC_FRAME(seq) gen = seq(7);
    int v;

    FOREACH (int x, gen) {
        printf("loop %d\n", x);
        if (x == 3)
            break;
    }
    printf("after break\n");
    if (yieldc_next(&gen.it, &v) == YIELDC_VALUE)
        printf("manual %d\n", v);
    if (yieldc_next(&gen.it, &v) == YIELDC_VALUE)
        printf("manual %d\n", v);
    FOREACH (int x, gen)
        printf("rest %d\n", x);
    printf("ended: %d\n", yieldc_ended(&gen.it));
    FOREACH (int x, gen)
        printf("never %d\n", x);
    printf("done\n");
    return 0;
}
