/* Several DEFERs in one block run when the block is left, last first,
 * after the block's own statements; a DEFER in the body's outermost block
 * runs when the generator ends; a DEFER not yet reached when the block is
 * left does not run; a DEFER in a block without a YIELD works the same. A
 * DEFER reads its variables when it runs, not when it is written (like
 * Python's `finally`, unlike Go's defer). */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) ordered(int stop_early)
{
    printf("  enter\n");
    DEFER(printf("  body-level deferred\n"));
    {
        DEFER(printf("  first deferred\n"));
        DEFER(printf("  second deferred\n"));
        DEFER(printf("  third deferred\n"));
        YIELD(1);
        printf("  block end\n");
    }
    printf("  after block\n");
    {
        int i = 1;
        DEFER(printf("  i is %d when its block is left\n", i));
        i = 2;
        YIELD(i);
        i = 3;
    }
    {
        DEFER(printf("  in a block without YIELD\n"));
        printf("  block without YIELD\n");
    }
    {
        DEFER(printf("  reached\n"));
        if (stop_early) {
            printf("  returning early\n");
            return;
        }
        DEFER(printf("  not reached when stopping early\n"));
        YIELD(3);
    }
    printf("  leaving the body\n");
}

int main(void)
{
    FOREACH (int v, ordered(0))
        printf("got %d\n", v);
    printf("--\n");
    FOREACH (int v, ordered(1))
        printf("got %d\n", v);
    return 0;
}
