/* Generator expressions: GENEXPR maps and GENEXPR_IF filters any iterator,
 * lazily. Mirrors the Python
 *
 *     squares = (x * x for x in range(10))
 *     for num in squares:
 *         print(num)
 *
 *     xs = [3, 8, 5, 12, 7, 10]
 *     evens = (x for x in xs if x % 2 == 0)
 *     print(*evens)
 *
 *     squares_gen = (x * x for x in range(5))
 *     print(next(squares_gen))  # 0
 *     print(next(squares_gen))  # 1
 *
 * GENEXPR(value, T x, source) is (value for x in source) and
 * GENEXPR_IF(value, T x, source, condition) is (value for x in source if
 * condition). range and the list iterator are small generators here.
 */
#include <yieldc.h>
#include <stdio.h>

/* range(n): 0, 1, ..., n - 1 */
GENERATOR(int) range(int n)
{
    for (int i = 0; i < n; i++)
        YIELD(i);
}

/* iter(xs) over an array of n ints */
GENERATOR(int) items(const int *xs, size_t n)
{
    for (size_t i = 0; i < n; i++)
        YIELD(xs[i]);
}

int main(void)
{
    FOREACH (int num, GENEXPR(x * x, int x, range(10)))
        printf("%d\n", num);

    static const int xs[] = { 3, 8, 5, 12, 7, 10 };
    const char *sep = "";
    FOREACH (int even, GENEXPR_IF(x, int x, items(xs, sizeof xs / sizeof xs[0]), x % 2 == 0)) {
        printf("%s%d", sep, even);
        sep = " ";
    }
    printf("\n");

    /* a GENEXPR kept for the rest of the block, stepped by hand */
    struct yieldc_iter *squares_gen = &GENEXPR(x * x, int x, range(5)).it;
    int value;
    if (yieldc_next(squares_gen, &value) == YIELDC_VALUE)
        printf("%d\n", value);
    if (yieldc_next(squares_gen, &value) == YIELDC_VALUE)
        printf("%d\n", value);
    return 0;
}
