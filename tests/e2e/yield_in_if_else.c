/* YIELD in both branches of if/else, in an else-if chain, and in an if
 * without else; code after the if runs after either branch resumes. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) classify(int n)
{
    int i;

    for (i = 0; i < n; i++) {
        if (i % 2 == 0) {
            YIELD(i * 10);
            printf("  even branch resumed (i=%d)\n", i);
        } else {
            YIELD(-i);
            printf("  odd branch resumed (i=%d)\n", i);
        }
        if (i == 1)
            YIELD(1000);
        else if (i == 2)
            YIELD(2000);
        else
            printf("  no extra value (i=%d)\n", i);
        printf("  after ifs (i=%d)\n", i);
    }
}

int main(void)
{
    FOREACH (int v, classify(4))
        printf("got %d\n", v);
    printf("done\n");
    return 0;
}
