/*
 * diff.h - differential end-to-end cases: the C compiler is the oracle.
 *
 * A case defines `static void show(T v)` and one or more generators, and
 * ends with DIFF_MAIN(T, generator, (arguments)). It is built twice:
 *
 *  - through yieldc: main() pulls values with yieldc_next and shows each;
 *  - with -DDIFF_REFERENCE, without yieldc: each generator is a plain void
 *    function whose YIELD(v) shows v on the spot.
 *
 * Both stop after DIFF_LIMIT values and print "end" if the generator ended
 * first. Everything the body prints interleaves with the values the same
 * way in both, so the two outputs must be identical.
 *
 * A generator that is sent values (GENERATOR(T, S)) ends with
 * DIFF_MAIN_SEND(T, S, generator, (arguments)): main sends diff_sent(k)
 * with its k-th next (the first, a start, sends nothing), and in the
 * reference the k-th YIELD gives diff_sent(k + 1), so the YIELD's value
 * is the same in both wherever it stands in an expression. The C compiler
 * then decides the reference's order of evaluation: cases keep YIELDs
 * where C fixes the order (&&, ||, ?:, the comma, conditions, separate
 * initializers, a YIELD's own argument).
 */
#ifndef DIFF_H
#define DIFF_H

#include <yieldc.h>
#include <setjmp.h>
#include <stdio.h>

#ifndef DIFF_LIMIT
#define DIFF_LIMIT 1000
#endif

/* What main sends with its k-th next. */
static inline int diff_sent(int k)
{
    return 100 + 7 * k;
}

#ifdef DIFF_REFERENCE
#undef GENERATOR
#undef YIELD
static jmp_buf diff_stop;
static int diff_count;
#define GENERATOR(...) void
/* show the value; stop after DIFF_LIMIT; give what the next send brings */
#define YIELD(...) (show(__VA_ARGS__), diff_counted(), diff_sent(diff_count))
static void diff_counted(void)
{
    if (++diff_count == DIFF_LIMIT)
        longjmp(diff_stop, 1);
}
#define DIFF_MAIN_SEND(T, S, gen, args) DIFF_MAIN(T, gen, args)
#define DIFF_MAIN(T, gen, args)                       \
    int main(void)                                    \
    {                                                 \
        if (setjmp(diff_stop) == 0) {                 \
            gen args;                                 \
            printf("end\n");                          \
        }                                             \
        return 0;                                     \
    }
#else
#define DIFF_MAIN(T, gen, args)                                             \
    int main(void)                                                          \
    {                                                                       \
        YIELDC_FRAME(gen) frame = gen args;                                 \
        T value;                                                            \
        int count = 0;                                                      \
        while (count < DIFF_LIMIT && yieldc_next(&frame.it, &value) == YIELDC_VALUE) { \
            show(value);                                                    \
            count++;                                                        \
        }                                                                   \
        if (count < DIFF_LIMIT)                                             \
            printf("end\n");                                                \
        return 0;                                                           \
    }
#define DIFF_MAIN_SEND(T, S, gen, args)                                     \
    int main(void)                                                          \
    {                                                                       \
        YIELDC_FRAME(gen) frame = gen args;                                 \
        T value;                                                            \
        S sent;                                                             \
        int count = 0;                                                      \
        while (count < DIFF_LIMIT                                           \
               && (sent = (S)diff_sent(count),                              \
                   yieldc_send(&frame.it, count ? &sent : NULL, &value)) == YIELDC_VALUE) { \
            show(value);                                                    \
            count++;                                                        \
        }                                                                   \
        if (count < DIFF_LIMIT)                                             \
            printf("end\n");                                                \
        return 0;                                                           \
    }
#endif

#endif
