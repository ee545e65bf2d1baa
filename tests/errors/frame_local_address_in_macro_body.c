/* A macro whose body takes a frame local's address: yieldc cannot rename
 * what a macro's body names. */
#include <yieldc.h>
#include <stdio.h>
static void clobber(void) { volatile int junk[64]; for (int i = 0; i < 64; i++) junk[i] = 1000 + i; }
#define PX (&x)
GENERATOR(int) g(void)
{
    int x = 41;
    int *p = PX;
    YIELD(0);
    *p += 1;
    YIELD(*p);
}
int main(void)
{
    struct g_frame it = g();
    int v;
    yieldc_next(&it.it, &v); printf("%d\n", v);
    clobber();
    yieldc_next(&it.it, &v); printf("%d\n", v);
    return 0;
}
