/* YIELD as the increment clause of a for loop. */
#include <yieldc.h>

GENERATOR(int) counter(int n)
{
    int i;

    for (i = 0; i < n; YIELD(i))
        i++;
}
