/* Arrays, structs, typedefs and enums declared in the body, const locals,
 * a pointer into another frame local, a YIELD through a user macro and
 * __func__: every one keeps its value across YIELDs. */
#include "diff.h"

#define EMIT(x) YIELD(x)
#define SQ(x) ((x) * (x))

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) kinds(int n)
{
    struct pair { int a, b; };
    typedef struct pair pair_t;
    enum color { RED, GREEN };
    const int k = 3;
    pair_t p = { 1, 2 };
    int arr[3] = { 10, 20, 30 };
    char buf[8] = "hi";
    int *ptr = &arr[1];
    int x = 1, *px = &x, c[2];
    enum color col = GREEN;

    printf("%s %s\n", __func__, buf);
    for (int i = 0; i < n; i++) {
        EMIT(SQ(i) + k);
        YIELD(p.a + p.b + arr[i] + *ptr + *px + col);
        c[i % 2] = i;
        x += c[0];
    }
}

DIFF_MAIN(int, kinds, (3))
