#include <stdio.h>

int sum_a(void);
int sum_b(void);
int sum_late(void);
int sum_skipped(void);

int main(void)
{
    printf("%d\n", sum_a() + sum_b() + sum_late() + sum_skipped());
    return 0;
}
