/* A frame stored as a member of the caller's own struct (a generator
 * frame is an ordinary complete type), advanced through that struct. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) ids(int first)
{
    int next = first;

    for (;;)
        YIELD(next++);
}

struct allocator {
    const char *name;
    YIELDC_FRAME(ids) source;
};

static int take(struct allocator *a)
{
    int v = -1;

    if (yieldc_next(&a->source.it, &v) != YIELDC_VALUE)
        printf("unexpected end\n");
    return v;
}

int main(void)
{
    struct allocator a = { "a", ids(1) };
    struct allocator b = { "b", ids(500) };
    int i;

    for (i = 0; i < 3; i++) {
        int x = take(&a);
        int y = take(&b);

        printf("%s=%d %s=%d\n", a.name, x, b.name, y);
    }
    printf("%s=%d\n", a.name, take(&a));
    return 0;
}
