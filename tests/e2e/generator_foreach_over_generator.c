/* A generator whose body uses FOREACH over another generator's call and
 * yields inside the loop: the inner temporary frame survives the outer
 * generator's suspensions. Markers show the interleaving. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) inner(int n)
{
    int i;

    for (i = 1; i <= n; i++) {
        printf("    inner yields %d\n", i);
        YIELD(i);
    }
    printf("    inner ends\n");
}

GENERATOR(int) outer(int rows)
{
    int r;

    for (r = 1; r <= rows; r++) {
        printf("  outer row %d\n", r);
        FOREACH (int v, inner(r)) {
            YIELD(r * 10 + v);
            printf("  outer resumed after %d\n", r * 10 + v);
        }
    }
    printf("  outer ends\n");
}

int main(void)
{
    FOREACH (int v, outer(3))
        printf("main got %d\n", v);
    return 0;
}
