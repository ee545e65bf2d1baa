/* A FOREACH over a generator call owns the generator it creates: leaving
 * the loop by break, return or goto closes it at once (its pending DEFERs
 * run before the statement after the loop); continue does not; a loop that
 * runs to the end finishes the generator, whose DEFER runs once. The same
 * in a FOREACH inside a generator, and in nested FOREACH loops left by a
 * goto from the inner one. (CPython closes the generator of a for loop left
 * early as soon as the loop drops it.) */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) numbers(const char *name, int n)
{
    DEFER(printf("  %s: cleanup\n", name));
    for (int i = 1; i <= n; i++)
        YIELD(i);
    printf("  %s: ran to the end\n", name);
}

static int first_above(int limit)
{
    FOREACH (int v, numbers("return", 10)) {
        if (v > limit)
            return v;
    }
    return -1;
}

GENERATOR(int) firsts(void)
{
    FOREACH (int v, numbers("inside a generator", 10)) {
        if (v == 2)
            break;
        YIELD(v);
    }
    printf("  firsts: after its loop\n");
    YIELD(99);
}

int main(void)
{
    FOREACH (int v, numbers("break", 5)) {
        printf("break loop %d\n", v);
        if (v == 2)
            break;
    }
    printf("after the break loop\n");

    printf("first_above(3) = %d\n", first_above(3));

    FOREACH (int v, numbers("goto", 5)) {
        if (v == 3)
            goto out;
        printf("goto loop %d\n", v);
    }
    printf("not printed\n");
out:
    printf("after the goto\n");

    FOREACH (int v, numbers("continue", 3)) {
        if (v == 2)
            continue;
        printf("continue loop %d\n", v);
    }
    printf("after the continue loop\n");

    FOREACH (int v, firsts())
        printf("firsts %d\n", v);

    FOREACH (int a, numbers("outer", 3)) {
        FOREACH (int b, numbers("inner", 3)) {
            printf("pair %d %d\n", a, b);
            if (a == 2 && b == 2)
                goto both;
        }
    }
both:
    printf("after the nested loops\n");
    return 0;
}
