/* A GENEXPR copies the local variables its value and condition name when
 * it is written, by value: later changes to them are not seen (Python's
 * genexpr would see them, since it binds late; the Python equivalent binds
 * them early through a function's parameters). A copied pointer still
 * points to the same object, whose changes are seen; a copied struct is a
 * snapshot; a global is not copied and is read as each value is made. The
 * source is evaluated where the GENEXPR is written too. */
#include <yieldc.h>
#include <stdio.h>

static int global_offset = 1;

struct scale {
    int mul, add;
};

GENERATOR(int) range(int n)
{
    printf("  range(%d) made\n", n);
    for (int i = 0; i < n; i++)
        YIELD(i);
}

static int count(int n)
{
    printf("  count(%d) evaluated\n", n);
    return n;
}

int main(void)
{
    int k = 2;
    int target = 5;
    int *ptr = &target;
    struct scale s = { 3, 1 };

    printf("making the GENEXPRs\n");
    struct yieldc_iter *a = &GENEXPR(x * k + global_offset, int x, range(count(3))).it;
    struct yieldc_iter *c = &GENEXPR(x + *ptr, int x, range(count(2))).it;
    struct yieldc_iter *d = &GENEXPR_IF(x * s.mul + s.add, int x, range(5), x > k).it;
    printf("changing the variables\n");
    k = 100;
    global_offset = 1000;
    target = 50;
    ptr = NULL;
    s.mul = 0;
    printf("k %d, global_offset %d, target %d, s.mul %d\n", k, global_offset, target, s.mul);

    FOREACH (int v, a)
        printf("k copied as 2, global read now: %d\n", v);
    FOREACH (int v, c)
        printf("pointer copied, target read now: %d\n", v);
    FOREACH (int v, d)
        printf("struct and k copied: %d\n", v);
    (void)ptr;
    return 0;
}
