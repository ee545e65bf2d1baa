/* A static local inside a generator is one variable shared by all frames of
 * that generator (and keeps its value after the frames are gone); ordinary
 * locals are per frame. */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) ticket(int id)
{
    static int counter = 0;
    int mine = 0;

    while (mine < 3) {
        counter++;
        mine++;
        YIELD(id * 100 + counter * 10 + mine);
    }
}

int main(void)
{
    YIELDC_FRAME(ticket) a = ticket(1);
    YIELDC_FRAME(ticket) b = ticket(2);
    int v;

    yieldc_next(&a.it, &v);
    printf("a %d\n", v);
    yieldc_next(&b.it, &v);
    printf("b %d\n", v);
    yieldc_next(&b.it, &v);
    printf("b %d\n", v);
    yieldc_next(&a.it, &v);
    printf("a %d\n", v);
    while (yieldc_next(&a.it, &v) == YIELDC_VALUE)
        printf("a %d\n", v);
    while (yieldc_next(&b.it, &v) == YIELDC_VALUE)
        printf("b %d\n", v);
    FOREACH (int w, ticket(3))
        printf("c %d\n", w);
    return 0;
}
