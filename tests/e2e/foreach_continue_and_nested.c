/* FOREACH loops in main: continue skips to the next value, and two nested
 * FOREACH loops over generator calls give a cross product (the inner
 * generator call is a fresh temporary frame on each outer pass). */
#include <yieldc.h>
#include <stdio.h>

GENERATOR(int) upto(int n)
{
    int i;

    for (i = 0; i < n; i++)
        YIELD(i);
}

GENERATOR(char) abc(int n)
{
    int i;

    for (i = 0; i < n; i++)
        YIELD((char)('a' + i));
}

int main(void)
{
    FOREACH (int v, upto(6)) {
        if (v % 3 == 0)
            continue;
        printf("kept %d\n", v);
    }
    FOREACH (int i, upto(3)) {
        FOREACH (char c, abc(i + 1)) {
            if (c == 'b' && i == 2)
                break;
            printf("%d%c\n", i, c);
        }
        printf("row %d done\n", i);
    }
    return 0;
}
