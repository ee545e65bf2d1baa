/* The frame keeps what the element types of arrays say: a `const int a[]`
 * parameter is a `const int *` (so passing a const array compiles without
 * a warning), one of a typedef keeps the typedef's name, and an array of
 * const pointers to const char keeps its pointers' targets const when it
 * lives across a YIELD. */
#include <stdio.h>
#include <yieldc.h>

typedef int score;

GENERATOR(int) sums(const int a[], const int m[][2], volatile int flags[], const score bonus[])
{
    const int extra[3] = { 7, 8, 9 };
    const char *const names[2] = { "x", "y" };

    for (int i = 0; i < 3; i++) {
        YIELD(a[i] + extra[i] + m[0][1] + flags[i % 2] + bonus[i]);
        YIELD((int)names[i % 2][0]);
    }
}

int main(void)
{
    static const int a[3] = { 1, 2, 3 };
    static const int m[1][2] = { { 4, 5 } };
    static volatile int flags[2] = { 100, 200 };
    static const score bonus[3] = { 1000, 2000, 3000 };

    FOREACH (int v, sums(a, m, flags, bonus))
        printf("%d ", v);
    printf("\n");
    return 0;
}
