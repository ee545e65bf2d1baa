/* X comes from target_compile_options, CONFIG_VALUE from a generator
 * expression, FORCED from -include; -funsigned-char changes what char is,
 * for the parse too. */
#include <yieldc.h>
#include <limits.h>
#include <stdio.h>

#if CHAR_MIN != 0
#error "the parse did not see -funsigned-char"
#endif

GENERATOR(int) values(void)
{
    char c = (char)200;
    YIELD(X);
    YIELD(CONFIG_VALUE);
    YIELD(c > 0);
    YIELD(FORCED);
}

int main(void)
{
    FOREACH (int v, values())
        printf("%d ", v);
    printf("\n");
    return 0;
}
