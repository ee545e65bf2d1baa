/*
 * main.c - the yieldc command line.
 *
 *   yieldc [options] input.c -o output.c [-- compiler flags...]
 *
 * Exit status: 0 on success, 1 when the input has errors (diagnostics on
 * stderr, nothing written), 2 for a usage error.
 */
#include "tool.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef YIELDC_VERSION
#define YIELDC_VERSION "0.1.0"
#endif

static void usage(FILE *f)
{
    fputs("usage: yieldc [options] input.c -o output.c [-- compiler flags...]\n"
          "\n"
          "Rewrites every GENERATOR function of input.c into a resumable state machine\n"
          "and FOREACH loops into plain C11; everything else is copied unchanged.\n"
          "\n"
          "options:\n"
          "  -o FILE       write the result to FILE ('-' for standard output)\n"
          "  --no-line     do not emit #line directives\n"
          "  --help        show this help\n"
          "  --version     show the version\n"
          "  -- FLAGS...   compiler flags for parsing input.c (-I, -D, -std, ...)\n"
          "\n"
          "exit status: 0 success, 1 errors in the input (nothing written), 2 usage\n",
          f);
}

static int usage_error(const char *fmt, const char *arg)
{
    fputs("yieldc: error: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\n(see yieldc --help)\n", stderr);
    return 2;
}

static bool same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    if (strcmp(a, b) == 0)
        return true;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static int run(const struct options *opts)
{
    struct unit unit = {0};
    if (!parse_unit(opts, &unit))
        return 1;
    if (!analyze_unit(&unit))
        return 1;
    struct edit_list edits = {0};
    rewrite_unit(&unit, &edits);
    size_t len;
    char *text = emit_text(&unit, &edits, opts, &len);
    return write_output(opts->output, text, len) ? 0 : 1;
}

int main(int argc, char **argv)
{
    struct options opts = { .line_directives = true };
    int i;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "--version") == 0) {
            printf("yieldc %s\n", YIELDC_VERSION);
            return 0;
        } else if (strcmp(a, "--no-line") == 0) {
            opts.line_directives = false;
        } else if (strcmp(a, "-o") == 0) {
            if (++i == argc)
                return usage_error("%s needs a file name", "-o");
            opts.output = argv[i];
        } else if (strncmp(a, "-o", 2) == 0) {
            opts.output = a + 2;
        } else if (a[0] == '-' && a[1] != '\0') {
            return usage_error("unknown option '%s'", a);
        } else if (opts.input) {
            return usage_error("more than one input file ('%s')", a);
        } else {
            opts.input = a;
        }
    }
    opts.clang_args = (const char *const *)argv + i;
    opts.nclang_args = argc - i;
    if (!opts.input)
        return usage_error("%s", "no input file");
    if (!opts.output)
        return usage_error("%s", "no output file: give -o FILE (or -o - for standard output)");
    if (strcmp(opts.output, "-") != 0 && same_file(opts.input, opts.output))
        return usage_error("refusing to write over the input file '%s'", opts.input);

    int status = run(&opts);
    arena_free_all();
    return status;
}
