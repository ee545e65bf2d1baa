/* __func__ used inside a user macro (a common tracing idiom) must name the
 * user's generator, as it does when written in the body directly. */
#include "diff.h"

#define TRACE(msg) printf("%s: %s\n", __func__, msg)

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) traced(int n)
{
    TRACE("start");
    for (int i = 0; i < n; i++) {
        YIELD(i);
        TRACE("step");
    }
}

DIFF_MAIN(int, traced, (2))
