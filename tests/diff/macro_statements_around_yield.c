/* Macros that expand to statements just before and after a YIELD, with
 * frame locals passed as macro arguments (one used several times). */
#include "diff.h"

#define LOG(x) printf("log %d\n", x)
#define BUMP(v) ((v) += 1)
#define TWICE(stmt) do { stmt; stmt; } while (0)
#define SWAP(a, b) do { int swap_tmp_ = (a); (a) = (b); (b) = swap_tmp_; } while (0)

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) logged(int n)
{
    int total = 0;
    int other = 100;

    for (int i = 0; i < n; i++) {
        LOG(total);
        YIELD(i);
        LOG(i);
        BUMP(total);
        TWICE(BUMP(total));
        SWAP(total, other);
    }
    LOG(total);
    YIELD(total);
    LOG(other);
}

DIFF_MAIN(int, logged, (3))
