/*
 * main.c - the yieldc command line.
 *
 *   yieldc [options] input.c -o output.c [-- compiler flags...]
 *   yieldc-cc COMPILER [compiler arguments...]      (launcher.c)
 *
 * Exit status: 0 on success, 1 when the input has errors (diagnostics on
 * stderr, nothing written), 2 for a usage error, 3 for an internal error.
 */
#include "tool.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef YIELDC_VERSION
#define YIELDC_VERSION "0.1.0"
#endif

/* The one description of the command line: --help prints it and the build
 * turns it into the man page (doc/manpage.cmake), so the two cannot differ.
 * An option's line starts with two spaces and '-'; its description may go on
 * in lines indented further. */
static const char help_text[] =
    "usage: yieldc [options] input.c -o output.c [-- compiler flags...]\n"
    "       yieldc --check input.c [-- compiler flags...]\n"
    "       yieldc-cc COMPILER [compiler arguments...]\n"
    "\n"
    "Rewrites every GENERATOR function of input.c into a resumable state machine\n"
    "and FOREACH loops into plain C11; everything else is copied unchanged.\n"
    "As yieldc-cc it wraps a compiler command, as ccache does: each C source of\n"
    "the command that uses GENERATOR, YIELD or FOREACH is transpiled with that\n"
    "command's own flags, and the compiler builds the result.\n"
    "\n"
    "options:\n"
    "  -o FILE          write the result to FILE ('-' for standard output); an\n"
    "                   output whose content did not change is left untouched\n"
    "  --emit=WHAT      what to write: c (the transpiled source, the default),\n"
    "                   header (frames and constructors, for plain C files),\n"
    "                   json (each generator's frame fields, size and states) or\n"
    "                   dot (one Graphviz graph of the file, a cluster of states\n"
    "                   per generator)\n"
    "  --check          report diagnostics only; write nothing\n"
    "  --no-line        do not emit #line directives\n"
    "  --depfile FILE   also write the make-style dependencies of the output\n"
    "                   (the input and every header the parse read)\n"
    "  -p DIR           parse with the flags compile_commands.json in DIR gives\n"
    "                   for input.c (before any flags after --)\n"
    "  --help           show this help\n"
    "  --version        show the version of yieldc and of its libclang\n"
    "  -- FLAGS...      compiler flags for parsing input.c (-I, -D, -std, ...)\n"
    "\n"
    "exit status:\n"
    "  0                success\n"
    "  1                errors in the input (diagnostics on stderr, nothing written)\n"
    "  2                usage error\n"
    "  3                internal error\n";

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

/* `path` escaped for a make rule. */
static const char *make_escape(const char *path)
{
    struct buf b = {0};
    for (const char *p = path; *p; p++) {
        if (*p == ' ' || *p == '#' || *p == '\\')
            buf_puts(&b, "\\");
        else if (*p == '$')
            buf_puts(&b, "$");
        buf_add(&b, p, 1);
    }
    return b.data ? b.data : "";
}

static bool write_depfile(const struct options *opts, const struct unit *unit)
{
    struct buf b = {0};
    buf_printf(&b, "%s:", make_escape(opts->output));
    buf_printf(&b, " \\\n  %s", make_escape(opts->input));
    for (size_t i = 0; i < unit->nincludes; i++)
        buf_printf(&b, " \\\n  %s", make_escape(unit->includes[i]));
    buf_puts(&b, "\n");
    return write_output(opts->depfile, b.data, b.len);
}

/*
 * Parse, analyze and rewrite. When a macro hides a generator construct,
 * the invocations around it are expanded in place and the whole is done
 * again on that text (twice at most): the rest of the file keeps its
 * macros, and the output says what the compiler would have seen there.
 */
int transpile_file(const struct options *opts, struct unit *unit)
{
    struct edit_list edits;
    const char *text = NULL;
    bool rewrites = opts->emit == EMIT_C || opts->emit == EMIT_JSON;
    for (int pass = 1;; pass++) {
        *unit = (struct unit){0};
        edits = (struct edit_list){0};
        if (!parse_unit(opts, unit, text))
            return 1;
        unit->may_expand = pass < 3;
        bool ok = analyze_unit(unit);
        if (ok && !opts->check_only && rewrites) {
            rewrite_unit(unit, &edits);
            rewrite_check_macros(unit, &edits);
        }
        if (unit->nexpand_at && !error_count()) {
            text = parse_expanded_text(unit, unit->expand_at, unit->nexpand_at);
            if (error_count())
                return 1;
            continue;
        }
        if (!ok || error_count())
            return 1;
        break;
    }
    if (opts->check_only)
        return 0;
    size_t len;
    char *out;
    if (opts->emit == EMIT_JSON) {
        /* sizes as the compiler lays the output out, whatever the frame holds */
        struct options as_c = *opts;
        as_c.emit = EMIT_C;
        as_c.line_directives = true;
        out = emit_text(unit, &edits, &as_c, &len);
        measure_frames(opts, out, len, unit);
        out = describe_json(unit, &len);
    } else if (opts->emit == EMIT_DOT) {
        out = describe_dot(unit, &len);
    } else if (opts->emit == EMIT_HEADER) {
        out = generated_header(unit, opts, &len);
        if (!out)
            return 1;
    } else {
        out = emit_text(unit, &edits, opts, &len);
    }
    if (!write_output(opts->output, out, len))
        return 1;
    return !opts->depfile || write_depfile(opts, unit) ? 0 : 1;
}

int main(int argc, char **argv)
{
    const char *name = strrchr(argv[0], '/');
    if (strcmp(name ? name + 1 : argv[0], "yieldc-cc") == 0) {
        int status = launch(argc, argv);
        arena_free_all();
        return status;
    }
    struct options opts = { .line_directives = true };
    int i;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(help_text, stdout);
            return 0;
        } else if (strcmp(a, "--version") == 0) {
            printf("yieldc %s (%s)\n", YIELDC_VERSION, libclang_version());
            return 0;
        } else if (strcmp(a, "--no-line") == 0) {
            opts.line_directives = false;
        } else if (strcmp(a, "--check") == 0) {
            opts.check_only = true;
        } else if (strncmp(a, "--emit=", 7) == 0) {
            if (strcmp(a + 7, "c") == 0)
                opts.emit = EMIT_C;
            else if (strcmp(a + 7, "json") == 0)
                opts.emit = EMIT_JSON;
            else if (strcmp(a + 7, "header") == 0)
                opts.emit = EMIT_HEADER;
            else if (strcmp(a + 7, "dot") == 0)
                opts.emit = EMIT_DOT;
            else
                return usage_error("unknown --emit kind '%s' (use c, header, json or dot)", a + 7);
        } else if (strcmp(a, "--depfile") == 0 || strcmp(a, "-p") == 0) {
            if (++i == argc)
                return usage_error("%s needs an argument", a);
            if (a[1] == 'p')
                opts.compile_db = argv[i];
            else
                opts.depfile = argv[i];
        } else if (strcmp(a, "-o") == 0) {
            if (++i == argc)
                return usage_error("%s needs a file name", "-o");
            opts.output = argv[i];
        } else if (strncmp(a, "-o", 2) == 0) {
            opts.output = a + 2;
        } else if (a[0] == '-' && a[1] != '\0' && strchr("DIUfWmOgsi", a[1])) {
            return usage_error("unknown option '%s': compiler flags go after -- (yieldc in.c -o out.c -- -DX -Idir)", a);
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
    if (!opts.output && !opts.check_only)
        return usage_error("%s", "no output file: give -o FILE (or -o - for standard output)");
    if (opts.depfile && (!opts.output || strcmp(opts.output, "-") == 0))
        return usage_error("%s", "--depfile needs an output file (-o FILE)");
    if (opts.output && strcmp(opts.output, "-") != 0 && same_file(opts.input, opts.output))
        return usage_error("refusing to write over the input file '%s'", opts.input);

    struct unit unit = {0};
    int status = transpile_file(&opts, &unit);
    parse_release();
    arena_free_all();
    return status;
}
