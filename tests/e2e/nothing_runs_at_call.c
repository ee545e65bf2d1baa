/* Calling a generator runs none of its body: the marker printed before the
 * first YIELD appears only after main prints "created", at the first next. */
#include <yieldc.h>
#include <stdio.h>

static int side_effect = 0;

GENERATOR(int) lazy(int x)
{
    printf("body started with x=%d\n", x);
    side_effect = 1;
    YIELD(x + 1);
    printf("body resumed\n");
    YIELD(x + 2);
}

int main(void)
{
    YIELDC_FRAME(lazy) gen = lazy(41);
    int v;

    printf("created\n");
    printf("side_effect=%d\n", side_effect);
    if (yieldc_next(&gen.it, &v) == YIELDC_VALUE)
        printf("first next: %d\n", v);
    printf("side_effect=%d\n", side_effect);
    if (yieldc_next(&gen.it, &v) == YIELDC_VALUE)
        printf("second next: %d\n", v);

    /* a frame that is created and never advanced runs nothing at all */
    {
        YIELDC_FRAME(lazy) unused = lazy(0);
        (void)unused;
        printf("second frame created, never advanced\n");
    }

    /* the temporary frame of FOREACH also starts only at the loop's first next */
    printf("before foreach\n");
    FOREACH (int w, lazy(7))
        printf("foreach got %d\n", w);
    printf("after foreach\n");
    return 0;
}
