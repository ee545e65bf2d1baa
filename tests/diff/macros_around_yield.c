/* Generator code written through the user's macros: a frame local's type
 * spelled by a function-like macro, a YIELD whose value ends in another
 * macro (or is __LINE__), a chain of macros ending in YIELD, a macro of
 * several statements with YIELDs, a YIELD passed as a macro argument, a
 * frame local named or stringified in a macro, a return in a macro. yieldc
 * expands those invocations in place; the reference is the same file as
 * plain C, where the macros expand as the compiler expands them. */
#include "diff.h"

struct S {
    int v;
};

#define MK(x) x
#define ONE 1u
#define SQ(x) ((x) * (x))
#define EMIT(x) YIELD(x)
#define EMIT2(x) EMIT((x) * 2)
#define EMIT_TWICE(x) do { YIELD(x); YIELD(x); } while (0)
#define TWICE(s) s s
#define SHOW(x) printf(#x " = %u\n", (unsigned)(x))
#define BUMP() (total += 1u)
#define ADDR_OF_TOTAL (&total)
#define STOP_IF(c) if (c) return

static void show(unsigned v)
{
    printf("%u\n", v);
}

GENERATOR(unsigned) through_macros(unsigned n)
{
    MK(struct S) c = { 3 };
    unsigned total = n;
    unsigned *p = ADDR_OF_TOTAL;

    EMIT(1u + ONE);
    EMIT(SQ(3u));
    EMIT((unsigned)__LINE__);
    c.v += 1;
    EMIT((unsigned)c.v);
    EMIT2(c.v + ONE);
    EMIT_TWICE(total);
    TWICE(YIELD(7u);)
    SHOW(total);
    BUMP();
    YIELD(total);
    *p += 10u;
    SHOW(*p);
    for (unsigned i = 0;; i++) {
        STOP_IF(i == 2u);
        EMIT(i);
    }
}

DIFF_MAIN(unsigned, through_macros, (5u))
