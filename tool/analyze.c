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
 *  - its states (its YIELDs in source order, from 1), its cleanups (DEFER,
 *    YIELD_FROM, a FOREACH whose frame is kept), the temporaries of the
 *    statements with a YIELD inside an expression, the compound literals
 *    and the types that move out of the body.
 *
 * And for the file: where each frame struct goes, which sub-frames come
 * from the pool, the struct tags of GENEXPRs. Every decision is stored in
 * the nodes, vars and functions (the fields tool.h marks "analysis"), which
 * is all that rewrite and describe read from this step.
 */
#include "tool.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
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
 * A generator construct that a macro hides (or a frame local the rewrite
 * must rename inside a macro's body): the invocation around it is
 * expanded in place and the file parsed again, when it can be; reported
 * otherwise.
 */
static struct unit *the_unit;

static void macro_trouble(size_t offset, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void macro_trouble(size_t offset, const char *fmt, ...)
{
    if (the_unit->may_expand && parse_can_expand(offset)) {
        *ARRAY_PUSH(the_unit->expand_at, the_unit->nexpand_at, the_unit->cap_expand_at) = offset;
        return;
    }
    char message[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    error_at(offset, "%s", message);
}


/* Call fn for every identifier in [begin, end) outside comments and literals. */
static void scan_identifiers(const struct source *in, size_t begin, size_t end,
                             void (*fn)(const char *text, size_t begin, size_t len, void *ctx), void *ctx)
{
    const char *t = in->text;
    for (size_t i = begin; i < end;) {
        char c = t[i];
        size_t past = skip_comment_or_literal(t, i, end);
        if (past != i) {
            i = past;
        } else if (isalpha((unsigned char)c) || c == '_') {
            size_t j = i;
            while (j < end && (isalnum((unsigned char)t[j]) || t[j] == '_'))
                j++;
            fn(t, i, j - i, ctx);
            i = j;
        } else if (isdigit((unsigned char)c)) {
            while (i < end && (isalnum((unsigned char)t[i]) || t[i] == '_' || t[i] == '.'))
                i++;
        } else {
            i++;
        }
    }
}

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
    const struct unit *unit;
    struct function *fn;
    size_t last_yield_macro, last_foreach_macro;
    unsigned *foreach_count, *genexpr_count;
};

static void check_generator_node(struct node *n, void *ctx);
static bool is_loop(const struct node *n);

/*
 * Ranges where the parse's stand-in types differ from the real ones: a
 * statement that uses a YIELD's value (an int for the parse), a return of
 * a generator's result (a frame for the parse). clang's complaints about
 * conversions there are left to the compiler, which sees the output.
 */
struct typed_later {
    size_t begin, end;
};
static struct typed_later *typed_later;
static size_t ntyped_later, cap_typed_later;

static void type_later(size_t begin, size_t end)
{
    *ARRAY_PUSH(typed_later, ntyped_later, cap_typed_later) = (struct typed_later){ begin, end };
}

static bool is_typed_later(const struct clang_error *e)
{
    if (!e->in_main_file || !strstr(e->message, "incompatible"))
        return false;
    for (size_t i = 0; i < ntyped_later; i++)
        if (e->offset >= typed_later[i].begin && e->offset < typed_later[i].end)
            return true;
    return false;
}

/* Whether any YIELD (or YIELD_FROM) lies under `n`. */
/* The first YIELD or YIELD_FROM under `n`, or NULL. */
static const struct node *yield_under(const struct node *n)
{
    for (const struct node *c = n->child; c; c = c->next) {
        const struct node *y = c->kind == NODE_YIELD ? c : yield_under(c);
        if (y)
            return y;
    }
    return NULL;
}

static bool has_yield(const struct node *n)
{
    return yield_under(n) != NULL;
}

/* Whether `n` is (in) the source of GENEXPR `g`: evaluated where the GENEXPR stands. */
static bool in_genexpr_source(const struct node *g, const struct node *n)
{
    return g->macro_end && n->begin >= g->arg_begin && n->end <= g->arg_end;
}

/* A YIELD under GENEXPR `g` outside its source: in its value or condition, which its own iterator runs. */
static const struct node *yield_in_genexpr_body(const struct node *g, const struct node *n)
{
    for (const struct node *c = n->child; c; c = c->next) {
        if (in_genexpr_source(g, c))
            continue;
        const struct node *y = c->kind == NODE_YIELD ? c : yield_in_genexpr_body(g, c);
        if (y)
            return y;
    }
    return NULL;
}

/* The innermost GENEXPR around `n` whose value or condition holds it, if any. */
static const struct node *genexpr_body_around(const struct node *n)
{
    for (const struct node *p = n->parent; p; p = p->parent)
        if (p->kind == NODE_GENEXPR && !in_genexpr_source(p, n))
            return p;
    return NULL;
}

/* Whether a return, break, continue or goto lies under `n` (a break or
 * continue of a loop or switch also under `n` stays inside). */
static bool has_jump(const struct node *n)
{
    for (const struct node *c = n->child; c; c = c->next) {
        if (c->kind == NODE_RETURN || c->kind == NODE_GOTO || c->kind == NODE_INDIRECT_GOTO)
            return true;
        if ((c->kind == NODE_BREAK || c->kind == NODE_CONTINUE)) {
            const struct node *p = c->parent;
            while (p != n && !is_loop(p) && !(c->kind == NODE_BREAK && p->kind == NODE_SWITCH))
                p = p->parent;
            if (p == n)
                return true;
        }
        if (has_jump(c))
            return true;
    }
    return false;
}

/*
 * A YIELD (or YIELD_FROM) inside an expression: the statement around it
 * (its host) is lowered, as regenerator does: its expressions are
 * evaluated in order, each YIELD suspending on the way, and the statement
 * then runs with temporaries where values were. The part of the host
 * that holds the YIELD:
 *
 *   x = f(a, YIELD(v));            an expression statement, or a return's value
 *   int n = YIELD(v) + 1;          a declaration's initializer
 *   if (YIELD(v) == 3)             the condition of if, switch, while, do or for
 *   for (i = YIELD(0); ; i += YIELD(1))   a for's first or third clause
 *   FOREACH (int x, g(YIELD(v)))   a FOREACH's source
 */
static bool is_statement_node(const struct node *n)
{
    switch (n->kind) {
    case NODE_COMPOUND: case NODE_DECL_STMT: case NODE_RETURN: case NODE_IF: case NODE_WHILE:
    case NODE_DO: case NODE_FOR: case NODE_FOREACH: case NODE_SWITCH: case NODE_CASE: case NODE_LABEL:
    case NODE_DEFER: case NODE_GENEXPR: case NODE_STMT_EXPR:
        return true;
    default:
        return false;
    }
}

/* The user macro's invocation that `offset` is inside, after its name, if any. */
static const struct macro_use *user_macro_around(const struct unit *u, size_t offset)
{
    size_t lo = 0, hi = u->nmacro_uses;     /* the invocations are in file order */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (u->macro_uses[mid].begin < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k > 0 && u->macro_uses[k - 1].reach > offset; k--) {
        const struct macro_use *m = &u->macro_uses[k - 1];
        if (!m->pseudo && offset < m->end)
            return m;
    }
    return NULL;
}

static void add_host(struct function *fn, struct node *host, unsigned part)
{
    if (!host->lower_parts)
        *ARRAY_PUSH(fn->lowered, fn->nlowered, fn->cap_lowered) = host;
    host->lower_parts |= part;
}

static void find_host(struct place_ctx *pc, struct node *y)
{
    const char *what = y->is_from ? "YIELD_FROM" : "YIELD";
    struct node *s = y, *p = y->parent;
    /* up through expressions, and through YIELDs whose argument holds this one */
    while (p && (!is_statement_node(p) || (p->kind == NODE_GENEXPR && in_genexpr_source(p, y)))
           && !(p->kind == NODE_YIELD && yield_is_statement(p)) && p->kind != NODE_VAR_DECL) {
        if (p->ekind == EXPR_UNEVALUATED) {
            const struct macro_use *m = p->macro_text ? user_macro_around(the_unit, y->begin) : NULL;
            if (m)      /* glibc's assert(e) holds sizeof((e) ? 1 : 0) */
                error_at(y->begin, "%s inside macro '%s', which puts it inside sizeof, _Alignof or _Generic, "
                                   "where it is never evaluated; %s into a variable in a statement of its "
                                   "own and pass that to the macro", what, m->name, what);
            else
                error_at(y->begin, "%s inside sizeof, _Alignof or _Generic is never evaluated; move it out", what);
            return;
        }
        s = p;
        p = p->parent;
    }
    if (!p)
        return;
    struct node *host = s;
    unsigned part = LOWER_EXPR;
    if (p->kind == NODE_VAR_DECL) {             /* an initializer: the declaration is the host */
        host = p->parent;
        if (host && host->parent && host->parent->kind == NODE_FOR) {
            part = LOWER_INIT;
            host = host->parent;
        }
    } else if (p->kind == NODE_YIELD) {         /* YIELD(YIELD(v)): suspend before the outer one */
        host = p;
    } else if (p->kind == NODE_RETURN) {
        host = p;
    } else if ((p->kind == NODE_IF || p->kind == NODE_SWITCH || p->kind == NODE_WHILE) && p->child == s) {
        host = p;
        part = LOWER_COND;
    } else if (p->kind == NODE_DO && p->child != s) {
        host = p;
        part = LOWER_COND;
    } else if (p->kind == NODE_FOR && (!p->for_rparen || s->begin < p->for_rparen)) {
        if (!p->for_rparen) {
            macro_trouble(y->begin, "%s inside the head of a 'for' written through a macro; write the 'for' "
                               "directly", what);
            return;
        }
        host = p;
        part = s->begin < p->for_semi1 ? LOWER_INIT : s->begin < p->for_semi2 ? LOWER_COND : LOWER_STEP;
    } else if (p->kind == NODE_FOREACH && s->begin >= p->arg_begin && s->end <= p->arg_end) {
        host = p;
        part = LOWER_SOURCE;
    } else if (p->kind == NODE_DEFER || p->kind == NODE_GENEXPR || p->kind == NODE_STMT_EXPR
               || p->kind == NODE_FOREACH) {
        return;     /* reported where those are checked */
    }
    if (host && host->kind == NODE_DECL_STMT && host->parent && host->parent->kind != NODE_COMPOUND
        && host->parent->kind != NODE_FOR) {
        error_at(y->begin, "%s inside a declaration that is not in a block; put it in '{ ... }'", what);
        return;
    }
    y->statement = host;
    add_host(pc->fn, host, part);
    /* an initializer's conversion is reported at its declarator */
    type_later(p->kind == NODE_VAR_DECL ? p->begin : s->begin, (p->kind == NODE_VAR_DECL ? p->end : s->end) + 1);
}

/*
 * Planning a lowered statement: which operands must be kept in a
 * temporary. The operands of an expression are evaluated left to right
 * (a call's function first), except that an assignment evaluates its
 * right side first, as Python does; where C leaves the order open, this
 * is the order yieldc picks. An operand evaluated before a YIELD that
 * follows it is kept in a temporary, unless nothing can change its value
 * while the generator is suspended: a constant, or a local whose address
 * is never taken. The value of `&&`, `||` or `?:` with a YIELD in an
 * operand that may not run is a temporary too.
 */
struct plan {
    struct function *fn;
    const struct node *host;    /* the statement lowered: where its temporaries live */
};

static bool stays_put(const struct node *e)
{
    switch (e->ekind) {
    case EXPR_LITERAL:
    case EXPR_UNEVALUATED:
        return true;
    case EXPR_NAME:
        if (e->kind != NODE_DECL_REF)
            return e->names_constant;
        return !e->var->is_static && !e->var->is_extern && (!e->var->address_taken || e->var->is_array);
    case EXPR_PAREN:
    case EXPR_IMPLICIT:
    case EXPR_CAST:
        return e->child && !e->child->next && stays_put(e->child);
    case EXPR_UNARY:    /* the address of a named object does not change */
        return e->op && strcmp(e->op, "&") == 0 && e->child && e->child->ekind == EXPR_NAME;
    default:
        return false;
    }
}

static void keep_in_temp(struct plan *pl, struct node *e)
{
    if (e->temp)
        return;
    if (e->macro_text)
        macro_trouble(e->begin, "a value computed before a YIELD is written through a macro, which yieldc "
                                "could not expand in place; write it without the macro");
    if (!e->temp_type) {
        error_at(e->begin, "this value is computed before a YIELD that follows it in the same "
                           "expression, and yieldc cannot name its type to keep it; compute it into "
                           "a variable in a statement of its own first");
        return;
    }
    *ARRAY_PUSH(pl->fn->temps, pl->fn->ntemps, pl->fn->cap_temps) = (struct frame_slot){ *e->temp_type, pl->host };
    e->temp = pl->fn->ntemps;
}

/* A temporary of a type written as text (`int`, the sent type). */
static int text_temp(struct plan *pl, const char *type)
{
    *ARRAY_PUSH(pl->fn->temps, pl->fn->ntemps, pl->fn->cap_temps)
        = (struct frame_slot){ { arena_printf("%s ", type), "" }, pl->host };
    return pl->fn->ntemps;
}

static void plan_expr(struct plan *pl, struct node *e, bool need);

/* Operands evaluated in order: those before the last that holds a YIELD are kept. */
static void plan_in_order(struct plan *pl, struct node *first)
{
    struct node *last = NULL;
    for (struct node *k = first; k; k = k->next)
        if (k->has_yield)
            last = k;
    for (struct node *k = first; k; k = k->next) {
        if (k == last) {
            plan_expr(pl, k, true);
            return;
        }
        if (k->has_yield)
            plan_expr(pl, k, true);
        if (k->has_yield || !stays_put(k))
            keep_in_temp(pl, k);
    }
}

static void plan_expr(struct plan *pl, struct node *e, bool need)
{
    struct function *fn = pl->fn;
    if (!e->has_yield)
        return;
    if (e->macro_text && e->kind != NODE_YIELD)
        macro_trouble(e->begin, "a YIELD inside an expression written through a macro, which yieldc could "
                                "not expand in place; write the expression without the macro");
    struct node *a = e->child, *b = a ? a->next : NULL;
    if (e->kind == NODE_YIELD) {
        const char *what = e->is_from ? "YIELD_FROM" : "YIELD";
        struct node *value = e->child;
        while (value && value->next)
            value = value->next;
        if (value)
            plan_expr(pl, value, true);
        if (need && e->is_from && !e->source_result && e->source_kind != SOURCE_VALUE) {
            /* `R r = YIELD_FROM(p)`, `r = YIELD_FROM(p)`: the result is read as r's type */
            const struct node *host = e->parent;
            while (host && (host->ekind == EXPR_PAREN || host->ekind == EXPR_IMPLICIT))
                host = host->parent;
            if (host && (host->kind == NODE_VAR_DECL || host->ekind == EXPR_ASSIGN))
                e->source_result = host->target_type;
        }
        if (need && !e->is_from && !fn->sent_type)
            error_at(e->begin, "YIELD's value is used, but generator '%s' receives none; declare the "
                               "type it is sent: 'GENERATOR(%s, type) %s(...)'",
                     fn->name, fn->yield_type ? fn->yield_type : "int", fn->name);
        else if (need && e->is_from && !e->source_result && e->source_kind != SOURCE_VALUE)
            error_at(e->begin, "%s's value is the result of the generator its source runs, which yieldc "
                               "cannot tell from this iterator; declare what it goes into ('R r = "
                               "YIELD_FROM(p);'), or name the source by a variable of that generator's "
                               "frame type ('struct NAME_frame g' or a 'struct NAME_frame *')", what);
        else if (need && e->is_from && !e->source_result)
            error_at(e->begin, "%s's value is the result of a generator call whose GENERATOR "
                               "declares a result type ('GENERATOR(T, S, R)'); this source has none", what);
        e->value_used = need;
        return;
    }
    switch (e->ekind) {
    case EXPR_ASSIGN:               /* the right side first */
        if (b) {
            plan_expr(pl, b, true);
            if (a->has_yield && (b->has_yield || !stays_put(b)))
                keep_in_temp(pl, b);
            plan_expr(pl, a, true);
        }
        return;
    case EXPR_LOGICAL:
        if (b && b->has_yield) {
            plan_expr(pl, a, true);
            e->temp = text_temp(pl, "int");
            plan_expr(pl, b, true);
        } else if (a) {
            plan_expr(pl, a, true);
        }
        return;
    case EXPR_CONDITIONAL: {
        struct node *c = b ? b->next : NULL;
        if (!c) {
            error_at(e->begin, "YIELD inside a GNU '?:' without its middle operand ('a ?: b'); keep 'a' in a "
                               "variable 'v' and write 'v ? v : b'");
            return;
        }
        plan_expr(pl, a, true);
        if (b->has_yield || c->has_yield) {
            if (need && e->temp_type)
                keep_in_temp(pl, e);
            plan_expr(pl, b, need);
            plan_expr(pl, c, need);
        }
        return;
    }
    case EXPR_COMMA:
        if (b) {
            plan_expr(pl, a, false);
            plan_expr(pl, b, need);
        }
        return;
    case EXPR_PAREN:
    case EXPR_IMPLICIT:
        if (a)
            plan_expr(pl, a, need);
        return;
    case EXPR_CAST:
        if (a)
            plan_expr(pl, a, need && !(e->temp_type == NULL && e->temp_type_known));  /* (void)YIELD(x) */
        return;
    case EXPR_OTHER:
        return;     /* a statement expression: reported where it is checked */
    default:
        plan_in_order(pl, a);
        return;
    }
}

/* The continue of a loop whose condition or step is lowered must reach the lowered code. */
static int continue_labels;

static void plan_lowered(struct function *fn, struct node *host)
{
    struct plan pl = { fn, host };
    unsigned parts = host->lower_parts;
    if (host->kind == NODE_DECL_STMT) {
        for (struct node *v = host->child; v; v = v->next)
            if (v->kind == NODE_VAR_DECL)
                for (struct node *init = v->child; init; init = init->next)
                    plan_expr(&pl, init, true);
    } else if (host->kind == NODE_RETURN || host->kind == NODE_IF || host->kind == NODE_SWITCH
               || host->kind == NODE_WHILE) {
        plan_expr(&pl, host->child, true);
    } else if (host->kind == NODE_DO) {
        struct node *cond = host->child ? host->child->next : NULL;
        if (cond)
            plan_expr(&pl, cond, true);
        host->continue_label = ++continue_labels;
    } else if (host->kind == NODE_FOR) {
        for (struct node *k = host->child; k && k->begin < host->for_rparen; k = k->next) {
            unsigned part = k->begin < host->for_semi1 ? LOWER_INIT : k->begin < host->for_semi2 ? LOWER_COND
                                                                                                 : LOWER_STEP;
            if (!(parts & part))
                continue;
            if (k->kind == NODE_DECL_STMT)
                for (struct node *v = k->child; v; v = v->next)
                    for (struct node *init = v->kind == NODE_VAR_DECL ? v->child : NULL; init; init = init->next)
                        plan_expr(&pl, init, true);
            else
                plan_expr(&pl, k, part == LOWER_COND);
        }
        if (parts & LOWER_STEP)
            host->continue_label = ++continue_labels;
    } else if (host->kind == NODE_FOREACH) {
        for (struct node *k = host->child; k; k = k->next)
            if (k->begin >= host->arg_begin && k->end <= host->arg_end)
                plan_expr(&pl, k, true);
    } else if (host->kind == NODE_YIELD) {
        struct node *value = host->child;
        while (value && value->next)
            value = value->next;
        if (value)
            plan_expr(&pl, value, true);
    } else {
        plan_expr(&pl, host, false);    /* an expression statement */
    }
}

/* The outer variables a GENEXPR names are copied into it: arrays cannot be. */
static void check_genexpr_captures(const struct node *g, const struct node *n)
{
    for (; n; n = n->next) {
        bool in_value = n->name_begin >= g->value_begin && n->name_begin < g->value_end;
        bool in_cond = g->cond_end && n->name_begin >= g->cond_begin && n->name_begin < g->cond_end;
        if (n->kind == NODE_DECL_REF && n->var != g->genexpr_var && n->var->is_array && (in_value || in_cond))
            error_at(n->name_begin, "GENEXPR copies the outer variables it names, and '%s' is an array; "
                                    "name a pointer to its first element instead", n->var->name);
        check_genexpr_captures(g, n->child);
    }
}

/* DEFER(statement); a statement of a block in a generator, that does not jump. */
static void check_defer(struct place_ctx *pc, struct node *d)
{
    if (!pc->fn->is_generator) {
        error_at(d->begin, "DEFER in function '%s', which is not a generator; DEFER runs its "
                           "statement when a generator's block is left or the generator is closed",
                 pc->fn->name);
    } else if (!d->macro_end) {
        macro_trouble(d->begin, "DEFER reached through another macro; write 'DEFER(statement);' directly");
    } else if (!d->parent || d->parent->kind != NODE_COMPOUND) {
        error_at(d->begin, "DEFER must be a statement of a block '{ ... }': it runs when that block is left");
    } else if (has_yield(d)) {
        error_at(d->begin, "DEFER's statement cannot YIELD: it runs while the generator ends or is closed");
    } else if (has_jump(d)) {
        error_at(d->begin, "DEFER's statement cannot 'return', 'break', 'continue' or 'goto' out of "
                           "itself: it runs while a block is being left");
    }
}

/*
 * GENERATOR(T, S, R) as written: each type is used in casts and
 * declarations the rewrite writes around a name, so a type spelled with
 * a declarator (a function pointer, an array) goes through a typedef.
 * Checked before libclang's errors, which such a type causes.
 */
static bool check_generator_types(const struct function *fn)
{
    if (!fn->yield_type || !*fn->yield_type) {
        error_at(fn->gen_macro_begin, "GENERATOR needs the type of its values: 'GENERATOR(int) %s(...)'",
                 fn->name);
        return false;
    }
    const char *types[3] = { fn->yield_type, fn->sent_type, fn->result_type };
    for (int i = 0; i < 3; i++)
        if (types[i] && (strchr(types[i], '(') || strchr(types[i], '['))) {
            error_at(fn->gen_macro_begin, "GENERATOR(%s): spell function pointer and array types "
                                          "through a typedef", types[i]);
            return false;
        }
    return true;
}

/* The identifier written at `offset` (the user's spelling of a macro like setjmp). */
static const char *identifier_at(size_t offset, const char *fallback)
{
    size_t end = offset;
    while (end < src->len && (isalnum((unsigned char)src->text[end]) || src->text[end] == '_'))
        end++;
    return end > offset ? arena_strndup(src->text + offset, end - offset) : fallback;
}

/* The name of the innermost macro invocation whose arguments hold `offset`. */
static const char *enclosing_macro(const struct unit *unit, size_t offset)
{
    const char *name = "?";
    for (size_t i = 0; i < unit->nmacro_uses; i++)
        if (unit->macro_uses[i].begin < offset && offset < unit->macro_uses[i].end)
            name = unit->macro_uses[i].name;
    return name;
}

static bool is_setjmp_family(const char *name)
{
    static const char *const names[] = { "setjmp", "_setjmp", "__sigsetjmp", "sigsetjmp",
                                         "longjmp", "_longjmp", "siglongjmp", "__builtin_setjmp",
                                         "__builtin_longjmp" };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(name, names[i]) == 0)
            return true;
    return false;
}

static const char *construct_name(const struct node *n)
{
    switch (n->kind) {
    case NODE_YIELD: return n->is_from ? "YIELD_FROM" : "YIELD";
    case NODE_FOREACH: return "FOREACH";
    case NODE_DEFER: return "DEFER";
    case NODE_GENEXPR: return "GENEXPR";
    default: return "'return'";
    }
}

static void check_placement(struct node *n, void *ctx)
{
    struct place_ctx *pc = ctx;
    struct function *fn = pc->fn;
    if (n->type_error)
        error_at(n->type_error_at, "%s", n->type_error);
    if (fn->is_generator)
        check_generator_node(n, fn);
    if (n->other_file && (n->kind == NODE_YIELD || n->kind == NODE_FOREACH || n->kind == NODE_DEFER
                          || n->kind == NODE_GENEXPR || n->kind == NODE_RETURN)) {
        if (!n->parent || !n->parent->other_file)     /* once, for the outermost */
            error_at(n->begin, "%s written in '%s', which an #include brings into function '%s'; "
                               "yieldc rewrites only the file it is given: write it in this file",
                     construct_name(n), n->other_file, fn->name);
        return;
    }
    if (n->kind == NODE_YIELD && n->via_macro) {
        /* a YIELD through a user's macro: expanded in place (its value may end in another
         * macro, and the invocation has no text of the YIELD's own) */
        macro_trouble(n->begin, "YIELD written through macro '%s', which yieldc could not expand in "
                                "place; write 'YIELD(value);' directly", n->via_macro);
    } else if (n->kind == NODE_YIELD) {
        if (!n->macro_end && n->is_from)
            macro_trouble(n->begin, "YIELD_FROM reached through macro '%s'; write 'YIELD_FROM(source);' "
                               "directly in the generator's body", n->via_macro ? n->via_macro : "?");
        else if (!n->macro_end)
            macro_trouble(n->begin, "YIELD reached through macro '%s', which expands to more than "
                               "'YIELD(value)'; write 'YIELD(value);' directly in the generator's body",
                     n->via_macro ? n->via_macro : "?");
        else if (n->via_macro && n->parent && n->parent->begin == n->begin)
            macro_trouble(n->begin, "macro '%s' expands to more than 'YIELD(value)'; write the YIELD "
                               "directly in the generator's body", n->via_macro);
        else if (pc->last_yield_macro == n->macro_begin)
            macro_trouble(n->begin, "macro '%s' expands to more than one YIELD; write each "
                               "'YIELD(value);' directly in the generator's body",
                     n->via_macro ? n->via_macro : enclosing_macro(pc->unit, n->macro_begin));
        else if (!fn->is_generator)
            error_at(n->begin, "YIELD in function '%s', which is not a generator; "
                               "declare it as 'GENERATOR(type) %s(...)'", fn->name, fn->name);
        else if (!n->is_from && fn->yield_type && strcmp(fn->yield_type, "void") == 0)
            error_at(n->begin, "YIELD in generator '%s', a GENERATOR(void): its values are those of "
                               "its YIELD_FROM sources; give the type of values it yields", fn->name);
        else if (genexpr_body_around(n))
            ;   /* the GENEXPR reports it */
        else if (has_ancestor(n, NODE_STMT_EXPR))
            error_at(n->begin, "YIELD inside a statement expression '({ ... })' cannot suspend; "
                               "move the YIELD out of the expression");
        else if (!yield_is_statement(n))
            find_host(pc, n);
        pc->last_yield_macro = n->macro_begin;
        if (n->is_from && n->source_kind == SOURCE_INVALID)
            error_at(n->arg_begin, "YIELD_FROM source is not an iterator; give a generator call, "
                                   "an iterator variable or a pointer to one");
    } else if (n->kind == NODE_DEFER) {
        check_defer(pc, n);
    } else if (n->kind == NODE_GENEXPR) {
        n->genexpr_struct = arena_printf("%s_genexpr_%u", pc->fn->name, ++*pc->genexpr_count);
        if (!n->macro_end || !n->genexpr_var)
            macro_trouble(n->begin, "GENEXPR reached through another macro; write "
                               "'GENEXPR(value, type name, source)' directly");
        else if (n->source_kind == SOURCE_INVALID)
            error_at(n->arg_begin, "GENEXPR source is not an iterator; give a generator call, "
                                   "an iterator variable or a pointer to one");
        else if (yield_in_genexpr_body(n, n))
            error_at(n->begin, "YIELD inside a GENEXPR: its value and condition run in the GENEXPR's "
                               "own iterator, which cannot suspend the generator around it");
        else
            check_genexpr_captures(n, n->child);
        /* a FOREACH or YIELD_FROM over it keeps it by value */
        for (struct node *p = n->parent; p; p = p->parent)
            if ((p->kind == NODE_FOREACH || p->kind == NODE_GENEXPR || (p->kind == NODE_YIELD && p->is_from))
                && p->arg_begin == n->macro_begin)
                p->source_type = arena_printf("struct %s", n->genexpr_struct);
    } else if (n->kind == NODE_FOREACH) {
        n->foreach_index = ++*pc->foreach_count;
        if (n->macro_end && pc->last_foreach_macro == n->macro_begin)
            macro_trouble(n->begin, "macro '%s' expands to more than one FOREACH; write each FOREACH "
                               "directly", enclosing_macro(pc->unit, n->macro_begin));
        pc->last_foreach_macro = n->macro_begin;
        if (!n->macro_end)
            macro_trouble(n->begin, "FOREACH reached through another macro; write "
                               "'FOREACH (type name, source)' directly");
        else if (n->source_kind == SOURCE_INVALID)
            error_at(n->arg_begin, "FOREACH source is not an iterator; give a generator call, "
                                   "an iterator variable or a pointer to one");
    }
}

static void report_clang_errors(const struct unit *unit)
{
    for (const struct clang_error *e = unit->clang_errors; e; e = e->next) {
        if (is_typed_later(e))
            continue;
        if (e->in_main_file) {
            error_at(e->offset, "%s", e->message);
        } else {
            diag_print(e->path ? e->path : unit->src.path, e->path ? e->line : 0, e->col,
                       "error", e->message, NULL, 0);
        }
    }
}

/* ---- names ------------------------------------------------------------ */

/* A set of identifiers (open addressing), each with where it first and last appears. */
struct words {
    const char **items;
    size_t *offsets, *last;
    size_t len, cap;
};

static size_t hash_word(const char *s, size_t n)
{
    size_t h = 5381;
    for (size_t i = 0; i < n; i++)
        h = h * 33 + (unsigned char)s[i];
    return h;
}

static size_t words_slot(const struct words *w, const char *s, size_t n)
{
    size_t i = hash_word(s, n) & (w->cap - 1);
    while (w->items[i] && !(strlen(w->items[i]) == n && strncmp(w->items[i], s, n) == 0))
        i = (i + 1) & (w->cap - 1);
    return i;
}

static bool words_find(const struct words *w, const char *s, size_t n, size_t *offset)
{
    if (!w->cap)
        return false;
    size_t i = words_slot(w, s, n);
    if (w->items[i] && offset)
        *offset = w->offsets[i];
    return w->items[i] != NULL;
}

static bool words_has(const struct words *w, const char *s, size_t n)
{
    return words_find(w, s, n, NULL);
}

static void words_add_at(struct words *w, const char *s, size_t n, size_t offset)
{
    if ((w->len + 1) * 2 > w->cap) {
        struct words old = *w;
        w->cap = old.cap ? old.cap * 2 : 64;
        w->items = arena_alloc(w->cap * sizeof *w->items);
        w->offsets = arena_alloc(w->cap * sizeof *w->offsets);
        w->last = arena_alloc(w->cap * sizeof *w->last);
        w->len = 0;
        for (size_t i = 0; i < old.cap; i++) {
            if (old.items[i]) {
                size_t k = words_slot(w, old.items[i], strlen(old.items[i]));
                w->items[k] = old.items[i];
                w->offsets[k] = old.offsets[i];
                w->last[k] = old.last[i];
                w->len++;
            }
        }
    }
    size_t i = words_slot(w, s, n);
    if (w->items[i]) {
        w->last[i] = offset;
        return;
    }
    w->items[i] = arena_strndup(s, n);
    w->offsets[i] = w->last[i] = offset;
    w->len++;
}

/* Whether `name` appears in the file outside [begin, end). */
static bool used_outside(const struct words *file, const char *name, size_t begin, size_t end)
{
    if (!file->cap)
        return false;
    size_t i = words_slot(file, name, strlen(name));
    return file->items[i] && (file->offsets[i] < begin || file->last[i] >= end);
}

static void words_add(struct words *w, const char *s, size_t n)
{
    words_add_at(w, s, n, 0);
}

static void add_identifier(const char *text, size_t begin, size_t len, void *ctx)
{
    words_add_at(ctx, text + begin, len, begin);
}

/* Every identifier in [begin, end), outside comments, strings and character constants. */
static void collect_words(struct words *w, size_t begin, size_t end)
{
    scan_identifiers(src, begin, end, add_identifier, w);
}

/* `base`, or `base_` with as many underscores as it takes to be unused,
 * in the function and as a macro name. */
static const char *unique_name(struct words *used, const struct words *macros, const char *base)
{
    const char *name = base;
    while (words_has(used, name, strlen(name)) || words_has(macros, name, strlen(name)))
        name = arena_printf("%s_", name);
    words_add(used, name, strlen(name));
    return name;
}

/* What the names of a generator are checked against: built once per file. */
struct file_names {
    struct words words;         /* every identifier of the file, first and last place */
    struct words macros;        /* every macro name, with where the main file defines it */
};

/* ---- the frame ---------------------------------------------------------- */

static bool is_loop(const struct node *n)
{
    return n->kind == NODE_WHILE || n->kind == NODE_DO || n->kind == NODE_FOR || n->kind == NODE_FOREACH;
}

static const struct node *enclosing_block(const struct node *n)
{
    for (const struct node *p = n->parent; p; p = p->parent)
        if (p->kind == NODE_COMPOUND)
            return p;
    return n;
}

static size_t enclosing_block_end(const struct node *n)
{
    for (const struct node *p = n->parent; p; p = p->parent)
        if (p->kind == NODE_COMPOUND)
            return p->end;
    return n->end;
}

static size_t scope_begin(const struct node *decl)
{
    for (const struct node *n = decl->parent; n; n = n->parent)
        if (n->kind == NODE_COMPOUND || n->kind == NODE_FOR || n->kind == NODE_FOREACH)
            return n->begin;
    return decl->begin;
}

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
    *ARRAY_PUSH(f->yields, f->nyields, f->cap) = n;
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
        if (n->has_value && !fn->result_type)
            error_at(n->begin, "generator '%s' returns a value but declares no result type; end it "
                               "with 'return;', or declare one: 'GENERATOR(%s, void, type) %s(...)'",
                     fn->name, fn->yield_type ? fn->yield_type : "int", fn->name);
        else if (n->has_value)
            type_later(n->begin, n->stmt_end);
        break;
    case NODE_INDIRECT_GOTO:
        error_at(n->begin, "computed 'goto *' in generator '%s' is not supported; "
                           "use a switch over a state variable instead", fn->name);
        break;
    case NODE_ADDR_LABEL:
        error_at(n->begin, "taking the address of a label in generator '%s' is not supported; "
                           "use a switch over a state variable instead of label addresses", fn->name);
        break;
    case NODE_CALL:
        if (n->callee && is_setjmp_family(n->callee))
            error_at(n->begin, "'%s' in generator '%s' is not supported: a jump buffer cannot "
                               "outlive a YIELD; return an error value instead",
                     identifier_at(n->begin, n->callee), fn->name);
        break;
    default:
        break;
    }
}

/*
 * Liveness, conservatively. A local needs the frame when a YIELD inside
 * its scope can be followed by a read of it:
 *
 *  - aggregates and locals whose address is taken: whenever a YIELD is in
 *    their scope after the declaration (a pointer may read them anytime);
 *  - other scalars: when a read of the local comes after the YIELD's text,
 *    or anywhere in a loop (or a backward goto's span) that contains the
 *    YIELD and not the local's declaration.
 *
 * A read is any use except the whole left side of a plain `=`.
 */
struct region {
    size_t begin, end;          /* a span that control can run through again */
    const struct node *loop;    /* the loop node, or NULL for a goto's span */
};

struct liveness {
    const struct frame_ctx *f;
    struct region *regions;
    size_t nregions, cap;
    struct words label_names;   /* label name -> index in labels */
    const struct node **labels;
    size_t nlabels, cap_labels;
};

static void add_region(struct liveness *lv, size_t begin, size_t end, const struct node *loop)
{
    *ARRAY_PUSH(lv->regions, lv->nregions, lv->cap) = (struct region){ begin, end, loop };
}

static void collect_labels(struct node *n, void *ctx)
{
    struct liveness *lv = ctx;
    if (n->kind == NODE_LABEL && n->label && !words_has(&lv->label_names, n->label, strlen(n->label))) {
        words_add_at(&lv->label_names, n->label, strlen(n->label), lv->nlabels);
        *ARRAY_PUSH(lv->labels, lv->nlabels, lv->cap_labels) = n;
    }
}

static void collect_regions(struct node *n, void *ctx)
{
    struct liveness *lv = ctx;
    if (is_loop(n)) {
        add_region(lv, n->begin, n->end, n);
    } else if (n->kind == NODE_GOTO) {
        const struct node *top = n;
        while (top->parent)
            top = top->parent;
        size_t index;
        const struct node *label = n->label && words_find(&lv->label_names, n->label, strlen(n->label), &index)
                                       ? lv->labels[index] : NULL;
        if (!label)                     /* unknown target: anything may run again */
            add_region(lv, top->begin, top->end, NULL);
        else if (label->begin < n->begin)
            add_region(lv, label->begin, n->end, NULL);
    }
}

static bool within(size_t x, size_t begin, size_t end)
{
    return x >= begin && x < end;
}

/* Whether the declaration of `v` runs again on each pass through region r. */
static bool declared_inside(const struct region *r, const struct var *v)
{
    const struct node *d = v->decl;
    if (!within(d->name_begin, r->begin, r->end))
        return false;
    /* a for's own declarations run once, before its first pass; a FOREACH
     * variable is assigned afresh at the start of every pass */
    const struct node *stmt = d->parent;
    return !(r->loop && r->loop->kind == NODE_FOR && stmt && stmt->parent == r->loop);
}

/* One walk records, for every variable, its reads and whether its address is taken. */
static void collect_uses(struct node *n, void *ctx)
{
    (void)ctx;
    if (n->kind != NODE_DECL_REF)
        return;
    struct var *v = n->var;
    v->address_taken = v->address_taken || n->address_taken;
    if (!n->is_write)
        *ARRAY_PUSH(v->reads, v->nreads, v->cap_reads) = n;
}

static bool lives_across_yield(const struct liveness *lv, const struct var *v)
{
    const struct frame_ctx *f = lv->f;
    size_t begin = v->decl->name_begin, end = scope_end(v->decl);
    bool conservative = !v->is_scalar || v->address_taken;
    /* an object lives from the start of its block: after a backward goto, a
     * pointer may still reach it before its declaration runs again (a VLA
     * lives only from its declaration) */
    if (conservative && !v->is_vla)
        begin = scope_begin(v->decl);
    for (size_t i = 0; i < f->nyields; i++) {
        const struct node *y = f->yields[i];
        if (!within(y->begin, begin, end))
            continue;
        /* `T x = YIELD(v);` declares x after the suspension (not a declarator before it) */
        if (y->statement && within(v->decl->name_begin, y->statement->begin, y->statement->end)
            && v->decl->end > y->begin)
            continue;
        if (conservative)
            return true;
        for (size_t k = 0; k < v->nreads; k++) {
            size_t at = v->reads[k]->name_begin;
            if (at >= y->macro_end)
                return true;
            /* the statement around a YIELD's value runs after the YIELD */
            if (y->statement && at >= y->statement->begin && !within(at, y->arg_begin, y->arg_end))
                return true;
            for (size_t r = 0; r < lv->nregions; r++) {
                const struct region *reg = &lv->regions[r];
                if (within(y->begin, reg->begin, reg->end) && within(v->reads[k]->name_begin, reg->begin, reg->end)
                    && !declared_inside(reg, v))
                    return true;
            }
        }
    }
    return false;
}

/*
 * The generated code jumps into blocks: to a YIELD when it resumes, to a
 * DEFER's cleanup, back to an exit after its cleanups, to a lowered loop's
 * condition. A jump must not skip the initialization of a local in scope
 * there (gcc's -Wjump-misses-init, and C++ would refuse): such a local is
 * declared without its initializer and assigned where it was declared;
 * one that cannot be assigned (an array, a const, a for's own) goes to the
 * frame, whose declarations are assignments already.
 */
struct jump_targets {
    size_t *at;
    size_t len, cap;
    bool exits;                 /* the generator has cleanups: its exits are targets too */
};

static void collect_jump_targets(struct node *n, void *ctx)
{
    struct jump_targets *jt = ctx;
    bool exit = n->kind == NODE_BREAK || n->kind == NODE_CONTINUE || n->kind == NODE_GOTO || n->kind == NODE_RETURN;
    if (n->kind == NODE_YIELD || n->kind == NODE_DEFER || (exit && jt->exits) || n->continue_label)
        *ARRAY_PUSH(jt->at, jt->len, jt->cap) = n->begin;
    if (n->kind == NODE_COMPOUND && jt->exits)
        *ARRAY_PUSH(jt->at, jt->len, jt->cap) = n->end - 1;     /* a block end that runs DEFERs */
}

static void split_initializations(struct function *fn)
{
    struct jump_targets jt = { NULL, 0, 0, fn->ncleanups > 0 };
    walk(fn->body, collect_jump_targets, &jt);
    for (struct var *v = fn->locals; v; v = v->next) {
        const struct node *d = v->decl;
        if (v->in_frame || v->is_static || v->is_extern || !d || !d->has_init || !d->parent)
            continue;
        size_t end = scope_end(d);
        bool skipped = false;
        for (size_t i = 0; i < jt.len && !skipped; i++)
            skipped = jt.at[i] >= d->end && jt.at[i] < end;
        if (!skipped)
            continue;
        bool in_for_head = d->parent && d->parent->parent && d->parent->parent->kind == NODE_FOR;
        if (v->is_array || v->is_const || v->const_field || v->has_const_member || in_for_head
            || ((v->unnamed_type || v->given_tag_type) && d->init_is_list))
            v->in_frame = true;
        else
            v->decl->split_init = true;
    }
}

/*
 * The declarators of one declaration go to the frame together: the rewrite
 * turns a declaration into assignments, and a declaration cannot be split
 * where it stands (in a for's first clause, say).
 */
static void frame_whole_declarations(struct node *n, void *ctx)
{
    (void)ctx;
    if (n->kind != NODE_DECL_STMT || (n->parent && n->parent->kind == NODE_FOREACH))
        return;
    bool any = false;
    for (struct node *v = n->child; v; v = v->next)
        any = any || (v->kind == NODE_VAR_DECL && v->var->in_frame);
    for (struct node *v = n->child; any && v; v = v->next)
        if (v->kind == NODE_VAR_DECL && !v->var->is_static && !v->var->is_extern)
            v->var->in_frame = true;
}

static bool has_defer(const struct node *n)
{
    for (const struct node *c = n->child; c; c = c->next)
        if (c->kind == NODE_DEFER || has_defer(c))
            return true;
    return false;
}

static bool has_label(const struct node *n, const char *name)
{
    for (const struct node *c = n->child; c; c = c->next)
        if ((c->kind == NODE_LABEL && c->label && strcmp(c->label, name) == 0) || has_label(c, name))
            return true;
    return false;
}

/* Whether a return, or a goto to a label outside `loop`, lies under `n`. */
static bool leaves_by_jump(const struct node *loop, const struct node *n)
{
    for (const struct node *c = n->child; c; c = c->next)
        if (c->kind == NODE_RETURN || c->kind == NODE_INDIRECT_GOTO
            || (c->kind == NODE_GOTO && (!c->label || !has_label(loop, c->label))) || leaves_by_jump(loop, c))
            return true;
    return false;
}

/* Whether `n` is inside a FOREACH that keeps its source in the frame (marked before `n`: the walk goes down). */
static bool in_framed_foreach(const struct node *n)
{
    for (const struct node *p = n->parent; p; p = p->parent)
        if (p->kind == NODE_FOREACH && p->loop_in_frame)
            return true;
    return false;
}

/*
 * A FOREACH keeps its source in the frame when a YIELD is in it, and when
 * it is left by a jump that runs cleanups (DEFERs, or the closing of an
 * outer FOREACH kept in the frame): they jump back to the exit, into the
 * loop, past a declaration whose cleanup attribute would close the source
 * (clang refuses that jump, and gcc would close the source twice).
 */
static void mark_foreach_loops(struct node *n, void *ctx)
{
    const struct frame_ctx *f = ctx;
    if (n->kind != NODE_FOREACH)
        return;
    n->loop_in_frame = yield_in(ctx, n->begin, n->end)
                       || (leaves_by_jump(n, n) && (has_defer(f->fn->body) || in_framed_foreach(n)));
    /* a const variable is declared at each iteration (foreach_slot), where jumps back into the
     * loop would skip its initialization: in the frame, it is a member of the slot's type */
    if (n->slot_type && n->loop_in_frame)
        for (struct node *d = n->child; d; d = d->next)
            if (d->kind == NODE_DECL_STMT)
                for (struct node *v = d->child; v; v = v->next)
                    if (v->kind == NODE_VAR_DECL && v->var)
                        v->var->in_frame = true;
}

/*
 * What the generator must undo when a block is left or it is closed: each
 * DEFER (for its block), each FOREACH that keeps the frame it created in
 * the generator's frame (for the loop), each YIELD_FROM of a sub-frame it
 * creates (while it runs). The variables a DEFER names live in the frame
 * when a YIELD can suspend inside its block: a close runs it from there.
 */
static void frame_deferred_uses(struct node *n, void *ctx)
{
    (void)ctx;
    if (n->kind == NODE_DECL_REF && !n->var->is_static && !n->var->is_extern)
        n->var->in_frame = true;
}

static void collect_cleanups(struct node *n, void *ctx)
{
    struct frame_ctx *f = ctx;
    struct function *fn = f->fn;
    const struct node *scope;
    bool suspends;
    if (n->kind == NODE_DEFER && n->parent && n->parent->kind == NODE_COMPOUND) {
        scope = n->parent;
        suspends = yield_in(f, scope->begin, scope->end);
        if (suspends)
            walk(n->child, frame_deferred_uses, NULL);
    } else if (n->kind == NODE_FOREACH && n->loop_in_frame && n->source_kind == SOURCE_VALUE) {
        scope = n;
        suspends = true;
    } else if (n->kind == NODE_YIELD && n->is_from) {
        scope = n;          /* the sub-iterator it runs: closed (if it made it) or let go */
        suspends = true;
        fn->delegates = true;
    } else {
        n->cleanup = -1;
        return;
    }
    n->cleanup = fn->ncleanups;
    struct cleanup *c = ARRAY_PUSH(fn->cleanups, fn->ncleanups, fn->cap_cleanups);
    c->node = n;
    c->scope = scope;
    c->suspends = suspends;
}

struct frame_check {
    const struct unit *unit;
    struct function *fn;
    struct words moved;         /* names of the body's types moved so far */
    struct frame_ctx *f;
    const struct words *file;   /* every identifier of the file */
};

/* A declaration of types only (no VLA typedef): it moves before the frame. */
static bool decl_stmt_moves(const struct node *d)
{
    if (d->kind != NODE_DECL_STMT || !d->child)
        return false;
    for (const struct node *c = d->child; c; c = c->next)
        if (c->kind != NODE_TYPE_DECL || c->variably_modified)
            return false;
    return true;
}

static bool type_decl_moves(const struct node *n)
{
    return n->moves_alone || (n->parent && decl_stmt_moves(n->parent));
}

/*
 * A declaration of types only moves before the frame; so does a type
 * declared with locals kept in the frame (`struct p { int x; } a = {1};`,
 * `struct { int x; } b;`), which the frame's members name.
 */
static void mark_moved_types(struct node *n, void *ctx)
{
    (void)ctx;
    n->moves_before_frame = decl_stmt_moves(n);
    if (n->kind == NODE_TYPE_DECL && n->parent && n->parent->kind == NODE_DECL_STMT
        && !n->parent->moves_before_frame)
        for (const struct node *v = n->parent->child; v && !n->moves_alone; v = v->next)
            n->moves_alone = v->kind == NODE_VAR_DECL && v->var->in_frame;
}

/* Whether a YIELD may run after `n` while what `n` made on the stack, which
 * lasts until `until`, is in use. */
static bool yield_may_follow(const struct frame_check *fc, const struct node *n, size_t until)
{
    /* a GENEXPR's source, YIELDs included, runs before the GENEXPR exists */
    size_t from = n->kind == NODE_GENEXPR && n->macro_end ? n->arg_end : n->begin;
    if (yield_in(fc->f, from, until))
        return true;
    for (const struct node *p = n->parent; p; p = p->parent)
        if (is_loop(p) && yield_in(fc->f, p->begin, p->end))
            return true;
    return false;
}

/* A GENEXPR written as the source of FOREACH, YIELD_FROM or another GENEXPR: kept by value. */
static bool is_iterated_source(const struct node *g)
{
    for (const struct node *p = g->parent; p; p = p->parent)
        if ((p->kind == NODE_FOREACH || p->kind == NODE_GENEXPR || (p->kind == NODE_YIELD && p->is_from))
            && (p->arg_begin == g->macro_begin || !p->macro_end || !g->macro_end))
            return true;    /* (or one through a user's macro: the pass that expands it tells) */
    return false;
}

/* The parameter or local of `fn` named `name`, if any. */
static const struct var *function_var(const struct function *fn, const char *name)
{
    for (const struct var *v = fn->params; v; v = v->next)
        if (strcmp(v->name, name) == 0)
            return v;
    for (const struct var *v = fn->locals; v; v = v->next)
        if (strcmp(v->name, name) == 0)
            return v;
    return NULL;
}

/* Uses of the frame that the rewrite cannot express, and stack memory that a YIELD would free. */
static void check_frame_use(struct node *n, void *ctx)
{
    struct frame_check *fc = ctx;
    if (n->kind == NODE_TYPE_DECL && type_decl_moves(n)) {
        for (size_t i = 0; i < fc->unit->nmacro_uses; i++) {
            const struct macro_use *m = &fc->unit->macro_uses[i];
            if (m->begin >= n->begin && m->begin < n->end && m->defined_here
                && m->def_offset > fc->fn->body->begin && m->def_offset < fc->fn->body->end)
                error_at(m->begin, "macro '%s' is defined inside generator '%s' and used by a type "
                                   "that yieldc moves before the generator; define the macro before "
                                   "the generator", m->name, fc->fn->name);
        }
        /* it moves to file scope: its names must not be used outside this body,
         * nor twice in it, and what it names must mean the same there */
        for (size_t i = 0; i < n->nnames; i++) {
            const char *name = n->names[i];
            const char *space = strchr(name, ' ');       /* a tag: "struct s" */
            const char *ident = space ? space + 1 : name;
            if (used_outside(fc->file, ident, fc->fn->body->begin, fc->fn->body->end))
                error_at(n->begin, "'%s', defined in generator '%s', is also a name outside it; "
                                   "yieldc moves the body's types to file scope, so rename one of them",
                         ident, fc->fn->name);
            else if (words_has(&fc->moved, name, strlen(name)) || (!space && function_var(fc->fn, name)))
                error_at(n->begin, "'%s' is declared twice in generator '%s'; yieldc moves the body's "
                                   "types to file scope, so rename one of them", ident, fc->fn->name);
            words_add(&fc->moved, name, strlen(name));
        }
        if (n->uses_local)
            error_at(n->begin, "a type defined in generator '%s' uses '%s', a variable of the generator; "
                               "yieldc moves the body's types to file scope, where '%s' means something "
                               "else: define the type outside the generator", fc->fn->name, n->uses_local,
                     n->uses_local);
    }
    if (n->kind == NODE_DECL_REF && n->var->in_frame && n->in_stringifying_macro) {
        macro_trouble(n->name_begin, "'%s' lives in the generator's frame but is an argument of macro '%s', "
                                "which uses # or ##; copy it to a local that no YIELD separates from "
                                "the macro", n->var->name, n->in_stringifying_macro);
    } else if (n->kind == NODE_DECL_STMT) {
        bool framed = false;
        for (const struct node *c = n->child; c; c = c->next)
            framed = framed || (c->kind == NODE_VAR_DECL && c->var->in_frame);
        for (const struct node *c = n->child; c && framed; c = c->next)
            if (c->kind == NODE_FUNCTION_DECL)
                error_at(n->begin, "function '%s' is declared together with locals that live across a "
                                   "YIELD; declare it in a declaration of its own", c->label);
    } else if (n->kind == NODE_RETURN && strncmp(src->text + n->begin, "return", 6) != 0) {
        macro_trouble(n->begin, "'return' reached through a macro in generator '%s'; write 'return;' "
                           "directly in the generator's body", fc->fn->name);
    }
    if (n->kind == NODE_VAR_DECL && (n->var->in_frame || n->split_init) && n->parent) {
        /* a declaration the rewrite turns into assignments, partly written in a macro's arguments
         * (`DECL(int, x, 1)`, `LOOP(i, n)`, `int a = APPLY(f, YIELD(1))`): the rewrite would cut
         * into the invocation */
        size_t at[] = { n->parent->begin, n->name_begin, n->has_init ? n->init_begin : n->name_begin };
        for (size_t i = 0; i < sizeof at / sizeof at[0]; i++)
            if (user_macro_around(fc->unit, at[i])) {
                macro_trouble(at[i], "'%s' lives in the generator's frame and is declared through a "
                                     "macro, which yieldc could not expand in place; declare it "
                                     "without the macro", n->var->name);
                break;
            }
    }
    if ((n->kind == NODE_DECL_REF || n->kind == NODE_VAR_DECL) && n->var->in_frame && n->in_macro_body) {
        macro_trouble(n->name_begin, "'%s' lives in the generator's frame but is %s inside the body of a "
                                "macro; pass it to the macro as an argument", n->var->name,
                 n->kind == NODE_VAR_DECL ? "declared" : "named");
    } else if (n->kind == NODE_CALL && n->callee
               && (strcmp(n->callee, "alloca") == 0 || strcmp(n->callee, "__builtin_alloca") == 0)) {
        if (yield_may_follow(fc, n, fc->fn->body->end))     /* alloca memory lasts until the return */
            error_at(n->begin, "memory from alloca in generator '%s' would be freed by the next "
                               "YIELD; use a local array or malloc", fc->fn->name);
    } else if (n->kind == NODE_GENEXPR && !is_iterated_source(n) && yield_may_follow(fc, n, enclosing_block_end(n))) {
        error_at(n->begin, "a GENEXPR lives until the end of its block, and a YIELD in generator '%s' "
                           "would free it; make it the source of FOREACH or YIELD_FROM, which keep it "
                           "in the frame", fc->fn->name);
    } else if (n->kind == NODE_COMPOUND_LITERAL && n->address_taken
               && yield_may_follow(fc, n, enclosing_block_end(n))) {      /* a literal lasts for its block */
        if (!n->literal_type) {
            error_at(n->begin, "a compound literal whose address lives across a YIELD in generator '%s' is "
                               "kept in its frame, but its type has no name; give the type a tag or a "
                               "typedef name", fc->fn->name);
            return;
        }
        /* kept in the frame: copied there each time it is evaluated */
        *ARRAY_PUSH(fc->fn->literals, fc->fn->nliterals, fc->fn->cap_literals)
            = (struct frame_slot){ *n->literal_type, enclosing_block(n) };
        n->literal_copy = fc->fn->nliterals;
    }
}

static void assign_fields(struct var *vars, struct words *fields)
{
    for (struct var *v = vars; v; v = v->next) {
        if (!v->in_frame)
            continue;
        /* the frame's generated members are named yieldc_...: a local named so gets a trailing _ */
        const char *base = strncmp(v->name, "yieldc_", 7) == 0 ? arena_printf("%s_", v->name) : v->name;
        const char *name = base;
        for (int k = 2; words_has(fields, name, strlen(name)); k++)
            name = arena_printf("%s_%d", base, k);
        words_add(fields, name, strlen(name));
        v->field = name;
    }
}

/*
 * Only a call (of a function, or a sub-iterator's next through FOREACH,
 * YIELD_FROM or GENEXPR) can resume a generator while its body runs. A body
 * without one needs no RUNNING mark: nothing can reach it until it returns.
 */
static void find_calls(struct node *n, void *ctx)
{
    if (n->kind == NODE_CALL || n->kind == NODE_GENEXPR || n->kind == NODE_FOREACH   /* (it steps its source) */
        || (n->kind == NODE_YIELD && n->is_from))
        *(bool *)ctx = true;
}

static void analyze_generator(const struct unit *unit, const struct file_names *names, struct function *fn)
{
    struct frame_ctx f = { fn, NULL, 0, 0 };
    walk(fn->body, collect_yields, &f);
    fn->nyields = (int)f.nyields;
    fn->yield_nodes = f.yields;
    walk(fn->body, find_calls, &fn->calls_out);

    for (struct var *v = fn->params; v; v = v->next)
        v->in_frame = true;
    struct liveness lv = { &f, NULL, 0, 0, {0}, NULL, 0, 0 };
    walk(fn->body, collect_labels, &lv);
    walk(fn->body, collect_regions, &lv);
    walk(fn->body, collect_uses, NULL);
    for (size_t i = 0; i < fn->nlowered; i++)
        plan_lowered(fn, fn->lowered[i]);
    for (struct var *v = fn->locals; v; v = v->next)
        if (!v->is_static && !v->is_extern && v->decl)
            v->in_frame = lives_across_yield(&lv, v);
    for (size_t i = 0; i < f.nyields; i++)
        f.yields[i]->state = (int)i + 1;
    walk(fn->body, mark_foreach_loops, &f);
    walk(fn->body, collect_cleanups, &f);
    split_initializations(fn);
    walk(fn->body, frame_whole_declarations, NULL);
    for (struct var *v = fn->locals; v; v = v->next)   /* a framed declaration is assignments already */
        if (v->in_frame && v->decl)
            v->decl->split_init = false;
    for (struct var *v = fn->locals; v; v = v->next) {
        if (v->is_vla && v->decl && yield_in(&f, v->decl->name_begin, scope_end(v->decl)))
            error_at(v->decl->name_begin, "'%s' has a variably modified type and a YIELD is in its "
                                          "scope, where resuming would jump; give it a constant size "
                                          "or end its block before the YIELD", v->name);
        else if (v->has_cleanup && v->decl && yield_in(&f, v->decl->name_begin, scope_end(v->decl)))
            error_at(v->decl->name_begin, "'%s' has a cleanup attribute and a YIELD is in its scope, "
                                          "where resuming would jump past its declaration; declare it "
                                          "without the attribute and write DEFER(f(&%s)); after it, "
                                          "with its cleanup function f", v->name, v->name);
        else if (!v->in_frame)
            continue;
        else if (v->unnamed_type)
            error_at(v->decl->name_begin, "'%s' has a type without a name, declared outside its "
                                          "declaration, and lives across a YIELD; give the type a "
                                          "tag or a typedef name", v->name);
    }

    walk(fn->body, mark_moved_types, NULL);
    struct frame_check fc = { unit, fn, {0}, &f, &names->words };
    walk(fn->body, check_frame_use, &fc);

    struct words fields = {0};
    words_add(&fields, "it", 2);    /* the frame's iterator header */
    words_add(&fields, "yieldc_result", 13);
    assign_fields(fn->params, &fields);
    assign_fields(fn->locals, &fields);

    struct words used = {0};
    collect_words(&used, fn->begin, fn->end);
    for (size_t i = 0; i < fn->nmacro_words; i++)
        words_add(&used, fn->macro_words[i], strlen(fn->macro_words[i]));
    /* the generated code names these members of the runtime's structs */
    static const char *const members[] = { "it", "state" };
    for (size_t i = 0; i < 2; i++) {
        size_t at;
        if (words_find(&names->macros, members[i], strlen(members[i]), &at) && (at == (size_t)-1 || at < fn->end))
            error_at(at != (size_t)-1 ? at : fn->name_begin,
                     "macro '%s' would rewrite the code yieldc generates for generator '%s'; "
                     "#undef it before the generator or rename it", members[i], fn->name);
    }
    fn->self = unique_name(&used, &names->macros, "self");
    fn->it = unique_name(&used, &names->macros, "it");
    fn->in = unique_name(&used, &names->macros, "in");
    fn->out = unique_name(&used, &names->macros, "out");
    fn->state = unique_name(&used, &names->macros, "state");
}

/*
 * Where each generator's frame struct goes. Code between a prototype and
 * the definition may call the generator, which needs the complete frame: it
 * goes at the first prototype, when the types of its fields are declared by
 * then. A FOREACH over a generator keeps that generator's frame inside its
 * own frame, which therefore must come later; so does a local that is
 * another generator's frame.
 */

static void place_frames(struct unit *unit)
{
    for (struct function *fn = unit->functions; fn; fn = fn->next) {
        if (!fn->is_generator || !fn->body)
            continue;
        fn->frame_at = fn->begin;
        struct function *proto = fn->first_prototype;
        if (!proto || proto->begin > fn->begin)
            continue;
        bool ready = true;
        for (const struct var *v = fn->params; v; v = v->next)
            ready = ready && (v->local_type_at == (size_t)-1 || v->local_type_at < proto->begin);
        for (const struct var *v = fn->locals; v; v = v->next)
            ready = ready && (!v->in_frame || v->local_type_at == (size_t)-1 || v->local_type_at < proto->begin
                              || (v->local_type_at > fn->body->begin && v->local_type_at < fn->body->end));
        for (const struct var *v = fn->locals; v && ready; v = v->next) {
            /* a local that is another generator's frame: that frame must be complete before */
            const struct function *g = v->in_frame && v->frame_of ? generator_named(unit, v->frame_of) : NULL;
            ready = !g || g == fn || (g->frame_at && g->frame_at < proto->begin);
        }
        if (ready) {
            fn->frame_at = proto->begin;
            proto->frame_of = fn;
        }
    }
}

/*
 * A call of a generator returns its frame, which must be complete there. A
 * frame that holds the frame of a generator defined later comes after that
 * one, not at the prototype: a call before it cannot be transformed.
 */
static void check_call_after_frame(struct node *n, void *ctx)
{
    const struct unit *unit = ctx;
    if (n->kind != NODE_CALL || !n->callee)
        return;
    const struct function *g = generator_named(unit, n->callee);
    if (!g || n->begin >= g->frame_at)
        return;
    const char *held = NULL;
    for (const struct var *v = g->locals; v && !held; v = v->next)
        if (v->in_frame && v->frame_of && generator_named(unit, v->frame_of) != g)
            held = v->frame_of;
    if (held)
        error_at(n->begin, "generator '%s' is called before its frame is complete: the frame holds one of "
                           "generator '%s', which comes later; define '%s' before the first prototype of '%s'",
                 g->name, held, held, g->name);
    else
        error_at(n->begin, "generator '%s' is called before its frame is complete: its frame needs types "
                           "declared after its first prototype; declare them before it", g->name);
}

static struct function *definition_named(const struct unit *unit, const char *name)
{
    size_t cap = unit->cap_generator_index;
    if (!cap)
        return NULL;
    for (size_t i = hash_word(name, strlen(name)) & (cap - 1); unit->generator_index[i]; i = (i + 1) & (cap - 1))
        if (strcmp(unit->generator_index[i]->name, name) == 0)
            return unit->generator_index[i];
    return NULL;
}

/*
 * The defined generators in an open-addressing table by name: the first
 * definition of a name wins. Each gets the first prototype of its name.
 */
static void index_generators(struct unit *unit)
{
    size_t n = 0, cap = 16;
    for (const struct function *g = unit->functions; g; g = g->next)
        n += g->is_generator && g->body;
    while (cap < 2 * n)
        cap *= 2;
    struct function **index = arena_alloc(cap * sizeof *index);
    memset(index, 0, cap * sizeof *index);
    for (struct function *g = unit->functions; g; g = g->next) {
        if (!g->is_generator || !g->body)
            continue;
        size_t i = hash_word(g->name, strlen(g->name)) & (cap - 1);
        while (index[i] && strcmp(index[i]->name, g->name) != 0)
            i = (i + 1) & (cap - 1);
        if (!index[i])
            index[i] = g;
    }
    unit->generator_index = index;
    unit->cap_generator_index = cap;
    for (struct function *p = unit->functions; p; p = p->next) {
        struct function *def = p->is_generator && !p->body ? definition_named(unit, p->name) : NULL;
        if (def && !def->first_prototype)
            def->first_prototype = p;
    }
}

const struct function *generator_named(const struct unit *unit, const char *name)
{
    return definition_named(unit, name);
}

/*
 * A sub-generator's frame (of a YIELD_FROM, or of a FOREACH kept across a
 * YIELD) is part of its caller's frame when that frame is complete before
 * the caller's. A generator calling itself, or one whose frame comes later
 * (mutual recursion), or one of another file (whose frame the parse does
 * not see), gets its frame from the pool of sub-frames instead.
 */
struct sub_frames {
    const struct unit *unit;
    struct function *fn;
};

static void choose_sub_frames(struct node *n, void *ctx)
{
    struct sub_frames *sf = ctx;
    bool kept = (n->kind == NODE_YIELD && n->is_from) || (n->kind == NODE_FOREACH && n->loop_in_frame);
    if (n->kind == NODE_GENEXPR && n->source_generator && n->source_kind == SOURCE_VALUE) {
        /* its struct comes before the generator's frame, which may hold it: a frame not
         * complete by then (its own, or a later generator's) comes from the pool */
        const struct function *g = generator_named(sf->unit, n->source_generator);
        n->source_on_heap = g && g->frame_at >= sf->fn->frame_at;
        sf->fn->has_pool = sf->fn->has_pool || n->source_on_heap;
        return;
    }
    if (!kept || !n->source_generator || n->source_kind != SOURCE_VALUE)
        return;
    const struct function *g = generator_named(sf->unit, n->source_generator);
    n->source_on_heap = !g || g->frame_at >= sf->fn->frame_at;
    sf->fn->has_pool = sf->fn->has_pool || n->source_on_heap;
    for (struct function *f = sf->unit->functions; f && g && n->source_on_heap; f = f->next)
        f->built_in_pool = f->built_in_pool || f == g;
    n->recurses = n->kind == NODE_YIELD && g == sf->fn;
    sf->fn->recursive = sf->fn->recursive || n->recurses;
}

/* The names yieldc defines next to a generator must not be taken already. */
static void check_generated_names(const struct unit *unit, struct words *file_words)
{
    for (const struct function *fn = unit->functions; fn; fn = fn->next) {
        if (!fn->is_generator || !fn->body)
            continue;
        static const char *const suffixes[] = { "_resume", "_ops", "_drive", "_close" };
        for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
            const char *name = arena_printf("%s%s", fn->name, suffixes[i]);
            size_t at;
            if (words_find(file_words, name, strlen(name), &at)) {
                error_at(at,
                         "'%s' is the name yieldc gives to a part of generator '%s'; "
                         "rename this identifier", name, fn->name);
            }
        }
    }
}

bool analyze_unit(struct unit *unit)
{
    src = &unit->src;
    the_unit = unit;
    index_generators(unit);
    for (const struct stray *s = unit->strays; s; s = s->next)
        error_at(s->offset, "%s used outside a function body; 'YIELD(value);' is a statement "
                            "inside a GENERATOR function", s->what);
    unsigned foreach_count = 0, genexpr_count = 0;
    for (struct function *fn = unit->functions; fn; fn = fn->next) {
        struct place_ctx ctx = { unit, fn, (size_t)-1, (size_t)-1, &foreach_count, &genexpr_count };
        for (const struct var *v = fn->is_generator && fn->body ? fn->params : NULL; v; v = v->next)
            if (!*v->name)
                error_at(v->decl_offset, "a parameter of generator '%s' has no name; name it (the "
                                         "frame keeps every parameter)", fn->name);
            else if (v->is_vla)     /* `int a[n][m]` is `int (*a)[m]`, whose size the frame cannot know */
                error_at(v->decl_offset, "parameter '%s' of generator '%s' has a variably modified type, "
                                         "which its frame cannot hold; pass a pointer to the first element "
                                         "and compute the index", v->name, fn->name);
        if (fn->generator_via_macro) {
            macro_trouble(fn->begin, "GENERATOR reached through a macro, which yieldc could not expand in "
                                     "place; write 'GENERATOR(type) %s(...)' directly", fn->name);
            continue;
        }
        if (fn->is_generator && !check_generator_types(fn))
            continue;
        if (fn->is_generator && fn->body && fn->is_variadic)
            error_at(fn->name_begin, "generator '%s' is variadic; its body runs after the call has "
                                     "returned, when the '...' arguments are gone: pass a pointer "
                                     "or an array instead", fn->name);
        walk(fn->body, check_placement, &ctx);
    }
    if (error_count())
        return false;
    report_clang_errors(unit);
    if (error_count())
        return false;

    struct file_names names = {0};
    collect_words(&names.words, 0, src->len);
    for (size_t i = 0; i < unit->nmacro_names; i++)
        words_add_at(&names.macros, unit->macro_names[i], strlen(unit->macro_names[i]),
                     unit->macro_name_offsets[i]);
    check_generated_names(unit, &names.words);
    for (struct function *fn = unit->functions; fn; fn = fn->next)
        if (fn->is_generator && fn->body)
            analyze_generator(unit, &names, fn);
    place_frames(unit);
    for (struct function *fn = unit->functions; fn; fn = fn->next) {
        struct sub_frames sf = { unit, fn };
        if (fn->is_generator && fn->body)
            walk(fn->body, choose_sub_frames, &sf);
        if (fn->body)
            walk(fn->body, check_call_after_frame, unit);
    }
    return error_count() == 0;
}
