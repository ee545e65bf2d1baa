/* An unnamed parameter (C2x): the frame keeps every parameter by name. */
#include <yieldc.h>
#include <stdio.h>
GENERATOR(int) g(int n, int)
{
    YIELD(n);
}
int main(void) { FOREACH (int v, g(4, 0)) printf("%d\n", v); return 0; }
