/* Taking a label's address in a generator. */
#include <yieldc.h>

GENERATOR(int) counter(void)
{
    void *p;

again:
    p = &&again;
    YIELD(1);
    (void)p;
}
