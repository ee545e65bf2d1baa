/* A FOREACH across a YIELD over a generator whose frame comes later in the
 * file: the outer frame cannot hold it yet. */
#include <yieldc.h>
#include <stdio.h>
GENERATOR(int) a(void);
GENERATOR(int) b(void);
GENERATOR(int) a(void)
{
    FOREACH (int v, b())
        YIELD(v * 10);
}
GENERATOR(int) b(void) { YIELD(1); YIELD(2); }
int main(void) { FOREACH (int v, a()) printf("%d\n", v); return 0; }
