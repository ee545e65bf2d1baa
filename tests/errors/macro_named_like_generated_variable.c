/* A user macro named `state` (expanding to a global): it would rewrite the
 * `state` member yieldc's generated code names, so yieldc rejects it. */
#include <yieldc.h>
#include <stdio.h>

static int machine_state = 1;
#define state machine_state

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) machine(int n)
{
    for (int i = 0; i < n; i++) {
        YIELD(state * 10 + i);
        state = state % 3 + 1;
    }
}

