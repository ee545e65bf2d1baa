/* A generator object stored in a variable, then looped over: mirrors the Python count_up_to(n). */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) count_up_to(int n)
{
    int count = 1;

    while (count <= n) {
        YIELD(count);
        count += 1;
    }
}

int main(void)
{
    YIELDC_FRAME(count_up_to) counter = count_up_to(5);

    FOREACH (int num, counter)
        printf("%d\n", num);
    return 0;
}
