/* yieldc_close on a generator suspended inside nested blocks runs the
 * DEFERs pending there, innermost first, each once, and the generator then
 * reports the end. Only DEFERs already reached run (one later in the same
 * block does not), and in a loop only those of the current iteration. A
 * second close, a close after the end and a close before the start run
 * nothing. (Python's generator.close() with try/finally.) */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) nested(void)
{
    DEFER(printf("  outermost cleanup\n"));
    YIELD(1);
    {
        DEFER(printf("  middle cleanup\n"));
        YIELD(2);
        for (int i = 0; i < 3; i++) {
            DEFER(printf("  iteration %d cleanup\n", i));
            {
                DEFER(printf("  inner cleanup %d\n", i));
                YIELD(10 + i);
                DEFER(printf("  late cleanup %d\n", i));
                YIELD(20 + i);
            }
        }
    }
    YIELD(3);
}

/* Closes a new generator after it has produced `steps` values. */
static void close_after(int steps)
{
    YIELDC_FRAME(nested) g = nested();
    int v = 0;

    for (int i = 0; i < steps; i++)
        yieldc_next(&g.it, &v);
    printf("close after %d steps (last value %d):\n", steps, v);
    printf("  close -> %s\n", yieldc_close(&g.it) == YIELDC_END ? "END" : "RUNNING");
    printf("  ended %d\n", yieldc_ended(&g.it));
    yieldc_close(&g.it);
    printf("  second close done\n");
    printf("  next -> %s\n", yieldc_next(&g.it, &v) == YIELDC_END ? "END" : "VALUE");
}

int main(void)
{
    int v, count = 0;

    for (int steps = 0; steps <= 6; steps++)
        close_after(steps);

    YIELDC_FRAME(nested) done = nested();
    while (yieldc_next(&done.it, &v) == YIELDC_VALUE)
        count++;
    printf("ran to the end: %d values\n", count);
    yieldc_close(&done.it);
    printf("close after the end done\n");
    return 0;
}
