/* A macro that repeats its argument, given a YIELD: one YIELD in the text,
 * two in the code. */
#include <yieldc.h>
#include <stdio.h>
#define TWICE(s) s s
GENERATOR(int) g(void)
{
    TWICE(YIELD(1);)
}
int main(void) { FOREACH (int v, g()) printf("%d\n", v); return 0; }
