/* YIELD inside the cases of the user's own switch: several cases, a case
 * that falls through into the next after yielding, a case with two yields,
 * and the default case. The switch sits inside a loop. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) decode(int n)
{
    int k;

    for (k = 0; k < n; k++) {
        switch (k % 4) {
        case 0:
            YIELD(100 + k);
            printf("  case 0 resumed, falling through\n");
            /* fall through */
        case 1:
            YIELD(200 + k);
            printf("  case 1 resumed\n");
            break;
        case 2:
            YIELD(300 + k);
            YIELD(310 + k);
            break;
        default:
            printf("  default for k=%d\n", k);
            YIELD(400 + k);
            break;
        }
        printf("  after switch k=%d\n", k);
    }
}

int main(void)
{
    FOREACH (int v, decode(6))
        printf("got %d\n", v);
    return 0;
}
