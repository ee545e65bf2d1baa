/* GENEXPR(value, T x, source) maps and GENEXPR_IF(value, T x, source,
 * condition) filters, lazily: each value is computed when it is asked for,
 * so the source's prints interleave with the loop's, and the value is
 * computed only for the items the condition keeps. The value's type can
 * differ from the source's; a condition that keeps nothing gives an empty
 * loop. Python: (x * x for x in range(10)), (x for x in range(10) if x % 2
 * == 0). */
#include <yieldc.h>
#include <stdio.h>

struct point {
    int x, y;
};

GENERATOR(int) range(int n)
{
    for (int i = 0; i < n; i++)
        YIELD(i);
}

GENERATOR(int) noisy(int n)
{
    for (int i = 0; i < n; i++) {
        printf("  noisy gives %d\n", i);
        YIELD(i);
    }
}

GENERATOR(struct point) diagonal(int n)
{
    for (int i = 0; i < n; i++)
        YIELD(((struct point){ i, -i }));
}

static int square(int x)
{
    printf("  square(%d)\n", x);
    return x * x;
}

int main(void)
{
    FOREACH (int v, GENEXPR(x * x, int x, range(10)))
        printf("%d ", v);
    printf("\n");

    FOREACH (int v, GENEXPR_IF(x, int x, range(10), x % 2 == 0))
        printf("%d ", v);
    printf("\n");

    FOREACH (int v, GENEXPR_IF(square(x), int x, noisy(5), x % 2 == 1))
        printf("got %d\n", v);

    FOREACH (double h, GENEXPR(x / 2.0, int x, range(4)))
        printf("%.1f ", h);
    printf("\n");

    FOREACH (int s, GENEXPR(p.x - p.y, struct point p, diagonal(4)))
        printf("%d ", s);
    printf("\n");

    FOREACH (int v, GENEXPR_IF(x, int x, range(10), x > 100))
        printf("never %d\n", v);
    printf("nothing kept\n");
    return 0;
}
