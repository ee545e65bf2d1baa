/* Inside a generator body: `break` out of a FOREACH over another generator,
 * then `return;` from inside a second FOREACH. The abandoned inner frames
 * are never advanced again. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) naturals(int from)
{
    int i = from;

    for (;;) {
        printf("    naturals(%d) gives %d\n", from, i);
        YIELD(i);
        i++;
    }
}

GENERATOR(int) two_phases(void)
{
    FOREACH (int v, naturals(1)) {
        if (v == 3)
            break;
        YIELD(v);
    }
    printf("  phase 1 over\n");
    FOREACH (int v, naturals(100)) {
        YIELD(v);
        if (v == 101) {
            printf("  returning from inside FOREACH\n");
            return;
        }
    }
    printf("  never printed\n");
}

int main(void)
{
    FOREACH (int v, two_phases())
        printf("got %d\n", v);
    printf("done\n");
    return 0;
}
