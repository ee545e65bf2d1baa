/* Two blocks of one generator each define `struct p`: at file scope, where
 * yieldc moves body types, they would clash. */
#include <yieldc.h>
#include <stdio.h>
GENERATOR(int) g(void)
{
    { struct p { int a; }; struct p v = {1}; YIELD(v.a); }
    { struct p { double d; }; struct p w = {2.5}; YIELD((int)w.d); }
}
int main(void) { FOREACH (int v, g()) printf("%d\n", v); return 0; }
