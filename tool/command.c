/*
 * command.c - what the arguments of a compiler's command line are: the
 * flags a parse of one of its inputs needs, and which options take a value.
 * The launcher (launcher.c) reads the command it wraps with it, and -p the
 * commands of a compile_commands.json (parse.c).
 *
 *   cc -DNDEBUG -Iinc -std=gnu17 -Werror -MD -MF x.d -o x.o -c x.c
 *   -> -DNDEBUG -Iinc -std=gnu17
 */
#include "tool.h"

#include <string.h>

/* Options whose value is the next argument (gcc's and clang's spelling). */
bool takes_value(const char *a)
{
    static const char *const with_value[] = {
        "-o", "-I", "-D", "-U", "-include", "-imacros", "-isystem", "-idirafter", "-iquote",
        "-iprefix", "-iwithprefix", "-iwithprefixbefore", "-isysroot", "-MF", "-MT", "-MQ", "-x",
        "-L", "-Xlinker", "-Xassembler", "-Xpreprocessor", "-Xclang", "-aux-info", "--param", "-T",
        "-u", "-z", "-target", "--sysroot", "-arch", "-e", "-l",
    };
    for (size_t i = 0; i < sizeof with_value / sizeof *with_value; i++)
        if (strcmp(a, with_value[i]) == 0)
            return true;
    return false;
}

/* Whether a flag is one the parse must not get: it names outputs, links, or
 * turns the parse's warnings into errors (clang's warnings are not gcc's). */
static bool not_for_parse(const char *a)
{
    static const char *const exact[] = {
        "-c", "-S", "-E", "-MD", "-MMD", "-MP", "-MG", "-M", "-MM", "-pedantic-errors",
        "-Wfatal-errors", "-shared", "-static", "-pie", "-no-pie", "-rdynamic", "-s", "--",
    };
    for (size_t i = 0; i < sizeof exact / sizeof *exact; i++)
        if (strcmp(a, exact[i]) == 0)
            return true;
    return strncmp(a, "-Werror", 7) == 0 || strncmp(a, "-Wl,", 4) == 0 || strncmp(a, "-l", 2) == 0
           || strncmp(a, "-L", 2) == 0;
}

/* Options with a value whose value the parse does not need either. */
static bool value_not_for_parse(const char *a)
{
    static const char *const dropped[] = {
        "-o", "-MF", "-MT", "-MQ", "-x", "-L", "-l", "-Xlinker", "-T", "-u", "-z", "-e",
    };
    for (size_t i = 0; i < sizeof dropped / sizeof *dropped; i++)
        if (strcmp(a, dropped[i]) == 0)
            return true;
    return false;
}

int compile_flags(int argc, const char *const *argv, const char ***flags)
{
    const char **out = arena_alloc(((size_t)argc + 1) * sizeof *out);
    int n = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0)
            continue;                       /* an input */
        if (takes_value(a)) {
            if (i + 1 < argc && !value_not_for_parse(a)) {
                out[n++] = a;
                out[n++] = argv[i + 1];
            }
            i++;
        } else if (!not_for_parse(a)) {
            out[n++] = a;
        }
    }
    *flags = out;
    return n;
}

