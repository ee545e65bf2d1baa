/* yieldc_enumerate and yieldc_zip: pairs written into the consumer's
 * struct, zip ending with the shorter source and what it leaves in each.
 *
 *     fruit = ["apple", "fig", "kiwi"]
 *     for i, name in enumerate(fruit):
 *         print(i, name)
 *     for i, n in enumerate(range(10, 13)):
 *         print(f"#{i}: {n}")
 *     print("empty:", *enumerate([]))
 *     r = iter(range(5))
 *     for n, name in zip(r, iter(fruit)):
 *         print(n, "->", name)
 *     print("the longer first source goes on at", next(r))
 *     s = iter(fruit)
 *     for n, name in zip(range(2), s):
 *         print(n, "=>", name)
 *     print("the longer second source goes on at", next(s))
 *     for (i, n), name in zip(enumerate(range(100, 400, 100)), fruit):
 *         print(i, n, name)
 */
#include <yieldc.h>
#include <stdio.h>

struct indexed_name {
    size_t index;
    const char *value;
};

struct indexed_long {
    size_t index;
    long value;
};

struct long_name {
    long first;
    const char *second;
};

struct indexed_long_name {
    struct indexed_long first;
    const char *second;
};

int main(void)
{
    const char *fruit[] = { "apple", "fig", "kiwi" };
    long n;
    const char *name;

    {
        struct yieldc_array_frame names = YIELDC_ARRAY(fruit);
        FOREACH (struct indexed_name p, YIELDC_ENUMERATE(&names.it, struct indexed_name))
            printf("%zu %s\n", p.index, p.value);
    }
    {
        struct yieldc_range_frame r = yieldc_range(10, 13, 1);
        struct yieldc_enumerate_frame e = yieldc_enumerate(&r.it, offsetof(struct indexed_long, value));
        struct indexed_long p;
        while (yieldc_next(&e.it, &p) == YIELDC_VALUE)
            printf("#%zu: %ld\n", p.index, p.value);
    }
    {
        struct yieldc_array_frame none = yieldc_array(NULL, 0, sizeof(long));
        printf("empty:");
        FOREACH (struct indexed_long p, YIELDC_ENUMERATE(&none.it, struct indexed_long))
            printf(" (%zu, %ld)", p.index, p.value);
        printf("\n");
    }
    {
        struct yieldc_range_frame r = yieldc_range(0, 5, 1);
        struct yieldc_array_frame names = YIELDC_ARRAY(fruit);
        FOREACH (struct long_name p, YIELDC_ZIP(&r.it, &names.it, struct long_name))
            printf("%ld -> %s\n", p.first, p.second);
        yieldc_next(&r.it, &n);
        printf("the longer first source goes on at %ld\n", n);
    }
    {
        struct yieldc_range_frame r = yieldc_range(0, 2, 1);
        struct yieldc_array_frame names = YIELDC_ARRAY(fruit);
        struct yieldc_zip_frame z = yieldc_zip(&r.it, &names.it, offsetof(struct long_name, second));
        FOREACH (struct long_name p, z)
            printf("%ld => %s\n", p.first, p.second);
        yieldc_next(&names.it, &name);
        printf("the longer second source goes on at %s\n", name);
    }
    {
        struct yieldc_range_frame r = yieldc_range(100, 400, 100);
        struct yieldc_enumerate_frame e = YIELDC_ENUMERATE(&r.it, struct indexed_long);
        struct yieldc_array_frame names = YIELDC_ARRAY(fruit);
        FOREACH (struct indexed_long_name p, YIELDC_ZIP(&e.it, &names.it, struct indexed_long_name))
            printf("%zu %ld %s\n", p.first.index, p.first.value, p.second);
    }
    return 0;
}
