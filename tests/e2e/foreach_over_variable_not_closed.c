/* A FOREACH over an existing iterator variable, or a pointer to one, does
 * not own it: leaving the loop by break leaves the generator suspended, its
 * DEFERs pending, and a later loop continues where it stopped. The owner
 * closes it (or runs it to the end) when done. (Python's for loop over a
 * generator that is still referenced elsewhere.) */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) numbers(const char *name, int n)
{
    DEFER(printf("  %s: cleanup\n", name));
    for (int i = 1; i <= n; i++)
        YIELD(i);
}

static void take_two(struct yieldc_iter *it)
{
    int taken = 0;

    FOREACH (int v, it) {
        printf("  took %d\n", v);
        if (++taken == 2)
            break;
    }
}

int main(void)
{
    YIELDC_FRAME(numbers) g = numbers("variable", 5);
    FOREACH (int v, g) {
        printf("first loop %d\n", v);
        if (v == 2)
            break;
    }
    printf("after the first loop, ended %d\n", yieldc_ended(&g.it));
    FOREACH (int v, g) {
        printf("second loop %d\n", v);
        break;
    }
    printf("after the second loop, ended %d\n", yieldc_ended(&g.it));
    yieldc_close(&g.it);
    printf("closed by its owner, ended %d\n", yieldc_ended(&g.it));

    YIELDC_FRAME(numbers) p = numbers("pointer", 5);
    printf("take_two:\n");
    take_two(&p.it);
    printf("take_two again:\n");
    take_two(&p.it);
    printf("ended %d; the rest:\n", yieldc_ended(&p.it));
    FOREACH (int v, &p.it)
        printf("rest %d\n", v);
    printf("ended %d\n", yieldc_ended(&p.it));
    return 0;
}
