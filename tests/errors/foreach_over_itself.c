/* A generator that loops over itself with FOREACH across a YIELD: its frame
 * would contain itself (recursion needs YIELD_FROM). */
#include <yieldc.h>
#include <stdio.h>
GENERATOR(int) walk(int n)
{
    if (n == 0) return;
    YIELD(n);
    FOREACH (int v, walk(n - 1))
        YIELD(v);
}
int main(void) { FOREACH (int v, walk(3)) printf("%d\n", v); return 0; }
