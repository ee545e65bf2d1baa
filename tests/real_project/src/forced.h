/* Given with -include: the parse must see it as the compiler does. */
#define FORCED 5
