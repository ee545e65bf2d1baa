/* A file without generators comes out unchanged. */
#include <stdio.h>

#define TWICE(x) ((x) * 2)

int main(void)
{
    int YIELD = 1;   /* an ordinary identifier, not the pseudo-keyword */
    printf("%d\n", TWICE(YIELD));
    return 0;
}
