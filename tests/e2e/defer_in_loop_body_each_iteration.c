/* A DEFER in a loop body runs at the end of every iteration, including one
 * left by continue, and once more for the iteration a break leaves; in
 * for, while and do/while loops, and in nested loops where a break leaves
 * only the inner one. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) loops(void)
{
    for (int i = 0; i < 4; i++) {
        DEFER(printf("  for: end of iteration %d\n", i));
        if (i == 1)
            continue;
        if (i == 3)
            break;
        YIELD(i);
    }
    int n = 0;
    while (n < 3) {
        DEFER(printf("  while: end of iteration %d\n", n));
        n++;
        YIELD(10 + n);
    }
    do {
        DEFER(printf("  do: end of iteration %d\n", n));
        YIELD(20 + n);
    } while (--n > 0);
    for (int i = 0; i < 2; i++) {
        DEFER(printf("  outer %d done\n", i));
        for (int j = 0; j < 3; j++) {
            DEFER(printf("  inner %d.%d done\n", i, j));
            if (j == 2)
                break;
            YIELD(100 + 10 * i + j);
        }
    }
}

int main(void)
{
    FOREACH (int v, loops())
        printf("got %d\n", v);
    return 0;
}
