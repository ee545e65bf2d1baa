/* One-dimensional variable-length array parameters decay to pointers, which
 * the frame holds as it holds any pointer: `int a[n]`, `const int
 * a[static n]`, the same in a prototype, and `int m[n][3]`, a pointer to
 * arrays of constant size. (`int a[][n]` stays refused:
 * error.variably_modified_parameter.) */
#include <stdio.h>
#include <yieldc.h>

GENERATOR(int) evens(int n, int a[n]);

static int data[5] = { 4, 7, 10, 13, 16 };

GENERATOR(int) everything(int n, int a[n])
{
    for (int i = 0; i < n; i++)
        YIELD(a[i]);
}

GENERATOR(int) doubled(int n, const int a[static n])
{
    for (int i = 0; i < n; i++)
        YIELD(2 * a[i]);
}

GENERATOR(int) rows(int n, int m[n][3])
{
    for (int r = 0; r < n; r++)
        YIELD(m[r][0] + m[r][1] + m[r][2]);
}

int main(void)
{
    int m[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
    FOREACH (int v, everything(3, data))
        printf("everything %d\n", v);
    FOREACH (int v, doubled(2, data))
        printf("doubled %d\n", v);
    FOREACH (int v, rows(2, m))
        printf("row %d\n", v);
    FOREACH (int v, evens(5, data))
        printf("even %d\n", v);
    return 0;
}

GENERATOR(int) evens(int n, int a[n])
{
    for (int i = 0; i < n; i++)
        if (a[i] % 2 == 0)
            YIELD(a[i]);
}
