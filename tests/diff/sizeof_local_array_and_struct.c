/* sizeof of frame locals (arrays, a struct, a string array, a struct type
 * declared in the body) gives the real sizes, before and after YIELDs. */
#include "diff.h"

struct rec {
    char tag;
    double weight;
    int ids[5];
};

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) sizes(int n)
{
    struct inner { short s[3]; char c; };
    int arr[7];
    struct rec r = { 'r', 1.5, { 1, 2, 3, 4, 5 } };
    char text[] = "hello";
    long long big[2][3];
    struct inner in = { { 1, 2, 3 }, 'c' };

    YIELD((int)sizeof arr);
    YIELD((int)(sizeof arr / sizeof arr[0]));
    YIELD((int)sizeof r);
    YIELD((int)sizeof(struct rec));
    for (int i = 0; i < n; i++)
        arr[i] = i;
    YIELD((int)sizeof text);
    YIELD((int)sizeof big);
    YIELD((int)sizeof(big[0]));
    YIELD((int)sizeof r.ids);
    YIELD((int)sizeof in + in.s[2]);
    printf("%d %d %d %d %c\n", (int)sizeof(arr), (int)sizeof(r), (int)sizeof(in), arr[n - 1], r.tag);
}

DIFF_MAIN(int, sizes, (7))
