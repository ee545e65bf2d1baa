/* __LINE__ and __func__ in a generator body: the line numbers of the
 * user's file and the user's generator name, before and after YIELDs. */
#include "diff.h"

static void show(int v)
{
    printf("%d\n", v);
}

GENERATOR(int) where(int n)
{
    printf("%s starts at line %d\n", __func__, __LINE__);
    for (int i = 0; i < n; i++) {
        YIELD(__LINE__);
        printf("%s line %d\n", __func__, __LINE__);
    }
    YIELD((int)sizeof __func__);
    YIELD(__LINE__
          + 0);
    printf("%s ends at line %d\n", __func__, __LINE__);
}

DIFF_MAIN(int, where, (2))
