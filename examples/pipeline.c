/* Generators chained into a pipeline: mirrors the Python sum(squares(evens(read_numbers(text)))). */
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>

/* Yields each integer written in text: for word in text.split(): yield int(word) */
GENERATOR(int) read_numbers(const char *text)
{
    for (;;) {
        char *end;
        long n = strtol(text, &end, 10);
        if (end == text)
            break;              /* no more numbers */
        YIELD((int)n);
        text = end;
    }
}

GENERATOR(int) evens(struct yieldc_iter *numbers)
{
    FOREACH (int n, numbers) {
        if (n % 2 == 0)
            YIELD(n);
    }
}

GENERATOR(int) squares(struct yieldc_iter *numbers)
{
    FOREACH (int n, numbers) {
        YIELD(n * n);
    }
}

/* A plain function consuming any int iterator, like Python's sum(). */
static int sum(struct yieldc_iter *numbers)
{
    int total = 0;

    FOREACH (int n, numbers)
        total += n;
    return total;
}

int main(void)
{
    const char *text = "1 2 3 4 5 6 7 8 9 10";

    /* Each stage reads the one before it through its iterator header. */
    YIELDC_FRAME(read_numbers) numbers = read_numbers(text);
    YIELDC_FRAME(evens) even = evens(&numbers.it);
    YIELDC_FRAME(squares) squared = squares(&even.it);

    printf("%d\n", sum(&squared.it));
    return 0;
}
