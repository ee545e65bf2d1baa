/* register locals (never address-taken), including a register loop
 * counter declared in a for initializer, keep their values across YIELDs. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) registers(int n)
{
    register int acc = 0;
    register int i;

    for (i = 0; i < n; i++) {
        acc += i;
        YIELD(acc);
    }
    for (register int j = n; j > 0; j -= 2) {
        YIELD(j * 10);
        acc -= j;
    }
    printf("acc %d, i %d\n", acc, i);
    YIELD(acc);
}

DIFF_MAIN(int, registers, (5))
