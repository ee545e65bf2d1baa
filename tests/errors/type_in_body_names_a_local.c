/* A type defined in the body whose size names a local: at file scope, where
 * yieldc moves body types, the name would mean the global instead. */
#include <yieldc.h>
#include <stdio.h>
double x;
GENERATOR(int) g(void)
{
    char x[3];
    struct s { char b[sizeof x]; };
    struct s v;
    x[0] = 0;
    YIELD((int)sizeof v);
    YIELD(x[0]);
}
int main(void) { FOREACH (int v, g()) printf("%d\n", v); return 0; }
