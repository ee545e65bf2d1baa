/*
 * diag.c - diagnostics that read like a compiler's:
 *
 *   countdown.c:7:13: error: YIELD must be a statement of its own: ...
 *       x = YIELD(n);
 *           ^
 */
#include "tool.h"

#include <stdio.h>
#include <stdlib.h>

static const struct source *main_source;
static int errors;

void diag_set_source(const struct source *src)
{
    main_source = src;
}

/* Where each line of the last source asked about starts, for a binary search. */
static const struct source *indexed;
static size_t *line_starts, nlines;

size_t skip_comment_or_literal(const char *t, size_t i, size_t end)
{
    char c = t[i];
    if (c == '/' && i + 1 < end && t[i + 1] == '*') {
        for (i += 2; i + 1 < end && !(t[i] == '*' && t[i + 1] == '/'); i++)
            ;
        return i + 2 < end ? i + 2 : end;
    }
    if (c == '/' && i + 1 < end && t[i + 1] == '/') {
        while (i < end && t[i] != '\n')
            i++;
        return i;
    }
    if (c == '"' || c == '\'') {
        for (i++; i < end && t[i] != c && t[i] != '\n'; i++)
            if (t[i] == '\\')
                i++;
        return i + 1 < end ? i + 1 : end;
    }
    return i;
}

void source_line_col(const struct source *src, size_t offset, unsigned *line, unsigned *col)
{
    if (indexed != src || !line_starts) {
        size_t cap = 0;
        nlines = 0;
        line_starts = NULL;
        *ARRAY_PUSH(line_starts, nlines, cap) = 0;
        for (size_t i = 0; i < src->len; i++)
            if (src->text[i] == '\n')
                *ARRAY_PUSH(line_starts, nlines, cap) = i + 1;
        indexed = src;
    }
    if (offset > src->len)
        offset = src->len;
    size_t lo = 0, hi = nlines;     /* the last line start <= offset */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (line_starts[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    *line = (unsigned)lo + 1;
    *col = (unsigned)(offset - line_starts[lo]) + 1;
}

void diag_print(const char *path, unsigned line, unsigned col, const char *severity,
                const char *message, const char *line_text, size_t line_len)
{
    if (line)
        fprintf(stderr, "%s:%u:%u: %s: %s\n", path, line, col, severity, message);
    else
        fprintf(stderr, "%s: %s: %s\n", path, severity, message);
    if (line_text) {
        fprintf(stderr, "%.*s\n", (int)line_len, line_text);
        for (unsigned i = 1; i < col && i <= line_len; i++)
            fputc(line_text[i - 1] == '\t' ? '\t' : ' ', stderr);
        fputs("^\n", stderr);
    }
    if (severity[0] == 'e' || severity[0] == 'f')
        errors++;
}

/*
 * Parts of the source that are a macro invocation expanded in place (a
 * second parse reads them): an error inside one gets a note at the
 * macro's definition, as a compiler's "expanded from macro" does.
 */
struct expanded {
    size_t begin, end;
    const char *macro, *path;
    unsigned line, col;
};
static struct expanded *expanded;
static size_t nexpanded, cap_expanded;

void diag_expanded(size_t begin, size_t end, const char *macro, const char *path, unsigned line, unsigned col)
{
    *ARRAY_PUSH(expanded, nexpanded, cap_expanded) = (struct expanded){ begin, end, macro, path, line, col };
}

void diag_shift_expanded(size_t from, long delta)
{
    for (size_t i = 0; i < nexpanded; i++)
        if (expanded[i].begin >= from) {
            expanded[i].begin = (size_t)((long)expanded[i].begin + delta);
            expanded[i].end = (size_t)((long)expanded[i].end + delta);
        }
}

static void note_expansion(size_t offset)
{
    for (size_t i = 0; i < nexpanded; i++)
        if (offset >= expanded[i].begin && offset < expanded[i].end) {
            const char *what = arena_printf("in the expansion of macro '%s', defined here", expanded[i].macro);
            if (expanded[i].path)
                diag_print(expanded[i].path, expanded[i].line, expanded[i].col, "note", what, NULL, 0);
            else
                diag_print(main_source->path, 0, 0, "note", what, NULL, 0);
            return;
        }
}

void error_at(size_t offset, const char *fmt, ...)
{
    char message[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);

    unsigned line, col;
    source_line_col(main_source, offset, &line, &col);
    size_t begin = offset - (col - 1), end = begin;
    while (end < main_source->len && main_source->text[end] != '\n')
        end++;
    diag_print(main_source->path, line, col, "error", message, main_source->text + begin, end - begin);
    note_expansion(offset);
}

void fatal(const char *fmt, ...)
{
    va_list ap;
    fputs("yieldc: error: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    arena_free_all();
    exit(3);
}

int error_count(void)
{
    return errors;
}
