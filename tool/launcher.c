/*
 * launcher.c - yieldc as a compiler launcher, the way ccache wraps a compiler:
 *
 *   yieldc-cc gcc -DNDEBUG -std=gnu17 -MD -MF main.c.o.d -o main.c.o -c main.c
 *
 * runs the real command, except that each C input which uses the
 * pseudo-keywords (GENERATOR, YIELD, FOREACH, ...) is first transpiled with
 * the flags of that very command, and the compiler builds the result:
 *
 *   yieldc main.c -o main.c.yieldc.c -- -DNDEBUG -std=gnu17
 *   gcc -DNDEBUG -std=gnu17 -MD -MF main.c.o.d -o main.c.o -c main.c.yieldc.c -iquote <dir of main.c>
 *
 * So the parse sees exactly what the compiler sees, in every configuration
 * of every build system, because it is handed the compiler's own command.
 * Everything else passes through untouched: files that do not use
 * generators (comments and strings do not count), non-C inputs, link-only
 * and preprocess-only commands. The exit status is the compiler's.
 *
 * The output is written next to the object (main.c.o -> main.c.yieldc.c),
 * where it stays for inspection; without an object of its own (no -o, or
 * several inputs) it goes to a temporary directory under the input's own
 * name, so the compiler's default output names stay those of the input.
 * `#include "x.h"` still finds the headers next to the original through
 * -iquote. A dependency file the command asks for names the original, not
 * the output, and also lists what only yieldc's parse read and the yieldc
 * program itself, so a new yieldc rebuilds what it made.
 */
#define _XOPEN_SOURCE 700   /* mkdtemp, realpath */
#include "tool.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---- which inputs use generators ------------------------------------- */

static bool read_whole(const char *path, struct buf *b)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(b, chunk, n);
    bool ok = !ferror(f);
    fclose(f);
    return ok;
}

static bool ident_char(char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Whether `text` names a pseudo-keyword followed by '(' outside comments,
 * strings and character constants: only then can yieldc change the file. */
static bool uses_generators(const char *t, size_t len)
{
    static const char *const words[] = {
        "GENERATOR", "YIELD", "YIELD_FROM", "FOREACH", "DEFER", "GENEXPR", "GENEXPR_IF",
    };
    for (size_t i = 0; i < len;) {
        if (t[i] == '/' && i + 1 < len && t[i + 1] == '*') {
            const char *end = NULL;
            for (size_t j = i + 2; j + 1 < len && !end; j++)
                if (t[j] == '*' && t[j + 1] == '/')
                    end = t + j + 2;
            i = end ? (size_t)(end - t) : len;
        } else if (t[i] == '/' && i + 1 < len && t[i + 1] == '/') {
            while (i < len && t[i] != '\n')
                i += t[i] == '\\' ? 2 : 1;
        } else if (t[i] == '"' || t[i] == '\'') {
            char q = t[i++];
            while (i < len && t[i] != q && t[i] != '\n')
                i += t[i] == '\\' ? 2 : 1;
            i++;
        } else if (ident_char(t[i])) {
            size_t b = i;
            while (i < len && ident_char(t[i]))
                i++;
            size_t j = i;
            while (j < len && (t[j] == ' ' || t[j] == '\t'))
                j++;
            for (size_t w = 0; j < len && t[j] == '(' && w < sizeof words / sizeof *words; w++)
                if (strlen(words[w]) == i - b && memcmp(t + b, words[w], i - b) == 0)
                    return true;
        } else {
            i++;
        }
    }
    return false;
}

/* ---- running the compiler -------------------------------------------- */

static int run_command(const char *const *argv)
{
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "yieldc-cc: error: cannot start '%s': %s\n", argv[0], strerror(errno));
        return 3;
    }
    if (pid == 0) {
        execvp(argv[0], (char *const *)argv);
        fprintf(stderr, "yieldc-cc: error: cannot run '%s': %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return 3;
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}

static const char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? (slash == path ? "/" : arena_strndup(path, (size_t)(slash - path))) : ".";
}

static const char *base_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* `path` with its last extension replaced by `ext`. */
static const char *with_extension(const char *path, const char *ext)
{
    const char *dot = strrchr(path, '.');
    if (!dot || strchr(dot, '/'))
        return arena_printf("%s%s", path, ext);
    return arena_printf("%.*s%s", (int)(dot - path), path, ext);
}

/* One C input that goes through yieldc. */
struct transpiled {
    int arg;                    /* its index in the command */
    const char *original, *output;
};

/* Whether make-style dependencies `text` name `file`. */
static bool lists(const char *text, const char *file)
{
    size_t n = strlen(file);
    for (const char *at = text; (at = strstr(at, file)); at++)
        if ((at == text || at[-1] == ' ') && (at[n] == ' ' || at[n] == '\n' || at[n] == '\\' || !at[n]))
            return true;
    return false;
}

/*
 * The dependency file the compiler wrote, made to speak of the originals:
 * each output's path becomes its original's, and the files of `extra` it
 * does not name yet (what only the parse read, and yieldc itself) join the
 * first rule's prerequisites.
 */
static bool fix_depfile(const char *path, const struct transpiled *t, size_t nt, const char **extra, size_t nextra)
{
    struct buf in = {0}, out = {0};
    if (!read_whole(path, &in) || !in.len)
        return true;    /* nothing written: nothing to fix */
    buf_add(&in, "", 1);
    bool first_rule_done = false;
    for (size_t i = 0; i + 1 < in.len;) {
        size_t k;
        for (k = 0; k < nt; k++) {
            size_t n = strlen(t[k].output);
            if (strncmp(in.data + i, t[k].output, n) == 0) {
                buf_puts(&out, t[k].original);
                i += n;
                break;
            }
        }
        if (k < nt)
            continue;
        if (!first_rule_done && in.data[i] == '\n' && (i == 0 || in.data[i - 1] != '\\')) {
            for (size_t e = 0; e < nextra; e++) {
                if (!lists(in.data, extra[e]) && !lists(out.data, extra[e]))
                    buf_printf(&out, " \\\n %s", extra[e]);
            }
            first_rule_done = true;
        }
        buf_add(&out, in.data + i, 1);
        i++;
    }
    return write_output(path, out.data, out.len);
}

/* Where the compiler writes the dependency file, or NULL for none. */
static const char *depfile_of(int argc, const char *const *argv, const char *object, const char *input)
{
    bool wanted = false;
    const char *mf = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-MD") == 0 || strcmp(argv[i], "-MMD") == 0)
            wanted = true;
        else if (strcmp(argv[i], "-MF") == 0 && i + 1 < argc)
            mf = argv[++i];
        else if (strncmp(argv[i], "-MF", 3) == 0)
            mf = argv[i] + 3;
        else if (takes_value(argv[i]))
            i++;
    }
    if (!wanted)
        return NULL;
    if (mf)
        return mf;
    /* gcc: the object's name with .d, or the input's name in the current directory */
    return object ? with_extension(object, ".d") : with_extension(base_of(input), ".d");
}

static void remove_tree(const char *dir, const struct transpiled *t, size_t nt)
{
    for (size_t i = 0; i < nt; i++)
        remove(t[i].output);
    rmdir(dir);
}

int launch(int argc, char **argv)
{
    if (argc < 2) {
        fputs("usage: yieldc-cc COMPILER [compiler arguments...]\n"
              "Compiles as COMPILER would, sending each C source that uses GENERATOR, YIELD or\n"
              "FOREACH through yieldc with the command's own flags first.\n", stderr);
        return 2;
    }
    const char *const *cmd = (const char *const *)argv + 1;
    int ncmd = argc - 1;

    /* the inputs, the output, and whether this command compiles C at all */
    const char *object = NULL, *lang = NULL;
    bool compiles = true, skip = false;
    int ninputs = 0;
    size_t nt = 0, cap = 0;
    struct transpiled *t = NULL;
    for (int i = 1; i < ncmd; i++) {
        const char *a = cmd[i];
        if (strcmp(a, "-E") == 0 || strcmp(a, "-M") == 0 || strcmp(a, "-MM") == 0)
            compiles = false;           /* preprocessing only: the original is what is wanted */
        else if (strcmp(a, "-DYIELDC_SKIP") == 0 || strncmp(a, "-DYIELDC_SKIP=", 14) == 0)
            skip = true;                /* the source's SKIP_YIELDC property */
        else if (a[0] == '@')
            compiles = false;           /* a response file: not read, passed on */
        else if (strcmp(a, "-x") == 0 && i + 1 < ncmd)
            lang = cmd[++i];
        else if (strncmp(a, "-x", 2) == 0)
            lang = a + 2;
        else if (strcmp(a, "-o") == 0 && i + 1 < ncmd)
            object = cmd[++i];
        else if (a[0] == '-' && a[1] != '\0' && takes_value(a))
            i++;
        else if (a[0] != '-') {
            /* a name without an extension is no input: the compiler of a launcher behind this one */
            ninputs += strchr(base_of(a), '.') || lang;
            size_t n = strlen(a);
            bool is_c = lang && strcmp(lang, "none") != 0 ? strcmp(lang, "c") == 0
                                                          : n > 2 && strcmp(a + n - 2, ".c") == 0;
            struct buf text = {0};
            if (is_c && read_whole(a, &text) && uses_generators(text.data, text.len))
                ARRAY_PUSH(t, nt, cap)->arg = i;
        }
    }
    if (!compiles || skip || nt == 0) {
        execvp(cmd[0], (char *const *)cmd);
        fprintf(stderr, "yieldc-cc: error: cannot run '%s': %s\n", cmd[0], strerror(errno));
        return 127;
    }

    bool compile_only = false;
    for (int i = 1; i < ncmd; i++)
        compile_only = compile_only || strcmp(cmd[i], "-c") == 0 || strcmp(cmd[i], "-S") == 0;
    const char *tmpdir = NULL;
    if (!(compile_only && object && ninputs == 1)) {
        const char *base = getenv("TMPDIR");
        char *pattern = arena_printf("%s/yieldc-cc.XXXXXX", base && *base ? base : "/tmp");
        tmpdir = mkdtemp(pattern);
        if (!tmpdir) {
            fprintf(stderr, "yieldc-cc: error: cannot create a directory '%s': %s\n", pattern, strerror(errno));
            return 3;
        }
    }

    const char **flags;
    int nflags = compile_flags(ncmd, cmd, &flags);
    const char **extra = NULL;
    size_t nextra = 0, cap_extra = 0;
    char *self = realpath("/proc/self/exe", NULL);
    if (self)
        *ARRAY_PUSH(extra, nextra, cap_extra) = arena_strdup(self);
    free(self);
    int status = 0;
    for (size_t k = 0; k < nt && status == 0; k++) {
        t[k].original = cmd[t[k].arg];
        t[k].output = tmpdir ? arena_printf("%s/%s", tmpdir, base_of(t[k].original))
                             : with_extension(object, ".yieldc.c");
        struct options opts = { .input = t[k].original, .output = t[k].output, .line_directives = true,
                                .clang_args = flags, .nclang_args = nflags };
        struct unit unit = {0};
        status = transpile_file(&opts, &unit);
        for (size_t i = 0; i < unit.nincludes; i++)
            *ARRAY_PUSH(extra, nextra, cap_extra) = unit.includes[i];
    }
    parse_release();

    if (status == 0) {
        /* the command with each transpiled input replaced by its output, and
         * -iquote of the originals' directories last, where a launcher behind
         * this one (ccache gcc ...) takes it for the compiler's */
        const char **run = arena_alloc(((size_t)ncmd + 2 * nt + 1) * sizeof *run);
        int n = 0;
        for (int i = 0; i < ncmd; i++) {
            run[n] = cmd[i];
            for (size_t k = 0; k < nt; k++)
                if (t[k].arg == i)
                    run[n] = t[k].output;
            n++;
        }
        for (size_t k = 0; k < nt; k++) {
            run[n++] = "-iquote";
            run[n++] = dir_of(t[k].original);
        }
        run[n] = NULL;
        status = run_command(run);
        const char *dep = depfile_of(ncmd, cmd, object, t[0].original);
        if (status == 0 && dep && !fix_depfile(dep, t, nt, extra, nextra))
            status = 1;
    }
    if (tmpdir)
        remove_tree(tmpdir, t, nt);
    return status;
}
