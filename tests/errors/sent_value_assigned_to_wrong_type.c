/* The value a YIELD gives is the generator's sent type, here int. */
#include <yieldc.h>

struct command { int op, arg; };

GENERATOR(int, int) machine(void)
{
    for (;;) {
        struct command c = YIELD(0);
        YIELD(c.op);
    }
}
