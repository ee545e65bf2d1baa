/*
 * A program built with assertions on, linked with the adapters built with
 * NDEBUG (a release libyieldc), without yieldc: an iterator that the library starts has no
 * recorded home, and the program's debug checks must take it as it is.
 */
#undef NDEBUG
#include <stdio.h>
#include <yieldc.h>

int main(void)
{
    struct yieldc_count_frame c = yieldc_count(100, 1);
    struct yieldc_take_frame t = yieldc_take(&c.it, 3);
    long v, next;
    while (yieldc_next(&t.it, &v) == YIELDC_VALUE)    /* the library starts c */
        printf("%ld ", v);
    yieldc_next(&c.it, &next);                  /* the program goes on with it */
    printf("then %ld\n", next);
    yieldc_close(&c.it);
    return 0;
}
