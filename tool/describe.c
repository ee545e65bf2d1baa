/*
 * describe.c - what yieldc made of each generator, for people and tools:
 *
 *   yieldc --emit=json countdown.c -o -
 *   {"file": "countdown.c", "generators": [{"name": "countdown", "line": 5,
 *     "yields": "int", "receives": "void", "returns": "void",
 *     "frame": {"type": "struct countdown_frame", "size": 24, "fields": [
 *       {"name": "n", "member": "n", "type": "int", "size": 4, "line": 5,
 *       "kind": "parameter"}]}, "states": [{"state": 1, "line": 9, "column": 9}]}]}
 *
 * A frame's size is the one the compiler gives the output (main.c has it
 * measured, measure_frames); failing that, the C layout rule (each member
 * at the next multiple of its alignment, the whole rounded up to the
 * largest) with the member sizes libclang computed for the target.
 *
 * Also --emit=header (the frames and constructors of the file's generators,
 * for plain C files) and --emit=dot (each generator's states and the
 * resumes that lead from one to the next). All three read the analysis;
 * the header takes its frames and constructors from rewrite.c, so they are
 * those of the output.
 */
#define _XOPEN_SOURCE 700  /* realpath */
#include "tool.h"

#include <ctype.h>
#include <stdlib.h>
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

static long long frame_size_at(const struct unit *unit, const struct function *fn, int nesting);

static void place_foreach_fields(const struct unit *unit, struct layout *l, const struct node *n, int nesting)
{
    for (; n; n = n->next) {
        if (n->kind == NODE_FOREACH && n->loop_in_frame) {
            if (n->source_kind == SOURCE_VALUE) {
                const struct function *g = n->source_generator ? find_generator(unit, n->source_generator) : NULL;
                long long size = n->source_size, align = n->source_align;
                if (g) {
                    /* frames nest no deeper than the generators of one file */
                    size = nesting < 64 ? frame_size_at(unit, g, nesting + 1) : 0;
                    align = unit->header_align;     /* a frame is aligned like its header or more */
                    for (const struct var *v = g->params; v; v = v->next)
                        align = v->align > align ? v->align : align;
                    for (const struct var *v = g->locals; v; v = v->next)
                        align = v->in_frame && v->align > align ? v->align : align;
                }
                else if (n->source_generator)
                    size = 0;       /* a generator of another file: the parse saw a stand-in */
                place(l, size, align);
            }
            place(l, unit->header_align, unit->header_align);     /* the iterator pointer */
        }
        place_foreach_fields(unit, l, n->child, nesting);
    }
}

long long frame_size(const struct unit *unit, const struct function *fn)
{
    return frame_size_at(unit, fn, 0);
}

static long long frame_size_at(const struct unit *unit, const struct function *fn, int nesting)
{
    struct layout l = { 0, 1 };
    place(&l, unit->header_size, unit->header_align);
    /* the result, cleanup flags and sub-iterators have types yieldc knows only by name */
    bool delegates = false;
    for (int i = 0; i < fn->nyields; i++)
        delegates = delegates || fn->yield_nodes[i]->is_from;
    if (fn->result_type || fn->ncleanups || delegates)
        place(&l, 0, 0);
    for (const struct var *v = fn->params; v; v = v->next)
        place(&l, v->size, v->align);
    for (const struct var *v = fn->locals; v; v = v->next)
        if (v->in_frame)
            place(&l, v->size, v->align);
    place_foreach_fields(unit, &l, fn->body, nesting);
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

static void describe_field(struct buf *b, const struct var *v, bool *first)
{
    buf_puts(b, *first ? "\n        " : ",\n        ");
    *first = false;
    buf_puts(b, "{\"name\": ");
    json_string(b, v->name);
    buf_puts(b, ", \"member\": ");
    json_string(b, v->field);
    buf_puts(b, ", \"type\": ");
    json_string(b, type_name(v));
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
        buf_puts(&b, ", \"receives\": ");
        json_string(&b, fn->sent_type ? fn->sent_type : "void");
        buf_puts(&b, ", \"returns\": ");
        json_string(&b, fn->result_type ? fn->result_type : "void");
        long long size = fn->output_frame_size ? fn->output_frame_size : frame_size(unit, fn);
        buf_printf(&b, ",\n      \"frame\": {\"type\": \"struct %s_frame\", \"size\": ", fn->name);
        buf_printf(&b, size ? "%lld" : "null", size);
        buf_puts(&b, ", \"fields\": [");
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

/* Whether every frame member among `vars` has a type that headers declare. */
static bool types_in_headers(const struct unit *unit, const struct function *fn, const struct var *vars)
{
    bool ok = true;
    for (const struct var *v = vars; v; v = v->next) {
        if ((v->is_param || v->in_frame) && v->local_type_at != (size_t)-1) {
            error_at(v->local_type_at, "the frame of generator '%s' needs this type, which %s declares "
                                       "itself; declare it in a header for --emit=header",
                     fn->name, unit->src.path);
            ok = false;
        }
    }
    return ok;
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
 * `path` relative to the directory `dir`, so a generated header names the
 * user's headers as a build tree that moves still finds them; `path` as it
 * is when either cannot be resolved.
 */
static const char *relative_to(const char *dir, const char *path)
{
    char *d = realpath(dir, NULL), *p = realpath(path, NULL);
    const char *result = path;
    if (d && p) {
        size_t common = 0;
        for (size_t i = 0; d[i] && d[i] == p[i]; i++)
            if (d[i] == '/')
                common = i;
        size_t dl = strlen(d);
        if (p[dl] == '/' && strncmp(d, p, dl) == 0)
            common = dl;
        struct buf b = {0};
        for (const char *c = d + common; *c; c++)
            if (*c == '/')
                buf_puts(&b, "../");
        buf_puts(&b, p + common + 1);
        result = b.data;
    }
    free(d);
    free(p);
    return result;
}

/*
 * How other files drive generator counter. A FOREACH over counter(...) in
 * a file that goes through yieldc steps it and drops it by two names:
 *     #define YIELDC_NEXT_counter counter_resume
 *     #define YIELDC_OWNED_counter              (YIELDC_OWNED_ when closing it has work)
 * and plain C files get a typed next, which the compiler can inline with -flto:
 *     static inline bool counter_next(struct counter_frame *frame, int *out) { ... }
 * true when a value was written (yieldc_next tells an end from a refused re-entry).
 */
static void next_for_other_files(struct buf *b, const struct function *fn)
{
    const char *name = fn->name;
    const char *next = next_function_name(fn);
    buf_printf(b, "enum yieldc_status %s(struct yieldc_iter *it, const void *in, void *out);\n", next);
    bool owned = close_has_work(fn);
    buf_printf(b, "/* For a FOREACH over %s(...) in another file: the next function it calls, and the cleanup\n"
                  " * of the frame it makes (%s). */\n"
                  "#define YIELDC_NEXT_%s %s\n#define YIELDC_OWNED_%s%s\n",
               name, owned ? "closing it runs its cleanups" : "none: closing it has no work", name, next, name,
               owned ? " YIELDC_OWNED_" : "");
    if (strcmp(fn->yield_type, "void") == 0)
        return;     /* its values are its sources': no type to give them */
    buf_printf(b, "/* The next value of generator %s into *out: true, or false at its end. */\n"
                  "static inline bool %s_next(struct %s_frame *frame, %s *out)\n{\n"
                  "    return yieldc_call_(&frame->it, %s, NULL, out) == YIELDC_VALUE;\n}\n",
               name, name, name, fn->yield_storage, next);
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
    const char *out_dir = to_stdout || !strrchr(opts->output, '/')
                              ? "." : arena_strndup(opts->output, (size_t)(strrchr(opts->output, '/') - opts->output));
    for (const char *c = slash ? slash + 1 : base; *c; c++) {
        char ch = (char)toupper((unsigned char)*c);
        buf_add(&guard, isalnum((unsigned char)ch) ? &ch : "_", 1);
    }
    if (to_stdout)
        buf_puts(&guard, "_YIELDC_H");
    buf_printf(&b, "/* Generated by yieldc from %s: the frames and constructors of its generators,\n"
                   " * for C files that create and drive them without going through yieldc. */\n",
               src->path);
    buf_printf(&b, "#ifndef %s\n#define %s\n\n#include <stdbool.h>\n#include <yieldc.h>\n", guard.data, guard.data);

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
                    buf_printf(&b, "#include \"%s\"\n", relative_to(out_dir, found));
                else
                    buf_printf(&b, "%.*s\n", (int)(end - j), src->text + j);
            }
        }
        i = end + 1;
    }

    bool ok = true;
    struct buf done = {0};
    for (const struct function *fn = unit->functions; fn; fn = fn->next) {
        if (!fn->is_generator || !fn->body || fn->is_static)
            continue;
        ok = types_in_headers(unit, fn, fn->params) && ok;
        ok = types_in_headers(unit, fn, fn->locals) && ok;
        buf_puts(&b, "\n");
        /* what its frame embeds: GENEXPRs, frames of the file's other generators */
        frame_dependencies(&b, unit, fn, &done);
        if (!strstr(done.data ? done.data : "", arena_printf("\nframe %s\n", fn->name))) {
            frame_definition(&b, fn);
            buf_printf(&done, "\nframe %s\n", fn->name);     /* not again for a generator after it */
        }
        buf_printf(&b, "%s;\n", constructor_signature(fn));
        next_for_other_files(&b, fn);
    }
    buf_printf(&b, "\n#endif /* %s */\n", guard.data);
    *len = b.len;
    return ok ? b.data : NULL;
}

/* ---- the state graph ---------------------------------------------------- */

/*
 * Which state a resume can reach next, from the syntax tree: first(n, K) is
 * the set of YIELDs (and the end) that running statement n can reach first
 * when, should n complete, what comes next reaches K. A loop is a fixed
 * point; labels and cases remember what their statement reaches, and the
 * whole walk repeats until nothing changes, so gotos and switches see it.
 * Sets are bitsets: bit 0 is the end, bit k the k-th YIELD.
 */
#define FLOW_WORDS 8            /* up to 511 YIELDs per generator */
struct flow_set {
    unsigned long long bits[FLOW_WORDS];
};

struct flow {
    const struct source *src;
    const struct node **yields;         /* by state number */
    struct flow_set *after;             /* what follows each YIELD */
    const struct node **labels;         /* labels and cases, and what they reach */
    struct flow_set *label_first;
    size_t nyields, nlabels, cap_labels;
    bool changed;
};

static void set_add(struct flow_set *s, size_t k)
{
    s->bits[k / 64] |= 1ull << (k % 64);
}

static bool set_has(const struct flow_set *s, size_t k)
{
    return (s->bits[k / 64] >> (k % 64)) & 1;
}

static struct flow_set set_union(struct flow_set a, const struct flow_set *b)
{
    for (size_t i = 0; i < FLOW_WORDS; i++)
        a.bits[i] |= b->bits[i];
    return a;
}

static bool set_equal(const struct flow_set *a, const struct flow_set *b)
{
    return memcmp(a, b, sizeof *a) == 0;
}

static size_t flow_index(const struct node *n, const struct node **list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (list[i] == n)
            return i;
    return (size_t)-1;
}

/* Record what statement `n` (a label or case) reaches. */
static void note_label(struct flow *fl, const struct node *n, const struct flow_set *reach)
{
    size_t i = flow_index(n, fl->labels, fl->nlabels);
    if (i == (size_t)-1) {
        *ARRAY_PUSH(fl->labels, fl->nlabels, fl->cap_labels) = n;
        size_t cap = fl->nlabels - 1;
        fl->label_first = arena_grow(fl->label_first, fl->nlabels - 1, &cap, sizeof *fl->label_first);
        fl->label_first[fl->nlabels - 1] = (struct flow_set){ { 0 } };
        i = fl->nlabels - 1;
    }
    struct flow_set merged = set_union(fl->label_first[i], reach);
    if (!set_equal(&merged, &fl->label_first[i])) {
        fl->label_first[i] = merged;
        fl->changed = true;
    }
}

static struct flow_set label_reach(struct flow *fl, const struct node *label)
{
    size_t i = flow_index(label, fl->labels, fl->nlabels);
    return i == (size_t)-1 ? (struct flow_set){ { 0 } } : fl->label_first[i];
}

struct jumps {
    struct flow_set brk, cont;
    const struct node *body;            /* the function's body, to find labels */
};

static struct flow_set first(struct flow *fl, const struct node *n, struct flow_set k, const struct jumps *j);

/* The statements of a list, run in order, then k: from the last one back. */
static struct flow_set first_seq(struct flow *fl, const struct node *n, struct flow_set k, const struct jumps *j)
{
    size_t count = 0, cap = 0;
    const struct node **list = NULL;
    for (; n; n = n->next)
        *ARRAY_PUSH(list, count, cap) = n;
    while (count > 0)
        k = first(fl, list[--count], k, j);
    return k;
}

static const struct node *last_child(const struct node *n)
{
    const struct node *c = n->child;
    while (c && c->next)
        c = c->next;
    return c;
}

static void case_entries(struct flow *fl, const struct node *n, struct flow_set *into, bool *has_default)
{
    for (; n; n = n->next) {
        if (n->kind == NODE_SWITCH)
            continue;   /* a nested switch's cases are its own */
        if (n->kind == NODE_CASE) {
            struct flow_set r = label_reach(fl, n);
            *into = set_union(*into, &r);
            if (!n->child || !n->child->next)   /* `default:` has a statement and no value */
                *has_default = true;
        }
        case_entries(fl, n->child, into, has_default);
    }
}

/* The YIELDs of an expression or declaration, run in the order written, then k. */
static struct flow_set first_within(struct flow *fl, const struct node *n, struct flow_set k);

static struct flow_set first(struct flow *fl, const struct node *n, struct flow_set k, const struct jumps *j)
{
    struct flow_set r = { { 0 } };
    switch (n->kind) {
    case NODE_YIELD: {
        size_t i = flow_index(n, fl->yields, fl->nyields);
        if (!set_equal(&fl->after[i], &k)) {
            fl->after[i] = set_union(fl->after[i], &k);
            fl->changed = true;
        }
        set_add(&r, i + 1);
        return r;
    }
    case NODE_COMPOUND:
        return first_seq(fl, n->child, k, j);
    case NODE_RETURN:
        set_add(&r, 0);
        return r;
    case NODE_BREAK:
        return j->brk;
    case NODE_CONTINUE:
        return j->cont;
    case NODE_GOTO: {
        const struct node *target = n->label ? label_named(j->body, n->label) : NULL;
        if (target)
            return label_reach(fl, target);
        set_add(&r, 0);     /* an unknown target: assume anything; at least the end */
        for (size_t i = 0; i < fl->nyields; i++)
            set_add(&r, i + 1);
        return r;
    }
    case NODE_LABEL:
    case NODE_CASE: {
        const struct node *stmt = last_child(n);
        r = stmt ? first(fl, stmt, k, j) : k;
        note_label(fl, n, &r);
        return r;
    }
    case NODE_IF: {
        const struct node *then = n->child ? n->child->next : NULL;
        const struct node *other = then ? then->next : NULL;
        r = then ? first(fl, then, k, j) : k;
        struct flow_set e = other ? first(fl, other, k, j) : k;
        return set_union(r, &e);
    }
    case NODE_WHILE:
    case NODE_FOR:
    case NODE_FOREACH:
    case NODE_DO: {
        const struct node *body = n->kind == NODE_DO ? n->child : last_child(n);
        enum loop_test test = loop_test(fl->src, n);
        if (test == LOOP_NEVER) {       /* the body runs once (do) or never */
            struct jumps inner = { k, k, j->body };
            return n->kind == NODE_DO && body ? first(fl, body, k, &inner) : k;
        }
        /* the loop's head: leave (unless its condition is always true), or run the body again */
        struct flow_set leave = test == LOOP_ALWAYS ? (struct flow_set){ { 0 } } : k;
        struct flow_set loop = leave;
        for (int pass = 0; pass < 64; pass++) {
            struct jumps inner = { k, loop, j->body };
            struct flow_set b = body ? first(fl, body, loop, &inner) : loop;
            struct flow_set next = set_union(leave, &b);
            if (set_equal(&next, &loop))
                break;
            loop = next;
        }
        if (n->kind == NODE_DO && body) {
            struct jumps inner = { k, loop, j->body };
            return first(fl, body, loop, &inner);
        }
        return loop;
    }
    case NODE_SWITCH: {
        const struct node *body = last_child(n);
        struct jumps inner = { k, j->cont, j->body };
        if (body)
            first(fl, body, k, &inner);
        bool has_default = false;
        case_entries(fl, body ? body->child : NULL, &r, &has_default);
        if (body && body->kind == NODE_CASE)
            case_entries(fl, body, &r, &has_default);
        return has_default ? r : set_union(r, &k);
    }
    default:
        return first_within(fl, n, k);     /* an expression or declaration: it runs, then k */
    }
}

static struct flow_set first_within(struct flow *fl, const struct node *n, struct flow_set k)
{
    /* last YIELD first: each one is followed by the next, the last by k */
    for (const struct node *c = last_child(n); c; ) {
        if (c->kind == NODE_YIELD) {
            struct jumps none = { k, k, NULL };
            k = first(fl, c, k, &none);
        } else {
            k = first_within(fl, c, k);
        }
        const struct node *prev = NULL;
        for (const struct node *d = n->child; d != c; d = d->next)
            prev = d;
        c = prev;
    }
    return k;
}

static void collect_yield_nodes(const struct node *n, const struct node ***list, size_t *count, size_t *cap)
{
    for (; n; n = n->next) {
        if (n->kind == NODE_YIELD)
            *ARRAY_PUSH(*list, *count, *cap) = n;
        collect_yield_nodes(n->child, list, count, cap);
    }
}

/*
 *   digraph "countdown.c" {
 *       subgraph cluster_countdown {
 *           label="countdown";
 *           countdown_start [label="start", shape=circle];
 *           countdown_s1 [label="1: YIELD, line 9", shape=box];
 *           countdown_end [label="end", shape=doublecircle];
 *           countdown_start -> countdown_s1; ...
 */
char *describe_dot(const struct unit *unit, size_t *len)
{
    struct buf b = {0};
    buf_puts(&b, "/* the state graphs of the generators of a file (yieldc --emit=dot) */\ndigraph ");
    json_string(&b, unit->src.path);    /* a DOT string is quoted and escaped as JSON's is */
    buf_puts(&b, " {\n");
    for (const struct function *fn = unit->functions; fn; fn = fn->next) {
        if (!fn->is_generator || !fn->body)
            continue;
        struct flow fl = { .src = &unit->src };
        size_t cap = 0;
        collect_yield_nodes(fn->body, &fl.yields, &fl.nyields, &cap);
        if (fl.nyields + 1 > FLOW_WORDS * 64)
            continue;
        fl.after = arena_alloc((fl.nyields + 1) * sizeof *fl.after);
        struct flow_set end = { { 0 } }, start = { { 0 } };
        set_add(&end, 0);
        struct jumps top = { end, end, fn->body };
        for (int pass = 0; pass < 64; pass++) {
            fl.changed = false;
            start = first(&fl, fn->body, end, &top);
            if (!fl.changed)
                break;
        }
        const char *g = fn->name;
        buf_printf(&b, "    subgraph cluster_%s {\n        label=\"%s\";\n", g, g);
        buf_printf(&b, "        %s_start [label=\"start\", shape=circle];\n", g);
        for (size_t i = 0; i < fl.nyields; i++) {
            unsigned line, col;
            source_line_col(&unit->src, fl.yields[i]->macro_begin, &line, &col);
            buf_printf(&b, "        %s_s%zu [label=\"%zu: %s, line %u\", shape=box];\n", g, i + 1, i + 1,
                       fl.yields[i]->is_from ? "YIELD_FROM" : "YIELD", line);
        }
        buf_printf(&b, "        %s_end [label=\"end\", shape=doublecircle];\n", g);
        for (size_t from = 0; from <= fl.nyields; from++) {
            const struct flow_set *to = from == 0 ? &start : &fl.after[from - 1];
            const char *name = from ? arena_printf("%s_s%zu", g, from) : arena_printf("%s_start", g);
            for (size_t k = 1; k <= fl.nyields; k++)
                if (set_has(to, k))
                    buf_printf(&b, "        %s -> %s_s%zu;\n", name, g, k);
            if (set_has(to, 0))
                buf_printf(&b, "        %s -> %s_end;\n", name, g);
        }
        buf_puts(&b, "    }\n");
    }
    buf_puts(&b, "}\n");
    *len = b.len;
    return b.data;
}
