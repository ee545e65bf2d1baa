/*
 * range_gen.h - range(n), the generator of range_gen.c, declared with the
 * pattern for generators used from other files (README): yieldc reads the
 * GENERATOR prototype, the compiler reads the header yieldc writes from
 * range_gen.c (its frame and constructor, and the typed next once yieldc
 * writes one).
 */
#ifndef BENCH_RANGE_GEN_H
#define BENCH_RANGE_GEN_H

#include <yieldc.h>

#ifdef YIELDC_TRANSPILING
GENERATOR(long) range(long n);
#else
#include "range_gen.yieldc.h"
#endif

#endif /* BENCH_RANGE_GEN_H */
