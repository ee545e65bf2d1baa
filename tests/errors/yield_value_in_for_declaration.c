/* A YIELD's value initializing the counter declared by a for loop. */
#include <yieldc.h>

GENERATOR(int, int) counter(void)
{
    for (int i = YIELD(0); i < 3; i++)
        YIELD(i);
}
