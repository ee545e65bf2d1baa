/* The user's header for the generators of counters.c: yieldc reads the
 * GENERATOR prototypes, the compiler reads the header yieldc generates
 * from counters.c (frames and constructors). Transpiled and plain C files
 * alike include this one. */
#ifndef COUNTERS_H
#define COUNTERS_H

#include <yieldc.h>
#include "point.h"

#ifdef YIELDC_TRANSPILING
GENERATOR(int) count_up_to(int n);
GENERATOR(struct point) diagonal(int n);
GENERATOR(int) guarded(int n);
GENERATOR(int) both(int n);
#else
#include "counters.yieldc.h"
#endif

void print_squares(int n);
void print_others(int n);

#endif
