/* GENERATOR's types may be qualified at the top: the user reads a const
 * value, while the generated code still assigns the slot it hands over
 * (`*(int *)out = v;`), the frame's result (`int yieldc_result;`) and the
 * copy of a sub-generator's result; a const sent type is read once, not as
 * `const int const`. The qualifier may be written before or after the type,
 * on a pointer, or hidden in a typedef or a macro. */
#include <stdio.h>
#include <yieldc.h>
typedef const int cint;
typedef struct { int a, b; } pt;
#define CONST_LONG const long
GENERATOR(const int) f(void) { YIELD(1); YIELD(2); }
GENERATOR(int const, void, const int) g(void) { YIELD(3); return 7; }
GENERATOR(int, const int) h(void) { int s = YIELD(0); YIELD(s); }
GENERATOR(const char *const, volatile int, const char *const) words(void) {
    int n = YIELD("x");
    YIELD(n ? "sent" : "none");
    return "done";
}
GENERATOR(cint, void, cint) ci(void) { YIELD(5); return 6; }
GENERATOR(const pt, void, const pt) points(void) { YIELD(((pt){1, 2})); return (pt){3, 4}; }
GENERATOR(CONST_LONG) longs(void) { YIELD(9L); }
GENERATOR(const char *) wout(void) { const char *w = YIELD_FROM(words()); YIELD(w); }
GENERATOR(int, void, int) outer(void) {
    int r = YIELD_FROM(g());
    cint c = YIELD_FROM(ci());
    YIELD(r + c);
    return r;
}
int main(void) {
    FOREACH (int v, f()) printf("f %d\n", v);
    FOREACH (int v, outer()) printf("outer %d\n", v);
    FOREACH (const char *v, wout()) printf("wout %s\n", v);
    FOREACH (long v, longs()) printf("longs %ld\n", v);
    FOREACH (pt v, points()) printf("pt %d %d\n", v.a, v.b);
    struct h_frame hf = h();
    int out;
    yieldc_next(&hf.it, &out);
    int in = 42;
    yieldc_send(&hf.it, &in, &out);
    printf("h %d\n", out);
    struct words_frame wf = words();
    const char *s;
    yieldc_next(&wf.it, &s);
    int one = 1;
    yieldc_send(&wf.it, &one, &s);
    printf("words %s\n", s);
    yieldc_next(&wf.it, &s);
    printf("words result %s\n", *(const char *const *)yieldc_result(&wf.it));
    struct points_frame pf = points();
    pt p;
    while (yieldc_next(&pf.it, &p) == YIELDC_VALUE) ;
    printf("pt result %d\n", ((const pt *)yieldc_result(&pf.it))->b);
    return 0;
}
