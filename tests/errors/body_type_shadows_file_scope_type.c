/* A struct defined in the generator body with the tag of a file-scope struct:
 * yieldc moves body types to file scope, so the two would clash. */
#include <yieldc.h>
#include <stdio.h>

struct point {
    double x, y;
};


GENERATOR(int) shadowing(int n)
{
    struct point fp = { 1.5, 2.5 };

    YIELD((int)(fp.x + fp.y));
    {
        struct point { int x, y, z; };
        struct point ip = { n, n + 1, n + 2 };
        YIELD(ip.x + ip.y + ip.z);
        ip.z = 0;
        YIELD(ip.z);
    }
    YIELD((int)fp.y);
}

