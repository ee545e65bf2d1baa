/* Locals named `v` in the body, in sibling blocks and in nested blocks
 * (one of another type), all living across YIELDs, each with its value. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) siblings(int n)
{
    int v = n;

    {
        int v = 10;
        YIELD(v);
        {
            int v = 20;
            YIELD(v);
            v++;
            YIELD(v);
        }
        YIELD(v);
    }
    {
        int v = 30;
        YIELD(v);
        v += 5;
        YIELD(v);
    }
    {
        double v = 1.5;
        YIELD((int)(v * 2));
        v *= 3;
        YIELD((int)(v * 10));
    }
    YIELD(v);
}

DIFF_MAIN(int, siblings, (1))
