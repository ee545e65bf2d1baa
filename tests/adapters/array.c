/* yieldc_array and YIELDC_ARRAY: iteration over arrays of ints and of
 * structs, by value, and over part of an array or none of it.
 *
 *     from collections import namedtuple
 *     Point = namedtuple("Point", "x y")
 *     primes = [2, 3, 5, 7, 11]
 *     print("ints:", *iter(primes))
 *     points = [Point(1, 2), Point(-3, 4), Point(5, -6)]
 *     for p in iter(points):
 *         print(f"point ({p.x}, {p.y})")
 *     print("middle:", *iter(primes[1:4]))
 *     print("none:", *iter(primes[:0]))
 *     names = ["ada", "grace"]
 *     for n in iter(names):
 *         print("name", n)
 *     a = iter(primes)
 *     first = next(a)
 *     first *= 100
 *     print("a copy:", first, "the array:", *primes)
 */
#include <yieldc.h>
#include <stdio.h>

struct point {
    int x, y;
};

int main(void)
{
    int primes[] = { 2, 3, 5, 7, 11 };
    struct point points[] = { { 1, 2 }, { -3, 4 }, { 5, -6 } };
    const char *names[] = { "ada", "grace" };
    int n;

    struct yieldc_array_frame ints = YIELDC_ARRAY(primes);
    printf("ints:");
    while (yieldc_next(&ints.it, &n) == YIELDC_VALUE)
        printf(" %d", n);
    printf("\n");

    FOREACH (struct point p, YIELDC_ARRAY(points))
        printf("point (%d, %d)\n", p.x, p.y);

    struct yieldc_array_frame middle = yieldc_array(primes + 1, 3, sizeof primes[0]);
    printf("middle:");
    FOREACH (int v, middle)
        printf(" %d", v);
    printf("\n");

    struct yieldc_array_frame none = yieldc_array(NULL, 0, sizeof(int));
    printf("none:");
    FOREACH (int v, none)
        printf(" %d", v);
    printf("\n");

    FOREACH (const char *name, YIELDC_ARRAY(names))
        printf("name %s\n", name);

    /* the values are copies: changing one leaves the array alone */
    YIELDC_FRAME(yieldc_array) a = YIELDC_ARRAY(primes);
    int first;
    yieldc_next(&a.it, &first);
    first *= 100;
    printf("a copy: %d the array:", first);
    FOREACH (int v, YIELDC_ARRAY(primes))
        printf(" %d", v);
    printf("\n");
    return 0;
}
