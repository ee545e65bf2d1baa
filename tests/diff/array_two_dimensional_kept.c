/* A two-dimensional local array with a nested initializer, read and
 * written across YIELDs. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) matrix_walk(int scale)
{
    int m[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
    int cube[2][2][2] = { { { 1, 2 }, { 3, 4 } }, { { 5, 6 }, { 7, 8 } } };

    for (int r = 0; r < 2; r++) {
        for (int c = 0; c < 3; c++) {
            YIELD(m[r][c] * scale);
            m[1 - r][2 - c] += 10;
        }
        printf("row %d now: %d %d %d\n", r, m[r][0], m[r][1], m[r][2]);
    }
    for (int r = 0; r < 2; r++)
        printf("row %d: %d %d %d\n", r, m[r][0], m[r][1], m[r][2]);
    YIELD(m[0][0] + m[1][2]);
    YIELD(cube[1][0][1]);
    cube[1][0][1] = cube[0][1][1] * 100;
    YIELD(cube[1][0][1] + cube[1][1][1]);
}

DIFF_MAIN(int, matrix_walk, (2))
