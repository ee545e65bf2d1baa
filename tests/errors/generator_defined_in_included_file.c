#include <stdio.h>
#include "generator_defined_in_included_file.h"

int main(void)
{
    FOREACH (int v, from_header(3))
        printf("%d\n", v);
    return 0;
}
