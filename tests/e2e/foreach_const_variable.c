/* A FOREACH variable declared const (`const int v`, `const char *const s`,
 * a const typedef, a const struct): the loop takes each value into a slot
 * of the unqualified type and declares the variable, initialized from it,
 * at each iteration; in a generator whose loop body YIELDs, the variable
 * is a frame member of the unqualified type. Both in plain functions and
 * in generators, over generator calls, a delegating generator (stepped
 * through its driver) and an iterator pointer, with continue and break. */
#include <stdio.h>
#include <yieldc.h>
typedef const int cint;
typedef struct { int a, b; } pt;
GENERATOR(int) upto(int n) { for (int i = 0; i < n; i++) YIELD(i); }
GENERATOR(pt) pts(void) { YIELD(((pt){1, 2})); YIELD(((pt){3, 4})); }
GENERATOR(int) relay(int n) { YIELD_FROM(upto(n)); }
GENERATOR(const char *) words(void) { YIELD("a"); YIELD("b"); }
GENERATOR(int) initials(void) { FOREACH (const char *const s, words()) { YIELD(s[0]); } }
GENERATOR(int) inside(int n) {
    FOREACH (cint v, upto(n)) { YIELD(v); YIELD(v + 100); }
    FOREACH (const int v, upto(n)) if (v % 2) continue; else YIELD(v + 1000);
    FOREACH (const pt p, pts()) { YIELD(p.a); DEFER(printf("defer %d\n", p.b)); YIELD(p.b); }
    FOREACH (volatile int w, upto(2)) YIELD(w + 50);
    int sum = 0;
    FOREACH (const int x, upto(4)) sum += x;
    YIELD(sum);
}
int main(void) {
    int n = 3;
    FOREACH (const int n, upto(n)) printf("shadow %d\n", n);
    FOREACH (cint v, relay(2)) printf("relay %d\n", v);
    struct upto_frame u = upto(3);
    struct yieldc_iter *it = &u.it;
    FOREACH (const int v, it) { if (v == 1) continue; printf("ptr %d\n", v); }
    FOREACH (const pt p, pts()) ;  /* a body that does not read it */
    FOREACH (const pt p, pts()) printf("pt %d\n", p.a + p.b);
    FOREACH (const int v, inside(2)) printf("inside %d\n", v);
    FOREACH (const char *const s, words()) printf("word %s\n", s);
    FOREACH (const int c, initials()) printf("initial %c\n", c);
    FOREACH (const int v, upto(5)) { if (v == 2) break; printf("brk %d\n", v); }
    return 0;
}
