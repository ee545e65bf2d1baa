/* A macro whose body (not its argument) names a local that lives in the frame. */
#include <yieldc.h>

#define NEXT_TOTAL() (total += 1)

GENERATOR(int) counter(void)
{
    int total = 0;

    for (;;) {
        NEXT_TOTAL();
        YIELD(total);
    }
}
