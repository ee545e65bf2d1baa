/*
 * describe.c - what yieldc made of each generator, for people and tools:
 *
 *   yieldc --emit=json countdown.c -o -
 *   {"file": "countdown.c", "generators": [{"name": "countdown", "line": 5,
 *     "yields": "int", "frame": {"type": "struct countdown_frame", "size": 24,
 *     "fields": [{"name": "n", "member": "n", "type": "int", "line": 5,
 *     "kind": "parameter"}]}, "states": [{"state": 1, "line": 9}]}]}
 *
 * Sizes follow the C layout rule (each member at the next multiple of its
 * alignment, the whole rounded up to the largest), with the member sizes
 * libclang computed for the target.
 */
#include "tool.h"

#include <ctype.h>
#include <string.h>

struct layout {
    long long size, align;
};

static void place(struct layout *l, long long size, long long align)
{
    if (align <= 0 || size <= 0) {
        l->size = -1;       /* unknown: poisons the total */
        return;
    }
    if (l->size < 0)
        return;
    l->size = (l->size + align - 1) / align * align + size;
    if (align > l->align)
        l->align = align;
}

static const struct function *find_generator(const struct unit *unit, const char *name)
{
    for (const struct function *fn = unit->functions; fn; fn = fn->next)
        if (fn->is_generator && fn->body && strcmp(fn->name, name) == 0)
            return fn;
    return NULL;
}

static void place_foreach_fields(const struct unit *unit, struct layout *l, const struct node *n, int depth)
{
    for (; n; n = n->next) {
        if (n->kind == NODE_FOREACH && n->loop_in_frame) {
            if (n->source_kind == SOURCE_VALUE) {
                const struct function *g = n->source_generator ? find_generator(unit, n->source_generator) : NULL;
                long long size = n->source_size, align = n->source_align;
                if (g) {
                    size = depth < 16 ? frame_size(unit, g) : 0;
                    align = unit->header_align;     /* a frame is aligned like its header or more */
                    for (const struct var *v = g->params; v; v = v->next)
                        align = v->align > align ? v->align : align;
                    for (const struct var *v = g->locals; v; v = v->next)
                        align = v->in_frame && v->align > align ? v->align : align;
                }
                place(l, size, align);
            }
            place(l, unit->header_align, unit->header_align);     /* the iterator pointer */
        }
        place_foreach_fields(unit, l, n->child, depth + 1);
    }
}

long long frame_size(const struct unit *unit, const struct function *fn)
{
    struct layout l = { 0, 1 };
    place(&l, unit->header_size, unit->header_align);
    for (const struct var *v = fn->params; v; v = v->next)
        place(&l, v->size, v->align);
    for (const struct var *v = fn->locals; v; v = v->next)
        if (v->in_frame)
            place(&l, v->size, v->align);
    place_foreach_fields(unit, &l, fn->body, 0);
    if (l.size < 0)
        return 0;
    return (l.size + l.align - 1) / l.align * l.align;
}

static void json_string(struct buf *b, const char *s)
{
    buf_puts(b, "\"");
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            buf_printf(b, "\\%c", c);
        else if (c == '\n')
            buf_puts(b, "\\n");
        else if (c < 0x20)
            buf_printf(b, "\\u%04x", c);
        else
            buf_add(b, s, 1);
    }
    buf_puts(b, "\"");
}

static const char *type_of(const struct var *v)
{
    const char *t = arena_printf("%s%s", v->type.prefix, v->type.suffix);
    size_t n = strlen(t);
    return n && t[n - 1] == ' ' ? arena_strndup(t, n - 1) : t;
}

static void describe_field(struct buf *b, const struct var *v, bool *first)
{
    buf_puts(b, *first ? "\n        " : ",\n        ");
    *first = false;
    buf_puts(b, "{\"name\": ");
    json_string(b, v->name);
    buf_puts(b, ", \"member\": ");
    json_string(b, v->field);
    buf_puts(b, ", \"type\": ");
    json_string(b, type_of(v));
    buf_printf(b, ", \"size\": %lld, \"line\": %u, \"kind\": \"%s\"}", v->size, v->line,
               v->is_param ? "parameter" : "local");
}

/* The iterator (and temporary frame) of each FOREACH whose loop spans a YIELD. */
static void describe_foreach_fields(struct buf *b, const struct unit *unit, const struct node *n, bool *first)
{
    for (; n; n = n->next) {
        if (n->kind == NODE_FOREACH && n->loop_in_frame) {
            unsigned line, col;
            source_line_col(&unit->src, n->macro_begin, &line, &col);
            if (n->source_kind == SOURCE_VALUE) {
                buf_printf(b, "%s\n        {\"name\": \"FOREACH source\", \"member\": \"yieldc_src_%u\", "
                              "\"type\": ", *first ? "" : ",", n->foreach_index);
                json_string(b, n->source_type);
                buf_printf(b, ", \"line\": %u, \"kind\": \"foreach\"}", line);
                *first = false;
            }
            buf_printf(b, "%s\n        {\"name\": \"FOREACH iterator\", \"member\": \"yieldc_once_%u\", "
                          "\"type\": \"struct yieldc_iter *\", \"line\": %u, \"kind\": \"foreach\"}",
                       *first ? "" : ",", n->foreach_index, line);
            *first = false;
        }
        describe_foreach_fields(b, unit, n->child, first);
    }
}

struct states_ctx {
    struct buf *b;
    const struct source *src;
    int k;
};

static void describe_states(const struct node *n, struct states_ctx *ctx)
{
    for (; n; n = n->next) {
        if (n->kind == NODE_YIELD) {
            unsigned line, col;
            source_line_col(ctx->src, n->macro_begin, &line, &col);
            buf_printf(ctx->b, "%s\n        {\"state\": %d, \"line\": %u, \"column\": %u}",
                       ctx->k ? "," : "", ctx->k + 1, line, col);
            ctx->k++;
        }
        describe_states(n->child, ctx);
    }
}

char *describe_json(const struct unit *unit, size_t *len)
{
    struct buf b = {0};
    buf_puts(&b, "{\n  \"file\": ");
    json_string(&b, unit->src.path);
    buf_puts(&b, ",\n  \"generators\": [");
    bool first_gen = true;
    for (const struct function *fn = unit->functions; fn; fn = fn->next) {
        if (!fn->is_generator || !fn->body)
            continue;
        unsigned line, col;
        source_line_col(&unit->src, fn->name_begin, &line, &col);
        buf_puts(&b, first_gen ? "\n    {" : ",\n    {");
        first_gen = false;
        buf_puts(&b, "\"name\": ");
        json_string(&b, fn->name);
        buf_printf(&b, ", \"line\": %u, \"yields\": ", line);
        json_string(&b, fn->yield_type);
        buf_printf(&b, ",\n      \"frame\": {\"type\": \"struct %s_frame\", \"size\": %lld, \"fields\": [",
                   fn->name, frame_size(unit, fn));
        bool first = true;
        for (const struct var *v = fn->params; v; v = v->next)
            describe_field(&b, v, &first);
        for (const struct var *v = fn->locals; v; v = v->next)
            if (v->in_frame)
                describe_field(&b, v, &first);
        describe_foreach_fields(&b, unit, fn->body, &first);
        buf_puts(&b, "]},\n      \"states\": [");
        struct states_ctx ctx = { &b, &unit->src, 0 };
        describe_states(fn->body, &ctx);
        buf_puts(&b, "]}");
    }
    buf_puts(&b, "\n  ]\n}\n");
    *len = b.len;
    return b.data;
}

/* The path a quoted #include at `offset` of the input found, if known. */
static const char *resolved_include(const struct unit *unit, size_t line_begin, size_t line_end)
{
    for (size_t i = 0; i < unit->ndirect_includes; i++)
        if (unit->direct_includes[i].offset >= line_begin && unit->direct_includes[i].offset < line_end)
            return unit->direct_includes[i].path;
    return NULL;
}

/*
 *   #ifndef COUNTER_GEN_H
 *   #define COUNTER_GEN_H
 *   #include <yieldc.h>
 *   ...the input's own #include lines (quoted ones by the path they found)...
 *   struct counter_frame { struct yieldc_iter it; int n; ... };
 *   struct counter_frame counter(int n);
 *   #endif
 */
char *generated_header(const struct unit *unit, const struct options *opts, size_t *len)
{
    const struct source *src = &unit->src;
    rewrite_begin(unit);
    struct buf b = {0};
    struct buf guard = {0};
    bool to_stdout = strcmp(opts->output, "-") == 0;
    const char *base = to_stdout ? src->path : opts->output;
    const char *slash = strrchr(base, '/');
    for (const char *c = slash ? slash + 1 : base; *c; c++) {
        char ch = (char)toupper((unsigned char)*c);
        buf_add(&guard, isalnum((unsigned char)ch) ? &ch : "_", 1);
    }
    if (to_stdout)
        buf_puts(&guard, "_YIELDC_H");
    buf_printf(&b, "/* Generated by yieldc from %s: the frames and constructors of its generators,\n"
                   " * for C files that create and drive them without going through yieldc. */\n",
               src->path);
    buf_printf(&b, "#ifndef %s\n#define %s\n\n#include <yieldc.h>\n", guard.data, guard.data);

    /* the input's includes give the frames' types their declarations */
    for (size_t i = 0; i < src->len;) {
        size_t end = i;
        while (end < src->len && src->text[end] != '\n')
            end++;
        size_t j = i;
        while (j < end && isspace((unsigned char)src->text[j]))
            j++;
        if (j < end && src->text[j] == '#') {
            size_t k = j + 1;
            while (k < end && isspace((unsigned char)src->text[k]))
                k++;
            if (end - k > 7 && strncmp(src->text + k, "include", 7) == 0) {
                const char *found = resolved_include(unit, i, end + 1);
                const char *quote = memchr(src->text + k, '"', end - k);
                if (quote && found)
                    buf_printf(&b, "#include \"%s\"\n", found);
                else
                    buf_printf(&b, "%.*s\n", (int)(end - j), src->text + j);
            }
        }
        i = end + 1;
    }

    bool ok = true;
    for (const struct function *fn = unit->functions; fn; fn = fn->next) {
        if (!fn->is_generator || !fn->body || fn->is_static)
            continue;
        for (const struct var *v = fn->params; v; v = v->next)
            if (v->local_type_at != (size_t)-1) {
                error_at(v->local_type_at, "the frame of generator '%s' needs this type, which %s declares "
                                           "itself; declare it in a header for --emit=header",
                         fn->name, src->path);
                ok = false;
            }
        for (const struct var *v = fn->locals; v; v = v->next)
            if (v->in_frame && v->local_type_at != (size_t)-1) {
                error_at(v->local_type_at, "the frame of generator '%s' needs this type, which %s declares "
                                           "itself; declare it in a header for --emit=header",
                         fn->name, src->path);
                ok = false;
            }
        buf_puts(&b, "\n");
        frame_definition(&b, fn);
        buf_printf(&b, "%s;\n", constructor_signature(fn));
    }
    buf_printf(&b, "\n#endif /* %s */\n", guard.data);
    *len = b.len;
    return ok ? b.data : NULL;
}
