/* A generator sent structs: the value of a YIELD assigned to a struct
 * variable (a declaration, an assignment, a member), beside an int sent
 * value compound-assigned. The parse sees YIELD as an int, which clang
 * cannot assign to a struct: yieldc still finds the assignment. */
#include <yieldc.h>
#include <stdio.h>

struct cmd { unsigned op; unsigned arg[2]; unsigned char flag; };
struct holder { struct cmd last; };

GENERATOR(const char *, struct cmd) interpreter(unsigned id)
{
    struct holder h;
    struct cmd c = YIELD("ready");
    printf("first op %u arg %u\n", c.op, c.arg[1]);
    c = YIELD("second");
    printf("second op %u flag %u\n", c.op, (unsigned)c.flag);
    h.last = YIELD("third");
    printf("third op %u id %u\n", h.last.op, id);
}

GENERATOR(int, int) summer(void)
{
    int total = 0;
    for (;;) {
        total += YIELD(total);
        if (total > 10)
            return;
    }
}

int main(void)
{
    YIELDC_FRAME(interpreter) g = interpreter(7);
    struct cmd c = { 1, { 10, 20 }, 1 };
    const char *s;
    while (yieldc_send(&g.it, &c, &s) == YIELDC_VALUE) {
        printf("%s\n", s);
        c.op++;
        c.arg[1]++;
        c.flag ^= 1;
    }
    YIELDC_FRAME(summer) t = summer();
    int v, add = 4;
    while (yieldc_send(&t.it, &add, &v) == YIELDC_VALUE)
        printf("total %d\n", v);
    return 0;
}
