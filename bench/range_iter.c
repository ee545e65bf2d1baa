/*
 * range_iter.c - the hand-written switch iterator of range(n) in a file of
 * its own: what its consumers in other files call, as they call a yieldc
 * generator of another file.
 */
#include "range_iter.h"

struct range_iter range_iter_make(long n)
{
    return range_iter_make_inline(n);
}

bool range_iter_next(struct range_iter *it, long *out)
{
    return range_iter_next_inline(it, out);
}
