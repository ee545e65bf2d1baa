/* A generator calling ordinary functions (including one that takes the
 * address of a generator local, and a recursive one) between yields. */
#include <yieldc.h>
#include <stdio.h>

static int square(int x)
{
    return x * x;
}

static void bump(int *p, int by)
{
    *p += by;
}

static int fact(int n)
{
    return n <= 1 ? 1 : n * fact(n - 1);
}

static void note(const char *what, int v)
{
    printf("  note: %s %d\n", what, v);
}

GENERATOR(int) computed(int n)
{
    int i;
    int total = 0;

    for (i = 1; i <= n; i++) {
        note("computing", i);
        YIELD(square(i));
        YIELD(fact(i));
        bump(&total, i);
        note("total", total);
    }
}

int main(void)
{
    FOREACH (int v, computed(4))
        printf("%d\n", v);
    return 0;
}
