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
 */
#ifndef DIFF_H
#define DIFF_H

#include <yieldc.h>
#include <setjmp.h>
#include <stdio.h>

#ifndef DIFF_LIMIT
#define DIFF_LIMIT 1000
#endif

#ifdef DIFF_REFERENCE
#undef GENERATOR
#undef YIELD
static jmp_buf diff_stop;
static int diff_count;
#define GENERATOR(T) void
#define YIELD(value)                                  \
    do {                                              \
        show(value);                                  \
        if (++diff_count == DIFF_LIMIT)               \
            longjmp(diff_stop, 1);                    \
    } while (0)
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
#endif

#endif
