/* A pointer to a variable-length array (`int (*rows)[n]`, a variably
 * modified type) whose scope holds a YIELD: resuming jumps into that scope,
 * which C forbids, so yieldc rejects it. */
#include <yieldc.h>
#include <stdio.h>

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) vm_rows(int n)
{
    int data[12];

    for (int i = 0; i < 12; i++)
        data[i] = i;
    int (*rows)[n] = (int (*)[n])data;
    printf("row 1 starts with %d\n", rows[1][0]);
    YIELD(rows[1][1]);
    YIELD(data[5]);
}

