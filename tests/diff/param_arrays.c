/* Array parameters (`int a[]`, `int b[4]`, `int c[static 2]`,
 * `int m[][2]`), which are pointers: reads and writes after YIELDs reach
 * the caller's arrays. */
#include "diff.h"

static int data[4] = { 3, 1, 4, 1 };
static int more[4] = { 5, 9, 2, 6 };
static int pair[2] = { 7, 8 };
static int grid[2][2] = { { 1, 2 }, { 3, 4 } };

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) arrays(int a[], int b[4], int c[static 2], int m[][2], int n)
{
    for (int i = 0; i < n; i++) {
        YIELD(a[i] + b[i]);
        a[i] = 0;
    }
    YIELD(c[0] * c[1]);
    m[1][0] += c[1];
    YIELD(m[1][0]);
    a++;
    YIELD(a[0] + a[2]);
    printf("data %d %d %d %d, grid %d\n", data[0], data[1], data[2], data[3], grid[1][0]);
}

DIFF_MAIN(int, arrays, (data, more, pair, grid, 4))
