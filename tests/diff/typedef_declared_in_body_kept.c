/* Typedefs declared inside the generator body (of a scalar, of an
 * untagged struct, of a pointer, of an array), each in its own
 * declaration, used for locals that live across YIELDs. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) typedefs(int n)
{
    typedef int count_t;
    typedef struct { int lo, hi; } range_t;
    typedef count_t *count_ptr;
    typedef int triple[3];
    count_t c = n;
    range_t r = { 0, n };
    count_ptr cp = &c;
    triple t = { 7, 8, 9 };

    while (r.lo < r.hi) {
        YIELD(r.lo + t[r.lo % 3]);
        r.lo++;
        (*cp)--;
        t[0] += 100;
    }
    YIELD(c);
    YIELD((int)sizeof(triple));
}

DIFF_MAIN(int, typedefs, (4))
