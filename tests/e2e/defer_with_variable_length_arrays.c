/* Blocks with DEFERs and variable-length arrays that do not live across a
 * YIELD. A DEFER's cleanup jumps back to the exit that ran it, and C
 * forbids a jump into the scope of a VLA: the end of a block that declares
 * one after its DEFER, and a break, continue or goto from inside one, come
 * back outside its scope instead (yieldc gives the rest of the block braces
 * of its own). */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) sums(int n)
{
    YIELD(-1);
    {
        DEFER(printf("  block end\n"));
        int squares[n];
        for (int i = 0; i < n; i++)
            squares[i] = i * i;
        DEFER(printf("  last square %d\n", n * n - 2 * n + 1));
        printf("  squares up to %d\n", squares[n - 1]);
    }
    YIELD(-2);
    for (int round = 0; round < 3; round++) {
        DEFER(printf("  round %d over\n", round));
        int row[n + round];
        int (*view)[n + round] = &row;
        for (int i = 0; i < n + round; i++)
            (*view)[i] = round * 10 + i;
        if (round == 0)
            continue;
        if (round == 2)
            break;
        printf("  row ends with %d\n", row[n + round - 1]);
    }
    YIELD(-3);
    {
        DEFER(printf("  search over\n"));
        for (int k = 1; k < 10; k++) {
            int seen[k];
            seen[k - 1] = k * 3;
            if (seen[k - 1] > 10) {
                printf("  found %d\n", seen[k - 1]);
                goto found;
            }
        }
        printf("  not found\n");
    }
found:
    YIELD(-4);
}

int main(void)
{
    FOREACH (int v, sums(4))
        printf("value %d\n", v);
    return 0;
}
