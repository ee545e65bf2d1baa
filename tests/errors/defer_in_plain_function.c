/* DEFER in a function that is not a generator. */
#include <yieldc.h>
#include <stdio.h>

int main(void)
{
    DEFER(printf("bye\n"));
    return 0;
}
