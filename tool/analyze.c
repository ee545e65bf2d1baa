/*
 * analyze.c - the rules, and the decisions the rewrite needs.
 *
 * First the rules that hold for any file: YIELD only as a statement of its
 * own inside a GENERATOR function, FOREACH over something iterable. These
 * run even when libclang reported errors, because a misplaced YIELD is
 * often what made the parse fail; libclang's errors are printed only when
 * these found nothing.
 *
 * Then, per generator:
 *
 *  - which variables live in the frame. Parameters always do (the body runs
 *    after the call returns). A local does when a YIELD lies inside its
 *    scope after its declaration; the others stay ordinary C locals of the
 *    resume function, where the compiler can keep them in registers.
 *  - a distinct member name for each of them (shadowed locals get `x_2`).
 *  - names for the resume function's own variables (`self`, `out`, ...)
 *    that no identifier of the user's function uses.
 */
#include "tool.h"

#include <ctype.h>
#include <string.h>

/* ---- walking ------------------------------------------------------------ */

typedef void visit_fn(struct node *n, void *ctx);

static void walk(struct node *n, visit_fn *fn, void *ctx)
{
    for (; n; n = n->next) {
        fn(n, ctx);
        walk(n->child, fn, ctx);
    }
}

static bool has_ancestor(const struct node *n, enum node_kind kind)
{
    for (n = n->parent; n; n = n->parent)
        if (n->kind == kind)
            return true;
    return false;
}

static const struct source *src;

/*
 * A YIELD is a statement when it is a child of a compound statement or the
 * body (not the condition) of an if, loop, switch, case or label:
 * `if (c) YIELD(v);` is one, `x = YIELD(v);` and `if (YIELD(v))` are not.
 */
static bool yield_is_statement(const struct node *y)
{
    const struct node *p = y->parent;
    if (!p)
        return false;
    bool first = p->child == y, last = !y->next;
    switch (p->kind) {
    case NODE_COMPOUND:
    case NODE_LABEL:
        return true;
    case NODE_IF:
    case NODE_WHILE:
    case NODE_SWITCH:
        return !first;
    case NODE_DO:
        return first;
    case NODE_FOR:
    case NODE_FOREACH:
    case NODE_CASE:
        return last;    /* a for's body, a case's statement: never absent, always last */
    default:
        return false;
    }
}

/* ---- rules for every function ------------------------------------------- */

struct place_ctx {
    struct function *fn;
};

static void check_placement(struct node *n, void *ctx)
{
    struct function *fn = ((struct place_ctx *)ctx)->fn;
    if (n->kind == NODE_YIELD) {
        if (!n->macro_end)
            error_at(n->begin, "YIELD reached through another macro; write 'YIELD(value);' "
                               "directly in the generator's body");
        else if (!fn->is_generator)
            error_at(n->begin, "YIELD in function '%s', which is not a generator; "
                               "declare it as 'GENERATOR(type) %s(...)'", fn->name, fn->name);
        else if (has_ancestor(n, NODE_STMT_EXPR))
            error_at(n->begin, "YIELD inside a statement expression '({ ... })' cannot suspend; "
                               "move the YIELD out of the expression");
        else if (!yield_is_statement(n))
            error_at(n->begin, "YIELD used inside an expression; write it as a statement of "
                               "its own: 'YIELD(value);'");
    } else if (n->kind == NODE_FOREACH) {
        if (!n->macro_end)
            error_at(n->begin, "FOREACH reached through another macro; write "
                               "'FOREACH (type name, source)' directly");
        else if (n->source_kind == SOURCE_INVALID)
            error_at(n->arg_begin, "FOREACH source is not an iterator; give a generator call, "
                                   "an iterator variable or a pointer to one");
    }
}

static void report_clang_errors(const struct unit *unit)
{
    for (const struct clang_error *e = unit->clang_errors; e; e = e->next) {
        if (e->in_main_file) {
            error_at(e->offset, "%s", e->message);
        } else {
            diag_print(e->path ? e->path : unit->src.path, e->path ? e->line : 0, e->col,
                       "error", e->message, NULL, 0);
        }
    }
}

/* ---- names -------------------------------------------------------------- */

struct words {
    const char **items;
    size_t len, cap;
};

static bool words_has(const struct words *w, const char *s, size_t n)
{
    for (size_t i = 0; i < w->len; i++)
        if (strlen(w->items[i]) == n && strncmp(w->items[i], s, n) == 0)
            return true;
    return false;
}

static void words_add(struct words *w, const char *s, size_t n)
{
    if (words_has(w, s, n))
        return;
    if (w->len == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 64;
        const char **items = arena_alloc(cap * sizeof *items);
        if (w->len)
            memcpy(items, w->items, w->len * sizeof *items);
        w->items = items;
        w->cap = cap;
    }
    w->items[w->len++] = arena_strndup(s, n);
}

/* Every identifier-like word in [begin, end), comments and strings included:
 * over-approximating is harmless, it only makes a generated name longer. */
static void collect_words(struct words *w, size_t begin, size_t end)
{
    for (size_t i = begin; i < end;) {
        char c = src->text[i];
        if (isalpha((unsigned char)c) || c == '_') {
            size_t j = i;
            while (j < end && (isalnum((unsigned char)src->text[j]) || src->text[j] == '_'))
                j++;
            words_add(w, src->text + i, j - i);
            i = j;
        } else if (isdigit((unsigned char)c)) {
            while (i < end && (isalnum((unsigned char)src->text[i]) || src->text[i] == '_'))
                i++;
        } else {
            i++;
        }
    }
}

/* `base`, or `base_` with as many underscores as it takes to be unused. */
static const char *unique_name(struct words *used, const char *base)
{
    const char *name = base;
    while (words_has(used, name, strlen(name)))
        name = arena_printf("%s_", name);
    words_add(used, name, strlen(name));
    return name;
}

/* ---- the frame ---------------------------------------------------------- */

static size_t scope_end(const struct node *decl)
{
    for (const struct node *n = decl->parent; n; n = n->parent)
        if (n->kind == NODE_COMPOUND || n->kind == NODE_FOR || n->kind == NODE_FOREACH)
            return n->end;
    return decl->end;
}

struct frame_ctx {
    struct function *fn;
    struct node **yields;
    size_t nyields, cap;
};

static void collect_yields(struct node *n, void *ctx)
{
    struct frame_ctx *f = ctx;
    if (n->kind != NODE_YIELD)
        return;
    if (f->nyields == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 16;
        struct node **y = arena_alloc(cap * sizeof *y);
        if (f->nyields)
            memcpy(y, f->yields, f->nyields * sizeof *y);
        f->yields = y;
        f->cap = cap;
    }
    f->yields[f->nyields++] = n;
}

static bool yield_in(const struct frame_ctx *f, size_t begin, size_t end)
{
    for (size_t i = 0; i < f->nyields; i++)
        if (f->yields[i]->begin > begin && f->yields[i]->begin < end)
            return true;
    return false;
}

static void check_generator_node(struct node *n, void *ctx)
{
    struct function *fn = ctx;
    switch (n->kind) {
    case NODE_RETURN:
        if (n->has_value)
            error_at(n->begin, "generator '%s' returns a value; end it with 'return;' "
                               "(its values come from YIELD)", fn->name);
        break;
    case NODE_INDIRECT_GOTO:
        error_at(n->begin, "computed 'goto *' in generator '%s' cannot be resumed; "
                           "use a switch over a state variable", fn->name);
        break;
    case NODE_ADDR_LABEL:
        error_at(n->begin, "taking the address of a label in generator '%s' is not supported; "
                           "labels move into the resume function", fn->name);
        break;
    default:
        break;
    }
}

static void assign_fields(struct function *fn, struct var *vars, struct words *fields)
{
    for (struct var *v = vars; v; v = v->next) {
        if (!v->in_frame)
            continue;
        const char *name = v->name;
        for (int k = 2; words_has(fields, name, strlen(name)); k++)
            name = arena_printf("%s_%d", v->name, k);
        words_add(fields, name, strlen(name));
        v->field = name;
    }
    (void)fn;
}

static void analyze_generator(struct function *fn)
{
    if (!fn->yield_type || !*fn->yield_type) {
        error_at(fn->gen_macro_begin, "GENERATOR needs the type of its values: 'GENERATOR(int) %s(...)'",
                 fn->name);
        return;
    }
    if (strchr(fn->yield_type, '(') || strchr(fn->yield_type, '[')) {
        error_at(fn->gen_macro_begin, "GENERATOR(%s): spell function pointer and array types "
                                      "through a typedef", fn->yield_type);
        return;
    }
    walk(fn->body, check_generator_node, fn);

    struct frame_ctx f = { fn, NULL, 0, 0 };
    walk(fn->body, collect_yields, &f);
    fn->nyields = (int)f.nyields;

    for (struct var *v = fn->params; v; v = v->next)
        v->in_frame = true;
    for (struct var *v = fn->locals; v; v = v->next) {
        if (v->is_static || v->is_extern || !v->decl)
            continue;
        v->in_frame = yield_in(&f, v->decl->name_begin, scope_end(v->decl));
        if (!v->in_frame)
            continue;
        if (v->is_vla)
            error_at(v->decl->name_begin, "variable-length array '%s' lives across a YIELD; "
                                          "give it a constant size", v->name);
        else if (v->unnamed_type)
            error_at(v->decl->name_begin, "'%s' has a type without a name and lives across a YIELD; "
                                          "declare the type with a tag or typedef outside the "
                                          "generator", v->name);
    }

    struct words fields = {0};
    words_add(&fields, "it", 2);    /* the frame's iterator header */
    assign_fields(fn, fn->params, &fields);
    assign_fields(fn, fn->locals, &fields);

    struct words used = {0};
    collect_words(&used, fn->begin, fn->end);
    fn->self = unique_name(&used, "self");
    fn->it = unique_name(&used, "it");
    fn->out = unique_name(&used, "out");
    fn->state = unique_name(&used, "state");
}

/* The names yieldc defines next to a generator must not be taken already. */
static void check_generated_names(const struct unit *unit, struct words *file_words)
{
    for (const struct function *fn = unit->functions; fn; fn = fn->next) {
        if (!fn->is_generator || !fn->body)
            continue;
        static const char *const suffixes[] = { "_resume", "_ops" };
        for (size_t i = 0; i < 2; i++) {
            const char *name = arena_printf("%s%s", fn->name, suffixes[i]);
            if (words_has(file_words, name, strlen(name))) {
                const char *at = strstr(src->text, name);
                error_at(at ? (size_t)(at - src->text) : fn->name_begin,
                         "'%s' is the name yieldc gives to a part of generator '%s'; "
                         "rename this identifier", name, fn->name);
            }
        }
    }
}

bool analyze_unit(struct unit *unit)
{
    src = &unit->src;
    for (const struct stray *s = unit->strays; s; s = s->next)
        error_at(s->offset, "%s used outside a function body; 'YIELD(value);' is a statement "
                            "inside a GENERATOR function", s->what);
    for (struct function *fn = unit->functions; fn; fn = fn->next) {
        struct place_ctx ctx = { fn };
        walk(fn->body, check_placement, &ctx);
    }
    if (error_count())
        return false;
    if (unit->clang_errors) {
        report_clang_errors(unit);
        return false;
    }

    struct words file_words = {0};
    collect_words(&file_words, 0, src->len);
    check_generated_names(unit, &file_words);
    for (struct function *fn = unit->functions; fn; fn = fn->next)
        if (fn->is_generator && fn->body)
            analyze_generator(fn);
    return error_count() == 0;
}
