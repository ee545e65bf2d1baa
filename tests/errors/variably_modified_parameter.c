#include <yieldc.h>

GENERATOR(int) cells(int rows, int cols, int grid[rows][cols])
{
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++)
            YIELD(grid[r][c]);
}

GENERATOR(int) firsts(int rows, int cols, int grid[][cols])
{
    for (int r = 0; r < rows; r++)
        YIELD(grid[r][0]);
}

GENERATOR(int) row(int cols, int (*line)[cols])
{
    for (int c = 0; c < cols; c++)
        YIELD((*line)[c]);
}
