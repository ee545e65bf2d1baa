#include <assert.h>
#include <yieldc.h>

GENERATOR(int, int) checked(void)
{
    assert(YIELD(1) > 0);
}
