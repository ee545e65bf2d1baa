/* A function pointer value type written inline in GENERATOR(...). */
#include <yieldc.h>

int one(void);

GENERATOR(int (*)(void)) funcs(void)
{
    YIELD(one);
}
