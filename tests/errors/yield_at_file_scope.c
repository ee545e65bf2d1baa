/* YIELD in a file-scope initializer: there is no generator to suspend. */
#include <yieldc.h>

int x = YIELD(1);
