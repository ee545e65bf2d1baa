#include <yieldc.h>

GENERATOR(int) cells(int rows, int cols, int grid[rows][cols])
{
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++)
            YIELD(grid[r][c]);
}
