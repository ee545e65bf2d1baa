/* A frame member whose type this file declares itself: a plain C file could
 * not see it through --emit=header. */
#include <yieldc.h>

struct point { int x, y; };

GENERATOR(int) walk(int n)
{
    struct point p = { 0, 0 };

    while (p.x < n) {
        YIELD(p.x);
        p.x++;
    }
}
