/* A YIELD's value in the condition of if, switch, while, do and for, and
 * in a for's first and third clauses: each evaluated where C evaluates it,
 * as often as C does (a loop's condition on every pass, after a continue
 * too). */
#include "diff.h"

static void show(int v)
{
    printf("yield %d\n", v);
}

GENERATOR(int, int) conditions(int n)
{
    int c, i;

    if (YIELD(1) > 100)
        printf("if: above 100\n");
    else
        printf("if: not above\n");
    switch (YIELD(2) % 3) {
    case 0: printf("switch: 0\n"); break;
    case 1: printf("switch: 1\n"); break;
    default: printf("switch: 2\n"); break;
    }
    while ((c = YIELD(3)) < 130) {
        printf("while body %d\n", c);
        if (c % 2)
            continue;
        printf("even\n");
    }
    i = 0;
    do {
        printf("do body %d\n", i++);
        if (i == 2)
            continue;
    } while (YIELD(4) < 160 && i < n);
    for (i = YIELD(5) - 160; i < YIELD(6) - 170; i += YIELD(7) - 178) {
        printf("for body %d\n", i);
        if (i == 4)
            continue;
    }
    for (int j = YIELD(8) % 4; j < 3; j++)
        printf("for declared %d\n", j);
}

DIFF_MAIN_SEND(int, int, conditions, (5))
