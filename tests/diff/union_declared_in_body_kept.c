/* A union type declared inside the generator body; a union local keeps
 * whichever member was last stored across YIELDs. */
#include "diff.h"

#include <string.h>

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) unions(int n)
{
    union value { int i; const char *s; };
    union value v;
    union value w = { 42 };

    v.i = n;
    YIELD(v.i);
    v.s = "text";
    YIELD((int)strlen(v.s));
    printf("v.s = %s\n", v.s);
    YIELD(w.i);
    w.i += v.s[0];
    YIELD(w.i);
    w.s = v.s + 2;
    printf("w.s = %s\n", w.s);
    YIELD(w.s[0]);
}

DIFF_MAIN(int, unions, (5))
