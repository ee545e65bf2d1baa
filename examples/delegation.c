/* Delegation with YIELD_FROM: a generator hands on every value of a
 * sub-generator and then gets its result, as Python's
 * `result = yield from sub()`. Mirrors the Python
 *
 *     def tally(scores):
 *         total = 0
 *         for s in scores:
 *             yield s
 *             total += s
 *         return total
 *
 *     def all_scores(teams):
 *         grand_total = 0
 *         for name, scores in teams:
 *             subtotal = yield from tally(scores)
 *             print(f"  {name}: {subtotal}")
 *             grand_total += subtotal
 *         return grand_total
 *
 *     gen = all_scores([("red", [3, 5]), ("blue", [4, 1, 2]), ("green", [])])
 *     while True:
 *         try:
 *             print(next(gen))
 *         except StopIteration as stop:
 *             print("grand total:", stop.value)
 *             break
 *
 * GENERATOR(T, S, R) declares the result type R (S, the type of values it
 * is sent, is void here); `return total;` sets the result, which a
 * consumer reads with yieldc_result once the generator has ended.
 */
#include <yieldc.h>
#include <stdio.h>

struct team {
    const char *name;
    const int *scores;
    size_t count;
};

GENERATOR(int, void, int) tally(const int *scores, size_t count)
{
    int total = 0;

    for (size_t i = 0; i < count; i++) {
        YIELD(scores[i]);
        total += scores[i];
    }
    return total;
}

GENERATOR(int, void, int) all_scores(const struct team *teams, size_t count)
{
    int grand_total = 0;

    for (size_t i = 0; i < count; i++) {
        int subtotal = YIELD_FROM(tally(teams[i].scores, teams[i].count));
        printf("  %s: %d\n", teams[i].name, subtotal);
        grand_total += subtotal;
    }
    return grand_total;
}

int main(void)
{
    static const int red[] = { 3, 5 }, blue[] = { 4, 1, 2 };
    static const struct team teams[] = {
        { "red", red, 2 },
        { "blue", blue, 3 },
        { "green", NULL, 0 },
    };
    YIELDC_FRAME(all_scores) gen = all_scores(teams, 3);
    int score;

    while (yieldc_next(&gen.it, &score) == YIELDC_VALUE)
        printf("%d\n", score);
    printf("grand total: %d\n", *(const int *)yieldc_result(&gen.it));
    return 0;
}
