/* struct and enum parameters and locals keep their values across yields;
 * the struct parameter is modified inside the generator and the caller's
 * copy is untouched. */
#include <yieldc.h>
#include <stdio.h>

enum dir { NORTH, EAST, SOUTH, WEST };

struct pos {
    int x, y;
};

static const char *dir_name(enum dir d)
{
    switch (d) {
    case NORTH: return "N";
    case EAST: return "E";
    case SOUTH: return "S";
    case WEST: return "W";
    }
    return "?";
}

GENERATOR(int) turtle(struct pos start, enum dir facing, int steps)
{
    struct pos here = start;
    enum dir d = facing;
    int i;

    for (i = 0; i < steps; i++) {
        switch (d) {
        case NORTH: here.y++; break;
        case EAST: here.x++; break;
        case SOUTH: here.y--; break;
        case WEST: here.x--; break;
        }
        YIELD(here.x * 100 + here.y);
        printf("  at (%d,%d) facing %s, start was (%d,%d) facing %s\n",
               here.x, here.y, dir_name(d), start.x, start.y, dir_name(facing));
        d = (enum dir)((d + 1) % 4);
        start.x += 10;
    }
}

int main(void)
{
    struct pos origin = { 1, 1 };

    FOREACH (int code, turtle(origin, EAST, 5))
        printf("code %d\n", code);
    printf("caller's origin still (%d,%d)\n", origin.x, origin.y);
    return 0;
}
