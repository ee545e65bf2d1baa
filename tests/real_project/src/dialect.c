/* Built as C11, C17 and C23, each with and without GNU extensions: the
 * parse must agree with the compiler on both. */
#include <yieldc.h>
#include <stdio.h>

#if EXPECT_GNU == defined(__STRICT_ANSI__)
#error "the parse and the compile disagree about GNU extensions"
#endif

#if EXPECT_GNU
#define TYPE_OF(x) typeof(x)        /* a GNU keyword before C23 */
#else
#define TYPE_OF(x) __typeof__(x)
#endif

GENERATOR(long) twice(long n)
{
    {
        TYPE_OF(n) copy = n;    /* no YIELD in its scope: an ordinary local */
        n = copy;
    }
    YIELD(n);
    YIELD(n);
}

int main(void)
{
    long sum = 0;
    FOREACH (long v, twice(21))
        sum += v;
    printf("%ld %ld\n", sum, (long)__STDC_VERSION__);
    return 0;
}
