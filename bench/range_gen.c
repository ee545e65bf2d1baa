/*
 * range_gen.c - range(n) as a yieldc generator, alone in its file: its
 * consumers (range_next.c, create_drop.c, frame_bytes.c) reach it through
 * range_gen.h.
 */
#include "range_gen.h"

GENERATOR(long) range(long n)
{
    for (long i = 0; i < n; i++)
        YIELD(i);
}
