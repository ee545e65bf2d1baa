/* yieldc_take and yieldc_skip: itertools.islice(src, n) and
 * islice(src, n, None), within and past the end of the source, and what
 * they leave in it.
 *
 *     from itertools import islice
 *     def show(label, it): print(label + ":", *it)
 *     show("take 3 of range(10)", islice(range(10), 3))
 *     show("take 10 of range(3)", islice(range(3), 10))
 *     show("take 0 of range(3)", islice(range(3), 0))
 *     show("skip 2 of range(5)", islice(range(5), 2, None))
 *     show("skip 10 of range(3)", islice(range(3), 10, None))
 *     show("skip 0 of range(3)", islice(range(3), 0, None))
 *     r = iter(range(10))
 *     show("take 3 of skip 2 of range(10)", islice(islice(r, 2, None), 3))
 *     print("the source goes on at", next(r))
 *     r = iter(range(10))
 *     show("skip 2 of take 3 of range(10)", islice(islice(r, 3), 2, None))
 *     print("the source goes on at", next(r))
 *     r = iter(range(3))
 *     show("take 5 of range(3)", islice(r, 5))
 *     print("then the source:", *r)
 */
#include <yieldc.h>
#include <stdio.h>

static void show(const char *label, struct yieldc_iter *it)
{
    printf("%s:", label);
    FOREACH (long v, it)
        printf(" %ld", v);
    printf("\n");
}

int main(void)
{
    long v;

    {
        struct yieldc_range_frame r = yieldc_range(0, 10, 1);
        struct yieldc_take_frame t = yieldc_take(&r.it, 3);
        show("take 3 of range(10)", &t.it);
    }
    {
        struct yieldc_range_frame r = yieldc_range(0, 3, 1);
        struct yieldc_take_frame t = yieldc_take(&r.it, 10);
        show("take 10 of range(3)", &t.it);
    }
    {
        struct yieldc_range_frame r = yieldc_range(0, 3, 1);
        struct yieldc_take_frame t = yieldc_take(&r.it, 0);
        show("take 0 of range(3)", &t.it);
    }
    {
        struct yieldc_range_frame r = yieldc_range(0, 5, 1);
        struct yieldc_skip_frame s = yieldc_skip(&r.it, 2);
        show("skip 2 of range(5)", &s.it);
    }
    {
        struct yieldc_range_frame r = yieldc_range(0, 3, 1);
        struct yieldc_skip_frame s = yieldc_skip(&r.it, 10);
        show("skip 10 of range(3)", &s.it);
    }
    {
        struct yieldc_range_frame r = yieldc_range(0, 3, 1);
        struct yieldc_skip_frame s = yieldc_skip(&r.it, 0);
        show("skip 0 of range(3)", &s.it);
    }
    {
        struct yieldc_range_frame r = yieldc_range(0, 10, 1);
        struct yieldc_skip_frame s = yieldc_skip(&r.it, 2);
        struct yieldc_take_frame t = yieldc_take(&s.it, 3);
        show("take 3 of skip 2 of range(10)", &t.it);
        yieldc_next(&r.it, &v);
        printf("the source goes on at %ld\n", v);
    }
    {
        struct yieldc_range_frame r = yieldc_range(0, 10, 1);
        struct yieldc_take_frame t = yieldc_take(&r.it, 3);
        struct yieldc_skip_frame s = yieldc_skip(&t.it, 2);
        show("skip 2 of take 3 of range(10)", &s.it);
        yieldc_next(&r.it, &v);
        printf("the source goes on at %ld\n", v);
    }
    {
        struct yieldc_range_frame r = yieldc_range(0, 3, 1);
        struct yieldc_take_frame t = yieldc_take(&r.it, 5);
        show("take 5 of range(3)", &t.it);
        show("then the source", &r.it);
    }
    return 0;
}
