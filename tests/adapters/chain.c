/* yieldc_chain: the values of one source, then another's; empty sources,
 * chains of chains, generators as sources, and closing a chain, which
 * leaves its sources alone.
 *
 *     from itertools import chain
 *     def show(label, it): print(label + ":", *it)
 *     show("range(3) then [10, 20]", chain(range(3), [10, 20]))
 *     show("range(0) then range(2)", chain(range(0), range(2)))
 *     show("range(2) then range(0)", chain(range(2), range(0)))
 *     show("range(0) then range(0)", chain(range(0), range(0)))
 *     show("(range(2) then range(5, 7)) then range(9, 10)", chain(chain(range(2), range(5, 7)), range(9, 10)))
 *     def letters(word):
 *         try:
 *             for c in word:
 *                 yield c
 *         finally:
 *             print("letters", word, "cleaned up")
 *     a = letters("ab")
 *     b = letters("xyz")
 *     ch = chain(a, b)
 *     print(next(ch), next(ch), next(ch))
 *     del ch
 *     print("chain closed; its second source goes on at", next(b))
 *     b.close()
 */
#include <yieldc.h>
#include <stdio.h>

static void show(const char *label, struct yieldc_iter *src)
{
    printf("%s:", label);
    FOREACH (long v, src)
        printf(" %ld", v);
    printf("\n");
}

GENERATOR(char) letters(const char *word)
{
    DEFER(printf("letters %s cleaned up\n", word));
    for (size_t i = 0; word[i]; i++)
        YIELD(word[i]);
}

int main(void)
{
    {
        long tens[] = { 10, 20 };
        struct yieldc_range_frame r = yieldc_range(0, 3, 1);
        struct yieldc_array_frame a = YIELDC_ARRAY(tens);
        struct yieldc_chain_frame c = yieldc_chain(&r.it, &a.it);
        show("range(3) then [10, 20]", &c.it);
    }
    {
        struct yieldc_range_frame r0 = yieldc_range(0, 0, 1), r2 = yieldc_range(0, 2, 1);
        struct yieldc_chain_frame c = yieldc_chain(&r0.it, &r2.it);
        show("range(0) then range(2)", &c.it);
    }
    {
        struct yieldc_range_frame r2 = yieldc_range(0, 2, 1), r0 = yieldc_range(0, 0, 1);
        struct yieldc_chain_frame c = yieldc_chain(&r2.it, &r0.it);
        show("range(2) then range(0)", &c.it);
    }
    {
        struct yieldc_range_frame r0 = yieldc_range(0, 0, 1), r00 = yieldc_range(0, 0, 1);
        struct yieldc_chain_frame c = yieldc_chain(&r0.it, &r00.it);
        show("range(0) then range(0)", &c.it);
    }
    {
        struct yieldc_range_frame r1 = yieldc_range(0, 2, 1), r2 = yieldc_range(5, 7, 1), r3 = yieldc_range(9, 10, 1);
        YIELDC_FRAME(yieldc_chain) inner = yieldc_chain(&r1.it, &r2.it);
        YIELDC_FRAME(yieldc_chain) outer = yieldc_chain(&inner.it, &r3.it);
        show("(range(2) then range(5, 7)) then range(9, 10)", &outer.it);
    }
    {
        struct letters_frame a = letters("ab");
        struct letters_frame b = letters("xyz");
        struct yieldc_chain_frame c = yieldc_chain(&a.it, &b.it);
        char c1, c2, c3, next;
        yieldc_next(&c.it, &c1);
        yieldc_next(&c.it, &c2);
        yieldc_next(&c.it, &c3);
        printf("%c %c %c\n", c1, c2, c3);
        yieldc_close(&c.it);
        yieldc_next(&b.it, &next);
        printf("chain closed; its second source goes on at %c\n", next);
        yieldc_close(&b.it);
    }
    return 0;
}
