/* `return;` written inside a user macro (`#define STOP_IF(c) if (c)
 * return`): yieldc rewrites returns it can see, so it asks for a plain
 * `return;`. */
#include <yieldc.h>
#include <stdio.h>

#define STOP_IF(c) if (c) return

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) stopper(int n)
{
    for (int i = 0;; i++) {
        STOP_IF(i == n);
        YIELD(i);
    }
}

