#ifndef COUNTERS_H
#define COUNTERS_H
#include <yieldc.h>

#ifdef YIELDC_TRANSPILING
GENERATOR(int) count_up_to(int n);
#else
#include "counters.yieldc.h"
#endif

int sum_counted(int n);
#endif
