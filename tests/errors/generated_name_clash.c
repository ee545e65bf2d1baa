/* yieldc defines NAME_resume and NAME_ops next to a generator NAME; this
 * file already has a variable with one of those names. */
#include <yieldc.h>

static int counter_ops = 0;

GENERATOR(int) counter(void)
{
    YIELD(counter_ops);
}
