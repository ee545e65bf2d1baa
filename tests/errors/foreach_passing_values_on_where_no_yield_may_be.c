/* A FOREACH that passes its values on, in a DEFER or a statement expression: the
 * diagnostics name its YIELD, as for any loop. */
#include <yieldc.h>
GENERATOR(int) g(int n) { for (int i = 0; i < n; i++) YIELD(i); }
GENERATOR(int) h(int n)
{
    DEFER(FOREACH (int x, g(n)) YIELD(x));
    YIELD(1);
}
GENERATOR(int) k(int n)
{
    int s = ({ FOREACH (int x, g(n)) YIELD(x); 3; });
    YIELD(s);
}
