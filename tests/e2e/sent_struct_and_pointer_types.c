/* Sent values of struct, pointer and double type: each arrives whole, and a
 * plain next gives the zero value (a zero struct, a null pointer, 0.0).
 * Pointer types spelled directly (`const char *`, `struct account *`) and
 * through a typedef. */
#include <yieldc.h>
#include <stdio.h>
#include <string.h>

struct point {
    int x, y;
};

struct account {
    const char *owner;
    int balance;
};

typedef struct point *point_ref;

/* Moves a point by each offset it is sent, yielding where it is. */
GENERATOR(struct point, struct point) walker(struct point at)
{
    for (;;) {
        struct point step = YIELD(at);
        at.x += step.x;
        at.y += step.y;
    }
}

/* Joins the words it is sent; a null pointer (a plain next) ends it. */
GENERATOR(const char *, const char *) joiner(void)
{
    char text[64] = "";

    for (;;) {
        const char *word = YIELD(text);
        if (!word)
            return;
        if (text[0])
            strcat(text, " ");
        strcat(text, word);
    }
}

/* Pays one unit into each account it is sent. */
GENERATOR(int, struct account *) payer(void)
{
    int paid = 0;

    for (;;) {
        struct account *a = YIELD(paid);
        if (a) {
            a->balance += 1;
            paid++;
        } else {
            printf("  payer: no account\n");
        }
    }
}

/* Doubles the x of each point it is sent, in place; counts them. */
GENERATOR(int, point_ref) doubler(void)
{
    int count = 0;

    for (;;) {
        point_ref p = YIELD(count);
        if (p) {
            p->x *= 2;
            count++;
        }
    }
}

GENERATOR(double, double) halver(void)
{
    double last = 1.0;

    for (;;)
        last = YIELD(last / 2);
}

int main(void)
{
    YIELDC_FRAME(walker) w = walker((struct point){ 1, 1 });
    struct point step = { 2, 3 }, at;
    yieldc_next(&w.it, &at);
    printf("walker at (%d, %d)\n", at.x, at.y);
    yieldc_send(&w.it, &step, &at);
    printf("walker at (%d, %d)\n", at.x, at.y);
    step = (struct point){ -10, 5 };
    yieldc_send(&w.it, &step, &at);
    printf("walker at (%d, %d)\n", at.x, at.y);
    yieldc_next(&w.it, &at);                /* moves by (0, 0) */
    printf("walker at (%d, %d)\n", at.x, at.y);

    YIELDC_FRAME(joiner) j = joiner();
    const char *words[] = { "send", "a", "pointer" };
    const char *text;
    yieldc_next(&j.it, &text);
    printf("joiner [%s]\n", text);
    for (int i = 0; i < 3; i++) {
        yieldc_send(&j.it, &words[i], &text);
        printf("joiner [%s]\n", text);
    }
    printf("joiner next -> %s\n", yieldc_next(&j.it, &text) == YIELDC_END ? "END" : "VALUE");

    struct account alice = { "alice", 10 }, bob = { "bob", 0 };
    struct account *to;
    YIELDC_FRAME(payer) p = payer();
    int paid;
    yieldc_next(&p.it, &paid);
    to = &alice;
    yieldc_send(&p.it, &to, &paid);
    to = &bob;
    yieldc_send(&p.it, &to, &paid);
    to = &alice;
    yieldc_send(&p.it, &to, &paid);
    yieldc_next(&p.it, &paid);
    printf("paid %d: %s %d, %s %d\n", paid, alice.owner, alice.balance, bob.owner, bob.balance);

    YIELDC_FRAME(doubler) dbl = doubler();
    point_ref target = &at;
    int doubled;
    yieldc_next(&dbl.it, &doubled);
    yieldc_send(&dbl.it, &target, &doubled);
    yieldc_send(&dbl.it, &target, &doubled);
    yieldc_next(&dbl.it, &doubled);
    printf("doubled %d times: (%d, %d)\n", doubled, at.x, at.y);

    YIELDC_FRAME(halver) h = halver();
    double d, in = 10.0;
    yieldc_next(&h.it, &d);
    printf("halver %g\n", d);
    yieldc_send(&h.it, &in, &d);
    printf("halver %g\n", d);
    yieldc_next(&h.it, &d);
    printf("halver %g\n", d);
    return 0;
}
