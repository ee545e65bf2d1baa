/*
 * emit.c - the original text with the edits applied, and #line directives
 * so that compilers and debuggers speak of the user's file:
 *
 *     #line 1 "countdown.c"          the original text follows
 *     ...
 *     #line 40 "countdown.gen.c"     generated code: the output itself
 *     struct countdown_frame { ... };
 *     #line 7 "countdown.c"          back to the user's lines
 *     {
 *
 * Inline edits keep the line structure of the text they replace (they add
 * the newlines they removed), so the user's lines need no directive until
 * the next block of generated code.
 */
#define _POSIX_C_SOURCE 200809L
#include "tool.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

/* A #line directive of the user's own: the line after it is `line` of `path`. */
struct user_line {
    size_t offset;              /* where the line after the directive starts */
    unsigned line;
    const char *path;           /* NULL: the file name stays */
};

static const char *generated_name(const struct options *opts)
{
    return strcmp(opts->output, "-") == 0 ? "<stdout>" : opts->output;
}

struct emitter {
    struct buf out;
    unsigned out_lines;         /* newlines written so far */
    const struct source *src;
    const struct options *opts;
    struct user_line *user_lines;
    size_t nuser_lines, cap_user_lines;
};

/* Find `#line N "file"` and `# N "file"` directives in the input. */
static void find_user_lines(struct emitter *e)
{
    const char *t = e->src->text;
    size_t len = e->src->len;
    for (size_t i = 0; i < len;) {
        size_t j = i;
        while (j < len && (t[j] == ' ' || t[j] == '\t'))
            j++;
        size_t eol = j;
        while (eol < len && t[eol] != '\n')
            eol++;
        if (j < len && t[j] == '#') {
            j++;
            while (j < eol && (t[j] == ' ' || t[j] == '\t'))
                j++;
            if (eol - j > 4 && strncmp(t + j, "line", 4) == 0 && (t[j + 4] == ' ' || t[j + 4] == '\t'))
                j += 4;
            while (j < eol && (t[j] == ' ' || t[j] == '\t'))
                j++;
            if (j < eol && isdigit((unsigned char)t[j])) {
                struct user_line *u = ARRAY_PUSH(e->user_lines, e->nuser_lines, e->cap_user_lines);
                u->line = (unsigned)strtoul(t + j, NULL, 10);
                u->offset = eol < len ? eol + 1 : len;
                const char *q = memchr(t + j, '"', eol - j);
                const char *qe = q ? memchr(q + 1, '"', (size_t)(t + eol - q - 1)) : NULL;
                u->path = qe ? arena_strndup(q + 1, (size_t)(qe - q - 1)) : NULL;
            }
        }
        i = eol + 1;
    }
}

/* The line and file a compiler would give `offset`, the user's #line directives applied. */
static void presumed(const struct emitter *e, size_t offset, unsigned *line, unsigned *col, const char **path)
{
    source_line_col(e->src, offset, line, col);
    *path = e->src->path;
    const struct user_line *last = NULL;
    for (size_t i = 0; i < e->nuser_lines && e->user_lines[i].offset <= offset; i++) {
        last = &e->user_lines[i];
        if (last->path)
            *path = last->path;
    }
    if (last) {
        unsigned from, unused;
        source_line_col(e->src, last->offset, &from, &unused);
        *line = last->line + (*line - from);
    }
}

static void put(struct emitter *e, const char *s, size_t n)
{
    buf_add(&e->out, s, n);
    for (size_t i = 0; i < n; i++)
        if (s[i] == '\n')
            e->out_lines++;
}

static void put_str(struct emitter *e, const char *s)
{
    put(e, s, strlen(s));
}

static void start_line(struct emitter *e)
{
    if (e->out.len && e->out.data[e->out.len - 1] != '\n')
        put_str(e, "\n");
}

static void quoted_path(struct buf *b, const char *path)
{
    buf_puts(b, "\"");
    for (const char *p = path; *p; p++) {
        if (*p == '"' || *p == '\\')
            buf_puts(b, "\\");
        buf_add(b, p, 1);
    }
    buf_puts(b, "\"");
}

static void line_directive(struct emitter *e, unsigned line, const char *path)
{
    struct buf b = {0};
    buf_printf(&b, "#line %u ", line);
    quoted_path(&b, path);
    buf_puts(&b, "\n");
    start_line(e);
    put(e, b.data, b.len);
}

/* Back to the user's text at `offset`: its line, and its column by padding. */
static size_t resume_original(struct emitter *e, size_t offset)
{
    unsigned line, col;
    /* the rest of a line that holds nothing more is not worth a line */
    size_t rest = offset;
    while (rest < e->src->len && (e->src->text[rest] == ' ' || e->src->text[rest] == '\t'))
        rest++;
    if (rest < e->src->len && e->src->text[rest] == '\n')
        offset = rest + 1;
    if (offset >= e->src->len) {    /* nothing of the user's file follows */
        start_line(e);
        return offset;
    }
    const char *path;
    presumed(e, offset, &line, &col, &path);
    if (e->opts->line_directives)
        line_directive(e, line, path);
    else
        start_line(e);
    for (unsigned i = 1; i < col; i++)
        put_str(e, " ");
    return offset;
}

/* Generated text, with its line marks turned into #line directives (or dropped). */
static void put_block(struct emitter *e, const char *text)
{
    while (*text) {
        const char *eol = strchr(text, '\n');
        size_t n = eol ? (size_t)(eol - text) + 1 : strlen(text);
        if (text[0] == LINE_MARK_SOURCE[0]) {
            if (e->opts->line_directives && text[1] == LINE_MARK_SOURCE[1]) {
                unsigned line, col;
                const char *path;
                presumed(e, (size_t)strtoull(text + 2, NULL, 10), &line, &col, &path);
                line_directive(e, line, path);
            } else if (e->opts->line_directives) {
                line_directive(e, e->out_lines + 2, generated_name(e->opts));
            }
        } else {
            put(e, text, n);
        }
        text += n;
    }
}

static int compare_edits(const void *a, const void *b)
{
    const struct edit *x = a, *y = b;
    if (x->begin != y->begin)
        return x->begin < y->begin ? -1 : 1;
    /* text inserted at an offset comes before text that replaces what follows it */
    bool xi = x->end == x->begin, yi = y->end == y->begin;
    if (xi != yi)
        return xi ? -1 : 1;
    if (x->nest != y->nest)
        return x->nest < y->nest ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}


char *emit_text(const struct unit *unit, struct edit_list *edits, const struct options *opts, size_t *len)
{
    struct emitter e = { .src = &unit->src, .opts = opts };
    const struct source *src = &unit->src;
    find_user_lines(&e);
    if (edits->len)
        qsort(edits->items, edits->len, sizeof *edits->items, compare_edits);

    if (opts->line_directives)
        line_directive(&e, 1, src->path);
    size_t pos = 0;
    bool after_block = false;
    for (size_t i = 0; i < edits->len; i++) {
        const struct edit *ed = &edits->items[i];
        /* a macro argument used twice is one place in the text: one edit (insertions
         * are each their own: two blocks may close at one place) */
        if (i && ed->end > ed->begin && ed->begin == edits->items[i - 1].begin
            && ed->end == edits->items[i - 1].end && strcmp(ed->text, edits->items[i - 1].text) == 0)
            continue;
        if (ed->begin < pos)    /* overlapping edits are a bug in rewrite.c */
            fatal("internal error: overlapping edits at offset %zu", ed->begin);
        if (ed->begin > pos) {
            if (after_block)
                pos = resume_original(&e, pos);
            if (ed->begin > pos)
                put(&e, src->text + pos, ed->begin - pos);
            after_block = false;
        }
        if (ed->block) {
            start_line(&e);
            if (opts->line_directives)
                line_directive(&e, e.out_lines + 2, generated_name(opts));
            put_block(&e, ed->text);
            after_block = true;
        } else {
            if (after_block && *ed->text) {
                resume_original(&e, ed->begin);
                after_block = false;
            }
            put_str(&e, ed->text);
            /* keep the user's line numbering: restore the newlines replaced */
            for (size_t k = ed->begin; k < ed->end; k++)
                if (src->text[k] == '\n')
                    put_str(&e, "\n");
        }
        pos = ed->end;
    }
    if (pos < src->len) {
        if (after_block)
            pos = resume_original(&e, pos);
        put(&e, src->text + pos, src->len - pos);
    } else if (after_block) {
        put_str(&e, "\n");
    }
    *len = e.out.len;
    return e.out.data ? e.out.data : arena_strdup("");
}

bool write_output(const char *path, const char *text, size_t len)
{
    if (strcmp(path, "-") == 0) {
        if (fwrite(text, 1, len, stdout) != len || fflush(stdout) != 0) {
            fprintf(stderr, "yieldc: error: cannot write to standard output: %s\n", strerror(errno));
            return false;
        }
        return true;
    }
    /* a device or a pipe (-o /dev/null) is written into, never replaced */
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        FILE *f = fopen(path, "wb");
        bool ok = f && fwrite(text, 1, len, f) == len;
        if (f)
            ok = fclose(f) == 0 && ok;
        if (!ok)
            fprintf(stderr, "yieldc: error: cannot write '%s': %s\n", path, strerror(errno));
        return ok;
    }
    /* the same content stays untouched: its time stamp rebuilds nothing */
    FILE *old = fopen(path, "rb");
    if (old) {
        bool same = true;
        char chunk[65536];
        size_t n, at = 0;
        while (same && (n = fread(chunk, 1, sizeof chunk, old)) > 0) {
            same = at + n <= len && memcmp(chunk, text + at, n) == 0;
            at += n;
        }
        same = same && at == len && !ferror(old);
        fclose(old);
        if (same)
            return true;
    }
    char *tmp = arena_printf("%s.tmpXXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        fprintf(stderr, "yieldc: error: cannot write '%s': %s\n", path, strerror(errno));
        return false;
    }
    FILE *f = fdopen(fd, "wb");
    bool ok = f && fwrite(text, 1, len, f) == len;
    if (f)
        ok = (fclose(f) == 0) && ok;
    else
        close(fd);
    /* mkstemp makes the file 0600; give it the usual mode */
    mode_t mask = umask(0);
    umask(mask);
    if (ok)
        ok = chmod(tmp, 0666 & ~mask) == 0;
    if (ok && rename(tmp, path) != 0)
        ok = false;
    if (!ok) {
        fprintf(stderr, "yieldc: error: cannot write '%s': %s\n", path, strerror(errno));
        remove(tmp);
    }
    return ok;
}
