/* An enumerator in a block that shadows a local: moved to file scope, it
 * could not shadow anything any more. */
#include <yieldc.h>
#include <stdio.h>
GENERATOR(int) g(void)
{
    int K = 7;
    YIELD(K);
    {
        enum { K = 1 };
        YIELD(K);
    }
}
int main(void) { FOREACH (int v, g()) printf("%d\n", v); return 0; }
