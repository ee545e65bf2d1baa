/* `char buf[64] = "x"` and `char tail[] = "yz"` in the frame: the string
 * initializer, the zero fill of the rest, and edits made across YIELDs. */
#include "diff.h"

#include <string.h>

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) build_text(int rounds)
{
    char buf[64] = "x";
    char tail[] = "yz";

    for (int i = 0; i < rounds; i++) {
        YIELD((int)strlen(buf));
        strcat(buf, tail);
        buf[0] = (char)('a' + i);
        tail[1] = (char)('0' + i);
        printf("buf = %s, tail = %s\n", buf, tail);
    }
    printf("sizeof buf %d, sizeof tail %d\n", (int)sizeof buf, (int)sizeof tail);
    YIELD(buf[63]);
    YIELD(buf[2 * rounds + 1]);
    YIELD((int)strlen(buf));
}

DIFF_MAIN(int, build_text, (4))
