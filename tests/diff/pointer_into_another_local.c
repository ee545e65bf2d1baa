/* Pointers from one local into another (an array element, a struct
 * member, a pointer to a pointer) stay valid across YIELDs. */
#include "diff.h"

struct pair {
    int a, b;
};

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) pointers(int factor)
{
    int arr[4] = { 1, 2, 3, 4 };
    struct pair pr = { 10, 20 };
    int *cur = arr;
    int *end = arr + 4;
    int *field = &pr.b;
    int **pp = &cur;

    while (cur != end) {
        YIELD(*cur);
        *cur *= factor;
        (*pp)++;
    }
    *field += 1;
    YIELD(pr.b);
    field = &pr.a;
    YIELD(*field);
    printf("%d %d %d %d / %d / %d\n", arr[0], arr[1], arr[2], arr[3], (int)(end - arr), *pp == end);
}

DIFF_MAIN(int, pointers, (3))
