/*
 * unit_support.h - helpers shared by the cmocka unit tests of yieldc's steps.
 *
 * Not a test itself (only tests/unit/test_*.c become executables); include
 * it after <cmocka.h>, whose fail_msg some helpers use. Every
 * helper is `static inline` so a test that does not use one still builds
 * under -Wall -Wextra -Werror.
 *
 * Memory comes from the tool's own arena: the tests free nothing one by one
 * and call arena_free_all() once, at the end of main. Units are allocated in
 * the arena too, never on a test's stack, because diag.c keeps a pointer to
 * the last parsed unit's source.
 */
#ifndef YIELDC_UNIT_SUPPORT_H
#define YIELDC_UNIT_SUPPORT_H

#if !defined(_DEFAULT_SOURCE)
#error "define _DEFAULT_SOURCE before any include (mkstemps, dup2, fileno)"
#endif

#include "tool.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef YIELDC_TEST_RUNTIME_DIR
#error "YIELDC_TEST_RUNTIME_DIR must name the runtime include directory"
#endif

/* Write `text` to a fresh /tmp/yieldc_unit_XXXXXX.c; returns its path (arena). */
static inline const char *unit_write_temp_c(const char *text)
{
    char *path = arena_strdup("/tmp/yieldc_unit_XXXXXX.c");
    int fd = mkstemps(path, 2);
    if (fd < 0) {
        perror("mkstemps");
        abort();
    }
    size_t len = strlen(text), done = 0;
    while (done < len) {
        ssize_t n = write(fd, text + done, len - done);
        if (n <= 0) {
            perror("write");
            abort();
        }
        done += (size_t)n;
    }
    close(fd);
    return path;
}

/* Options for parsing `path` (with the runtime header's directory on the
 * include path, as the brief's clang_args) and writing to standard output. */
static inline struct options *unit_options(const char *path, bool line_directives)
{
    static const char *const unit_clang_args[] = { "-I", YIELDC_TEST_RUNTIME_DIR };
    struct options *o = arena_alloc(sizeof *o);
    o->input = path;
    o->output = "-";
    o->line_directives = line_directives;
    o->clang_args = unit_clang_args;
    o->nclang_args = 2;
    return o;
}

/*
 * Parse `text` (written to a temporary .c file, removed again afterwards:
 * parse_unit keeps the text in memory). NULL if parse_unit fails.
 */
static inline struct unit *unit_parse_text(const char *text, bool line_directives,
                                           struct options **opts_out)
{
    const char *path = unit_write_temp_c(text);
    struct options *opts = unit_options(path, line_directives);
    struct unit *unit = arena_alloc(sizeof *unit);
    bool ok = parse_unit(opts, unit, NULL);
    unlink(path);
    if (opts_out)
        *opts_out = opts;
    return ok ? unit : NULL;
}

static inline struct function *unit_function(const struct unit *unit, const char *name)
{
    for (struct function *fn = unit->functions; fn; fn = fn->next)
        if (strcmp(fn->name, name) == 0)
            return fn;
    return NULL;
}

/* The n-th (from 0) variable called `name` in a list of params or locals. */
/* The function `name` of `unit`; the test fails (cmocka) if there is none. */
static inline struct function *function_named(const struct unit *unit, const char *name)
{
    struct function *fn = unit_function(unit, name);
    if (!fn)
        fail_msg("no function '%s'", name);
    return fn;
}

static inline struct var *unit_var_nth(struct var *list, const char *name, int nth)
{
    for (struct var *v = list; v; v = v->next)
        if (strcmp(v->name, name) == 0 && nth-- == 0)
            return v;
    return NULL;
}

static inline struct var *unit_var(struct var *list, const char *name)
{
    return unit_var_nth(list, name, 0);
}

/* The text of [begin, end) of the unit's source (arena). */
static inline const char *unit_slice(const struct unit *unit, size_t begin, size_t end)
{
    return arena_strndup(unit->src.text + begin, end > begin ? end - begin : 0);
}

/* Offset of the n-th (from 0) occurrence of `needle` in the source; aborts if absent. */
static inline size_t unit_offset_of(const struct unit *unit, const char *needle, int nth)
{
    const char *at = unit->src.text;
    for (;;) {
        at = strstr(at, needle);
        if (!at) {
            fprintf(stderr, "'%s' (#%d) not in the source\n", needle, nth);
            abort();
        }
        if (nth-- == 0)
            return (size_t)(at - unit->src.text);
        at++;
    }
}

/* Depth-first search of a node tree: the n-th (from 0) node of `kind`. */
static inline struct node *unit_find_node(struct node *n, enum node_kind kind, int *nth)
{
    for (; n; n = n->next) {
        if (n->kind == kind && (*nth)-- == 0)
            return n;
        struct node *found = unit_find_node(n->child, kind, nth);
        if (found)
            return found;
    }
    return NULL;
}

static inline struct node *unit_node(const struct function *fn, enum node_kind kind, int nth)
{
    return unit_find_node(fn->body, kind, &nth);
}

static inline int unit_count_nodes(const struct node *n, enum node_kind kind)
{
    int count = 0;
    for (; n; n = n->next)
        count += (n->kind == kind) + unit_count_nodes(n->child, kind);
    return count;
}

/* ---- capturing stderr ---------------------------------------------------- */

/* While capturing, stderr (fd 2) writes to a temporary file. */
struct unit_capture {
    char path[64];
    int saved_fd;
};

static inline void unit_capture_begin(struct unit_capture *c)
{
    strcpy(c->path, "/tmp/yieldc_unit_stderr_XXXXXX");
    int fd = mkstemp(c->path);
    if (fd < 0) {
        perror("mkstemp");
        abort();
    }
    fflush(stderr);
    c->saved_fd = dup(STDERR_FILENO);
    if (c->saved_fd < 0 || dup2(fd, STDERR_FILENO) < 0) {
        perror("dup");
        abort();
    }
    close(fd);
}

/* Restore stderr; return what was written to it (arena, NUL-terminated). */
static inline char *unit_capture_end(struct unit_capture *c)
{
    fflush(stderr);
    dup2(c->saved_fd, STDERR_FILENO);
    close(c->saved_fd);
    FILE *f = fopen(c->path, "rb");
    if (!f) {
        perror(c->path);
        abort();
    }
    struct buf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&b, chunk, n);
    fclose(f);
    unlink(c->path);
    return b.data ? b.data : arena_strdup("");
}

#endif
