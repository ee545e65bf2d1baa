/*
 * rewrite.c - the analysis, turned into text edits.
 *
 * The user's statements stay where they are. A generator definition
 *
 *     GENERATOR(int) countdown(int n)
 *     { ... YIELD(n); ... }
 *
 * becomes a frame struct, an ops table, a constructor with the user's name
 * and parameters, and a resume function whose body is the user's body:
 *
 *     struct countdown_frame { struct yieldc_iter it; int n; };
 *     enum yieldc_status countdown_resume(struct yieldc_iter *it, const void *in, void *out);
 *     static const struct yieldc_ops countdown_ops = {
 *         .next = countdown_resume, .value_size = sizeof(int), .name = "countdown" };
 *     struct countdown_frame countdown(int n)
 *     { struct countdown_frame self = { .it = YIELDC_ITER_INIT(&countdown_ops), .n = n }; return self; }
 *     enum yieldc_status countdown_resume(struct yieldc_iter *it, const void *in, void *out)
 *     {
 *         struct countdown_frame *self = (struct countdown_frame *)it;
 *         int state = self->it.state;
 *         (void)in;
 *         if (YIELDC_LIKELY_(state == 1))
 *             goto yieldc_resume_1;
 *         switch (state) {
 *         case YIELDC_STATE_START: break;
 *         case YIELDC_STATE_ENDED: goto yieldc_end;
 *         default: return yieldc_refused_(&self->it);
 *         }
 *     { ... do { *(int *)out = (self->n); self->it.state = 1; return YIELDC_VALUE; yieldc_resume_1:; } while (0); ... }
 *     yieldc_end:
 *         self->it.state = YIELDC_STATE_ENDED;
 *         YIELDC_APART_();
 *         return YIELDC_END;
 *     }
 *
 * Dispatch is a goto to a label left where the YIELD was: a goto may enter
 * a loop, a branch or the user's own switch, so no construct around a
 * YIELD needs restructuring. Uses of frame variables become `self->name`,
 * their declarations assignments at the same place.
 *
 * The same walk rewrites FOREACH loops in any function, GENEXPRs into
 * small iterators of their own, statements with a YIELD inside an
 * expression into statements that evaluate it in order, and the exits of
 * blocks with cleanups. rewrite_check_macros then finds the edits that fall
 * inside a user's macro invocation, for main.c to expand and parse again.
 * Only the structs are read, as parse and analyze left them (and parse.c's
 * text helpers: invocation_args, is_pseudo_keyword, parse_can_expand).
 */
#include "tool.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

static const struct source *src;
static struct edit_list *out_edits;
static unsigned edit_seq;
static size_t function_edits;   /* where the edits of the function being rewritten begin in out_edits */

static void add_edit(size_t begin, size_t end, const char *text, bool block)
{
    struct edit_list *l = out_edits;
    *ARRAY_PUSH(l->items, l->len, l->cap) = (struct edit){ begin, end, text, block, 0, edit_seq++ };
}

/*
 * Text that opens at `at` a wrapper around [at, until) (`{ `, statements
 * in front), and text that closes at `at` a wrapper opened at `from`:
 * at one offset the outer wrapper opens first and closes last. `extra`
 * puts a wrapper around another of the same span.
 */
static void open_at(size_t at, size_t until, const char *text, long extra)
{
    add_edit(at, at, text, false);
    out_edits->items[out_edits->len - 1].nest = -2 * (long)(until - at) - extra;
}

static void close_at(size_t at, size_t from, const char *text, long extra)
{
    add_edit(at, at, text, false);
    out_edits->items[out_edits->len - 1].nest = 2 * (long)(at - from) + extra;
}

static const char *slice(size_t begin, size_t end)
{
    return arena_strndup(src->text + begin, end > begin ? end - begin : 0);
}

/*
 * The text of [begin, end) with the edits inside it applied, on one line;
 * those edits are taken out of the list. For text that moves: the value of
 * a YIELD hoisted before its statement, a DEFER's statement copied to each
 * exit of its block.
 */
static const char *take_rendered_through(size_t begin, size_t end, bool closing);

static const char *take_rendered(size_t begin, size_t end)
{
    return take_rendered_through(begin, end, false);
}

/* The same, with the insertions at `end` too when `closing` (the end of an expression that moves whole). */
static const char *take_rendered_through(size_t begin, size_t end, bool closing)
{
    struct edit_list *l = out_edits;
    struct buf b = {0};
    size_t pos = begin;
    for (;;) {
        size_t best = l->len;
        for (size_t i = function_edits; i < l->len; i++) {      /* [begin, end) is in that function */
            const struct edit *e = &l->items[i];
            if (e->begin >= pos && e->end <= end && (e->begin < end || (closing && e->end == end))
                && (best == l->len || e->begin < l->items[best].begin
                    || (e->begin == l->items[best].begin && e->seq < l->items[best].seq)))
                best = i;
        }
        if (best == l->len)
            break;
        struct edit e = l->items[best];
        l->items[best] = l->items[--l->len];
        buf_add(&b, src->text + pos, e.begin - pos);
        buf_puts(&b, e.text);
        pos = e.end;
    }
    buf_add(&b, src->text + pos, end > pos ? end - pos : 0);
    char *text = b.data ? b.data : arena_strdup("");
    for (char *c = text; *c; c++)
        if (*c == '\n' || *c == '\r')
            *c = ' ';
    return text;
}

static bool contains(const struct node *outer, const struct node *inner)
{
    return inner->begin >= outer->begin && inner->begin < outer->end;
}

static const char *field_decl(const struct var *v)
{
    return arena_printf("%s%s%s%s%s", v->align_spec, *v->align_spec ? " " : "", v->type.prefix, v->field,
                        v->type.suffix);
}

const char *type_name(const struct var *v)
{
    const char *t = arena_printf("%s%s", v->type.prefix, v->type.suffix);
    size_t n = strlen(t);
    return n && t[n - 1] == ' ' ? arena_strndup(t, n - 1) : t;
}

/* ---- sub-frames --------------------------------------------------------- */

static const struct unit *unit;

/* The generator of this file that a FOREACH or YIELD_FROM source calls, if any. */
static const struct function *source_function(const struct node *n)
{
    return n->source_kind == SOURCE_VALUE && n->source_generator ? generator_named(unit, n->source_generator) : NULL;
}

/* The declarations of a generator's next functions: at its definition and at its prototypes. */
static const char *resume_signature(const struct function *fn);
static const char *drive_signature(const struct function *fn);

/* Whether generator `g` (its definition) or a prototype of it comes before `at`: its next
 * functions are declared there. */
static bool declared_before(const struct function *g, size_t at)
{
    return g->begin < at || (g->first_prototype && g->first_prototype->begin < at);
}

/* Once, where the generator is first declared (-Wredundant-decls): `at` its definition or a prototype. */
static void next_declarations(struct buf *b, const struct function *fn, size_t at)
{
    if (declared_before(fn, at))
        return;
    buf_printf(b, "%s;\n", resume_signature(fn));
    if (fn->delegates)
        buf_printf(b, "%s;\n", drive_signature(fn));
}

/*
 * The next function of a generator of this file, when it is declared before
 * `at`: called directly rather than through its ops, so the compiler sees
 * (and can inline) it. NULL otherwise.
 */
static const char *next_function(const struct function *g, size_t at)
{
    return declared_before(g, at) ? next_function_name(g) : NULL;
}

const char *next_function_name(const struct function *fn)
{
    return arena_printf(fn->delegates ? "%s_drive" : "%s_resume", fn->name);
}

/*
 * The statements that fill sub-frame `m` (a pointer into the pool) with
 * the call between `call_begin` and `call_end` (the source text, edited in
 * place, into the frame itself where it can be: frame_in_place): before
 * it, `m = yieldc_pool_alloc_(...); *m = (`; after it, `);` and the pool
 * handed down to a generator that has one.
 */
struct pool_fill {
    const char *before, *after;
};

/* Whether [b, e) of the source is blank but for one `c` (when c is not 0). */
static bool blank_but(size_t b, size_t e, char c)
{
    for (size_t i = b; i < e; i++) {
        if (c && src->text[i] == c)
            c = 0;
        else if (!isspace((unsigned char)src->text[i]))
            return false;
    }
    return !c;
}

/*
 * A call of a generator whose ops come before it (its own, or one defined
 * earlier), written plainly in the file, becomes the frame it returns, so
 * that the compiler builds the frame where it goes rather than in a
 * temporary it then copies into the pool:
 *     inorder(t->left)  ->  (struct inorder_frame){ .it = YIELDC_ITER_INIT(&inorder_ops), .t = (self->t->left) }
 */
static void frame_in_place(const struct function *fn, const struct node *n, const struct function *g)
{
    int nparams = 0;
    for (const struct var *v = g->params; v; v = v->next)
        nparams++;
    if (!g->body || (g != fn && g->end > fn->begin) || !n->source_args || n->nsource_args != nparams)
        return;
    const size_t *a = n->source_args;   /* begin and end of each argument, then the call's end */
    size_t at = n->source_call_begin, name = strlen(g->name), open = at + name;
    while (open < src->len && isspace((unsigned char)src->text[open]))
        open++;
    if (strncmp(src->text + at, g->name, name) != 0 || src->text[open] != '(')
        return;
    size_t end = a[2 * nparams];
    if (nparams == 0 ? !blank_but(open + 1, end, ')') : !blank_but(open + 1, a[0], 0)
                                                          || !blank_but(a[2 * nparams - 1], end, ')'))
        return;
    for (int i = 1; i < nparams; i++)
        if (!blank_but(a[2 * i - 1], a[2 * i], ','))
            return;
    const char *frame = arena_printf("(struct %s_frame){ .it = YIELDC_ITER_INIT(&%s_ops)", g->name, g->name);
    if (nparams == 0) {
        add_edit(at, end, arena_printf("%s }", frame), false);
        return;
    }
    const struct var *v = g->params;
    add_edit(at, a[0], arena_printf("%s, .%s = (", frame, v->field), false);
    for (int i = 1; i < nparams; i++) {
        v = v->next;
        add_edit(a[2 * i - 1], a[2 * i], arena_printf("), .%s = (", v->field), false);
    }
    add_edit(a[2 * nparams - 1], end, ") }", false);
}

static struct pool_fill pool_fill(const struct function *fn, const struct node *n, const char *m, const char *sep)
{
    const struct function *g = source_function(n);
    struct pool_fill f;
    if (g)
        frame_in_place(fn, n, g);
    f.before = arena_printf("%s = yieldc_pool_alloc_(&%s->yieldc_pool, &%s->it, sizeof *%s)%s *%s = (", m, fn->self,
                            fn->self, m, sep, m);
    f.after = g && g->has_pool ? arena_printf(")%s %s->yieldc_pool = %s->yieldc_pool", sep, m, fn->self) : ")";
    return f;
}

static const char *pool_free(const struct function *fn, const char *m)
{
    return arena_printf("yieldc_pool_free_(%s->yieldc_pool, %s, sizeof *%s)", fn->self, m, m);
}

/* ---- FOREACH ------------------------------------------------------------ */

static struct node *foreach_var_decl(const struct node *f)
{
    for (struct node *d = f->child; d; d = d->next)
        if (d->kind == NODE_DECL_STMT)
            for (struct node *v = d->child; v; v = v->next)
                if (v->kind == NODE_VAR_DECL)
                    return v;
    return NULL;
}

static const char *armed(const struct function *fn, int c)
{
    return arena_printf("%s->yieldc_armed[%d]", fn->self, c);
}

/* A FOREACH's generator of another file: its header says how to step it and whether it has anything to close. */
static const char *other_file_source(const struct node *f)
{
    return f->source_kind == SOURCE_VALUE && !source_function(f) && f->source_generator
                   && f->source_declared_generator ? f->source_generator : NULL;
}

/*
 *     FOREACH (int x, countdown(5)) body
 * becomes (on one line)
 *     for (struct countdown_frame yieldc_src_1 YIELDC_OWNED_ = countdown(5), *yieldc_once_1 = &yieldc_src_1;
 *          yieldc_once_1; yieldc_once_1 = NULL)
 *         for (int x; yieldc_once_1 && yieldc_call_(&yieldc_src_1.it, countdown_resume, NULL, &x) == YIELDC_VALUE;
 *              yieldc_once_1 = NULL)
 *             do { body } while (yieldc_call_(&yieldc_src_1.it, countdown_resume, NULL, &x) == YIELDC_VALUE);
 * The outer loop holds the iterator and closes the frame it made however it
 * is left. The inner one declares the variable and takes the first value;
 * the do-while takes the others, so `continue` in the body takes the next
 * value and `break` leaves (through the inner loop's step, which ends it).
 * A loop tested at its end is the shape compilers make of a counted loop:
 * with the resume function inlined, the loop is the one a person would
 * write (gcc does not turn a loop tested at its top around once inlining
 * has made it). Where the compiler would not inline the call (a generator
 * that delegates, whose next function is a driver; one of another file;
 * an iterator of unknown kind), it is written once:
 *         for (int x; yieldc_foreach_next_(it, &x, sizeof x) == YIELDC_VALUE;) body
 * A
 * generator of this file is called directly, and so is one of another file,
 * through the names its generated header defines: YIELDC_NEXT_countdown
 * (its next function) and YIELDC_OWNED_countdown (the cleanup, or nothing
 * when closing has nothing to do). An iterator variable or a
 * pointer is iterated in place, not closed. In a generator, when a YIELD is
 * in the body, the iterator lives in the frame (a frame that cannot be part
 * of this one comes from the pool) and so does the loop variable if it is
 * read after the YIELD; the loop's cleanup then closes the frame it made.
 */
static void rewrite_foreach(const struct function *fn, struct node *f)
{
    unsigned k = f->foreach_index;
    const struct node *vd = foreach_var_decl(f);
    if (!vd)
        return;
    bool framed = fn->is_generator && f->loop_in_frame;
    bool var_framed = fn->is_generator && vd->var->in_frame;
    const char *self = fn->self;
    const char *var = var_framed ? arena_printf("%s->%s", self, vd->var->field) : vd->var->name;
    const char *decl = var_framed ? "" : slice(f->decl_arg_begin, f->decl_arg_end);
    /* a const variable (not in the frame, whose member is not const): the values go into a slot,
     * and each iteration declares the variable:
     *     for (int yieldc_val_1; ... &yieldc_val_1 ...) do { const int v = yieldc_val_1; (void)v; body } while (...);
     * (a body need not read v, as it need not read a variable the loop writes) */
    const char *each = "";
    if (!var_framed && f->slot_type) {
        size_t len = strlen(f->slot_type);
        var = arena_printf("yieldc_val_%u", k);
        each = arena_printf(" %s = %s; (void)%s;", decl, var, vd->var->name);
        decl = arena_printf("%s%s%s", f->slot_type, len && f->slot_type[len - 1] == '*' ? "" : " ", var);
    }
    const char *before, *after, *flag, *step, *clear, *iter;

    const struct function *g = source_function(f);
    const char *other_file = other_file_source(f);
    if (f->source_kind == SOURCE_VALUE && !framed) {
        /* the loop closes the frame it made, however it is left, unless closing it has nothing to do */
        const char *tmp = arena_printf("yieldc_src_%u", k);
        const char *owned = other_file ? arena_printf(" YIELDC_OWNED_%s", other_file)
                            : g && !close_has_work(g) ? "" : " YIELDC_OWNED_";
        before = arena_printf("%s %s%s = ", f->source_type, tmp, owned);
        after = arena_printf(", *yieldc_once_%u = &%s", k, tmp);
        flag = arena_printf("yieldc_once_%u", k);
        step = clear = arena_printf("%s = NULL", flag);
        iter = arena_printf("&%s.it", tmp);
    } else if (f->source_kind == SOURCE_VALUE) {
        const char *on = armed(fn, f->cleanup);
        const char *m = arena_printf("%s->yieldc_src_%u", self, k);
        if (f->source_on_heap) {
            struct pool_fill fill = pool_fill(fn, f, m, ",");
            before = fill.before;
            after = arena_printf("%s, %s = 1", fill.after, on);
            step = arena_printf("%s = 0, yieldc_close(&%s->it), %s", on, m, pool_free(fn, m));
            iter = arena_printf("&%s->it", m);
        } else {
            before = arena_printf("%s = ", m);
            after = arena_printf(", %s = 1", on);
            step = arena_printf("%s = 0, yieldc_close(&%s.it)", on, m);
            iter = arena_printf("&%s.it", m);
        }
        flag = on;
        clear = arena_printf("%s = 0", on);
    } else {
        const char *once = framed ? arena_printf("%s->yieldc_once_%u", self, k) : arena_printf("yieldc_once_%u", k);
        before = arena_printf("%s%s = (struct yieldc_iter *)%s(", framed ? "" : "struct yieldc_iter *", once,
                              f->source_kind == SOURCE_LVALUE ? "&" : "");
        after = ")";
        flag = once;
        step = clear = arena_printf("%s = NULL", once);
        iter = once;
    }
    /* a generator of this file, called or whose frame variable is named: its next function directly */
    const struct function *known = g ? g : f->source_frame_of ? generator_named(unit, f->source_frame_of) : NULL;
    const char *direct = known ? next_function(known, f->begin)
                         : other_file ? arena_printf("YIELDC_NEXT_%s", other_file) : NULL;
    const char *next = direct ? arena_printf("yieldc_call_(%s, %s, NULL, &%s)", iter, direct, var)
                              : arena_printf("yieldc_foreach_next_(%s, &%s, sizeof %s)", iter, var, var);
    add_edit(f->macro_begin, f->arg_begin, arena_printf("for (%s", before), false);
    if (!known || known->delegates) {  /* a call the compiler will not inline: once is enough */
        add_edit(f->arg_end, f->macro_end,
                 arena_printf("%s; %s; %s) for (%s; %s == YIELDC_VALUE;)%s%s", after, flag, step, decl, next,
                              *each ? " {" : "", each), false);
        if (*each)
            close_at(f->stmt_end, f->begin, " }", -1);
        return;
    }
    add_edit(f->arg_end, f->macro_end,
             arena_printf("%s; %s; %s) for (%s; %s && %s == YIELDC_VALUE; %s) do {%s", after, flag, step, decl,
                          flag, next, clear, each),
             false);
    /* (braced, for an empty body; inside whatever wraps the whole FOREACH statement, which ends here too) */
    close_at(f->stmt_end, f->begin, arena_printf(" } while (%s == YIELDC_VALUE);", next), -1);
}

/* ---- declarations ------------------------------------------------------- */

/* Arrays cannot be assigned, nor const members: their initial values are copied in. */
static bool needs_copy(const struct var *v)
{
    return v->is_array || v->const_field || v->has_const_member;
}

/*
 *     int a = 1, b, c = {2};   ->   self->a = 1; self->c = (int){2};
 *     int v[2] = {1, 2};       ->   memcpy(YIELDC_UNQUALIFIED_(self->v), (int[2]){1, 2}, sizeof self->v);
 *     cint k = 1;              ->   memcpy(YIELDC_UNQUALIFIED_(&self->k), &(cint){1}, sizeof self->k);
 *     int a;                   ->   ;
 * In a for's first clause the assignments are joined by commas.
 */
/* Statements a lowered declaration runs before one of its framed declarators. */
struct before_declarator {
    const struct node *var_decl;
    const char *text;
};
static struct before_declarator *befores;
static size_t nbefores, cap_befores;

static const char *before_declarator(const struct node *v)
{
    for (size_t i = 0; i < nbefores; i++)
        if (befores[i].var_decl == v)
            return befores[i].text;
    return "";
}

static void rewrite_decl_stmt(const struct function *fn, struct node *d)
{
    size_t pos = d->begin;
    const char *pending = "";
    bool in_for_head = d->parent && d->parent->kind == NODE_FOR && !(d->parent->lower_parts & LOWER_INIT);
    const char *join = in_for_head ? ", " : "; ";
    bool emitted = false, framed = false;
    for (struct node *v = d->child; v; v = v->next) {
        if (v->kind != NODE_VAR_DECL || !v->var->in_frame)
            continue;
        framed = true;
        if (!v->has_init)
            continue;
        const char *target = arena_printf("%s->%s", fn->self, v->var->field);
        const char *sep = arena_printf("%s%s", emitted ? join : "", before_declarator(v));
        const char *lead;
        if (needs_copy(v->var)) {
            const char *type = type_name(v->var);
            bool is_volatile = strstr(type, "volatile") != NULL;    /* the source's volatile goes too */
            lead = arena_printf("%s%smemcpy(YIELDC_UNQUALIFIED_(%s%s), %s%s(%s)%s", pending, sep,
                                v->var->is_array ? "" : "&", target, is_volatile ? "YIELDC_UNQUALIFIED_(" : "",
                                v->var->is_array ? "" : "&", type, v->init_is_list ? "" : "{");
            pending = arena_printf("%s%s, sizeof %s)", v->init_is_list ? "" : "}", is_volatile ? ")" : "", target);
        } else {
            lead = arena_printf("%s%s%s = %s", pending, sep, target,
                                v->init_is_list ? arena_printf("(%s)", type_name(v->var)) : "");
            pending = "";
        }
        add_edit(pos, v->init_begin, lead, false);
        pos = v->end;
        emitted = true;
    }
    if (!framed)
        return;
    size_t end = d->end;
    if (end > d->begin && src->text[end - 1] == ';')
        end--;
    if (pos < end || *pending)
        add_edit(pos, end, pending, false);
}

/*
 * A declaration some generated jump skips: its initializers become
 * assignments after it (analyze.c says which):
 *     int a = f(x), b;   ->   int a, b; a = (f(x));
 *     struct p q = {1};  ->   struct p q; q = (struct p){1};
 */
static void rewrite_split_declaration(struct node *d)
{
    struct buf after = {0};
    for (struct node *v = d->child; v; v = v->next) {
        if (v->kind != NODE_VAR_DECL || !v->split_init)
            continue;
        size_t eq = v->init_begin;
        while (eq > v->name_begin && src->text[eq - 1] != '=')
            eq--;
        if (eq == v->name_begin)
            continue;
        const char *init = take_rendered_through(v->init_begin, v->end, true);
        buf_printf(&after, " %s = %s%s%s%s;", v->var->name, v->init_is_list ? "(" : "",
                   v->init_is_list ? type_name(v->var) : "", v->init_is_list ? ")" : "(",
                   v->init_is_list ? arena_printf("%s", init) : arena_printf("%s)", init));
        size_t from = eq - 1;
        while (from > v->name_begin && isspace((unsigned char)src->text[from - 1]))
            from--;
        add_edit(from, v->end, "", false);
    }
    if (after.len)
        add_edit(d->end, d->end, after.data, false);
}

/* ---- YIELD, YIELD_FROM -------------------------------------------------- */

/* `sizeof(T)`; 0 for a GENERATOR(void), whose values are its sources'. */
static const char *value_size(const struct function *fn)
{
    return strcmp(fn->yield_type, "void") == 0 ? "0" : arena_printf("sizeof(%s)", fn->yield_type);
}

/* The member of the frame's union `yieldc_sub` that holds a YIELD_FROM's sub-frame. */
static const char *sub_member(const struct function *fn, const struct node *y)
{
    return arena_printf("%s->yieldc_sub.%s%d", fn->self, y->source_on_heap ? "h" : "s", y->state);
}

/* Whether a YIELD_FROM's result is copied out before its sub-frame goes: from the pool, or not its own. */
static bool result_copied(const struct node *y)
{
    return y->value_used && (y->source_on_heap || y->source_kind != SOURCE_VALUE);
}

/* What a YIELD_FROM's value reads once the sub-generator has ended. */
static const char *sub_result(const struct function *fn, const struct node *y)
{
    if (result_copied(y))
        return arena_printf("%s->yieldc_got_%d", fn->self, y->state);
    return arena_printf("%s.yieldc_result", sub_member(fn, y));
}

struct yield_text {
    const char *before, *after;
};

/*
 * The text before and after a YIELD's value (or a YIELD_FROM's source):
 *     do { *(int *)out = (v); self->it.state = 1; return YIELDC_VALUE; yieldc_resume_1:; } while (0)
 *     do { self->yieldc_sub.s2 = (g(n)); self->yieldc_deleg.sub = &self->yieldc_sub.s2.it;
 *          self->it.state = 2; return YIELDC_DELEGATE_; yieldc_resume_2: self->yieldc_deleg.sub = NULL; } while (0)
 * A YIELD_FROM hands its sub-iterator to the driver (yieldc_drive_, the
 * generator's next function), which runs it until it ends and resumes
 * this generator after it.
 */
static struct yield_text yield_text(const struct function *fn, const struct node *y)
{
    const char *self = fn->self;
    int k = y->state;
    struct yield_text t;
    if (!y->is_from) {
        t.before = arena_printf("do { *(%s *)%s = (", fn->yield_storage, fn->out);
        t.after = arena_printf("); %s->it.state = %d; return YIELDC_VALUE; yieldc_resume_%d:; } while (0)",
                               self, k, k);
        return t;
    }
    const char *sub = arena_printf("%s->yieldc_deleg.sub", self);
    const char *iter, *after = ");";
    if (y->source_kind != SOURCE_VALUE) {
        t.before = arena_printf("do { %s = (struct yieldc_iter *)%s(", sub, y->source_kind == SOURCE_LVALUE ? "&" : "");
        iter = NULL;
    } else if (y->source_on_heap) {
        struct pool_fill fill = pool_fill(fn, y, sub_member(fn, y), ";");
        t.before = arena_printf("do { %s", fill.before);
        after = arena_printf("%s;", fill.after);
        iter = arena_printf("&%s->it", sub_member(fn, y));
    } else {
        t.before = arena_printf("do { %s = (", sub_member(fn, y));
        iter = arena_printf("&%s.it", sub_member(fn, y));
    }
    struct buf b = {0};
    buf_puts(&b, after);
    if (iter)
        buf_printf(&b, " %s = %s;", sub, iter);
    buf_printf(&b, " %s->it.state = %d;", self, k);
    /* inside a chain, its own kind's frame runs here (see yieldc_climb_), from its start; that
     * frame is the pool's, out of the user's reach, so it is not marked running */
    if (y->recurses)
        buf_printf(&b, " if (%s->yieldc_deleg.up) { %s->yieldc_deleg.up = &%s->it; %s = (struct %s_frame *)(void *)(*yieldc_at = %s); "
                       "%s = NULL; goto yieldc_start; }",
                   self, sub_member(fn, y), self, self, fn->name, sub, fn->in);
    buf_printf(&b, " return YIELDC_DELEGATE_; yieldc_resume_%d:", k);
    if (result_copied(y) && y->source_on_heap)
        buf_printf(&b, " %s = %s->yieldc_result;", sub_result(fn, y), sub_member(fn, y));
    else if (result_copied(y))     /* an iterator it was given, of a generator with that result type */
        buf_printf(&b, " %s = *(const %s *)yieldc_result_sized_(%s, sizeof(%s));", sub_result(fn, y),
                   y->source_result, sub, y->source_result);
    buf_printf(&b, " %s = NULL;", sub);
    if (y->source_on_heap)
        buf_printf(&b, " %s;", pool_free(fn, sub_member(fn, y)));
    buf_puts(&b, y->from_foreach ? " } while (0);" : " } while (0)");    /* (its `}` ended the statement) */
    t.after = b.data;
    return t;
}

/* ---- YIELD inside expressions: lowered statements --------------------- */

/*
 * A statement with YIELDs inside its expressions (analyze.c plans which
 * values go into temporaries) becomes the statements that evaluate them in
 * order, then itself, with temporaries where those values were:
 *
 *     x = f(a(), YIELD(v));
 * becomes
 *     self->yieldc_tmp_1 = (a()); do { ...suspend... } while (0);
 *     x = f(self->yieldc_tmp_1, (in ? *(int const *)in : (int){0}));
 *
 * and a condition, `if (c && YIELD(v) == 3)`,
 *     self->yieldc_tmp_2 = (c) != 0; if (self->yieldc_tmp_2) { do { ... } while (0);
 *     self->yieldc_tmp_2 = ((in ? ...) == 3) != 0; } if (self->yieldc_tmp_2) ...
 * A loop whose condition holds a YIELD is turned around so that the
 * condition is evaluated where a `continue` leads:
 *     while (c) body     ->   for (;;) { ...; if (!(c)) break; body }
 *     do body while (c); ->   for (;;) { body yieldc_continue_1:; ...; if (!(c)) break; }
 */
struct lowering {
    const struct function *fn;
    struct buf *pre;            /* what runs before the statement */
};

static const char *temp_name(const struct function *fn, int k)
{
    return arena_printf("%s->yieldc_tmp_%d", fn->self, k);
}

/* The value of a YIELD, once resumed: the value sent, or a zero one; of a YIELD_FROM, the result. */
static const char *yield_value(const struct function *fn, const struct node *y)
{
    if (y->is_from)
        return sub_result(fn, y);
    return arena_printf("(%s ? *(%s const *)%s : (%s){0})", fn->in, fn->sent_storage, fn->in, fn->sent_storage);
}

static void lower_expr(struct lowering *lw, struct node *e, bool need);

/* An operand evaluated before a later YIELD: its value into its temporary, which takes its place. */
static void keep_value(struct lowering *lw, struct node *e)
{
    if (!e->temp || e->ekind == EXPR_LOGICAL || e->ekind == EXPR_CONDITIONAL)
        return;     /* those two put their value in their temporary themselves */
    const char *t = temp_name(lw->fn, e->temp);
    buf_printf(lw->pre, "%s = (%s); ", t, take_rendered(e->begin, e->end));
    add_edit(e->begin, e->end, t, false);
}

/* Lower `e` into a statement list of its own (a branch that may not run): the text of its value. */
static const char *lower_branch(struct lowering *lw, struct node *e, bool need, struct buf *into)
{
    struct buf *outer = lw->pre;
    lw->pre = into;
    lower_expr(lw, e, need);
    lw->pre = outer;
    return take_rendered(e->begin, e->end);
}

static void lower_expr(struct lowering *lw, struct node *e, bool need)
{
    const struct function *fn = lw->fn;
    if (!e || !e->has_yield)
        return;
    struct node *a = e->child, *b = a ? a->next : NULL;
    if (e->kind == NODE_YIELD) {
        struct node *value = e->child;
        while (value && value->next)
            value = value->next;
        lower_expr(lw, value, true);
        struct yield_text t = yield_text(fn, e);
        buf_printf(lw->pre, "%s%s%s; ", t.before, take_rendered(e->arg_begin, e->arg_end), t.after);
        /* a value no one reads is a void one: `(YIELD(v), n)` must not warn of a comma with no effect */
        add_edit(e->macro_begin, e->macro_end, need ? yield_value(fn, e) : "(void)0", false);
        return;
    }
    switch (e->ekind) {
    case EXPR_ASSIGN:               /* the right side first */
        if (b) {
            lower_expr(lw, b, true);
            if (a->has_yield)
                keep_value(lw, b);
            lower_expr(lw, a, true);
        }
        return;
    case EXPR_LOGICAL:
        lower_expr(lw, a, true);
        if (b && b->has_yield) {
            const char *t = temp_name(fn, e->temp);
            buf_printf(lw->pre, "%s = (%s) != 0; if (%s%s) { ", t, take_rendered(a->begin, a->end),
                       strcmp(e->op, "||") == 0 ? "!" : "", t);
            struct buf branch = {0};
            const char *value = lower_branch(lw, b, true, &branch);
            buf_printf(lw->pre, "%s%s = (%s) != 0; } ", branch.data ? branch.data : "", t, value);
            add_edit(e->begin, e->end, t, false);
        }
        return;
    case EXPR_CONDITIONAL: {
        struct node *c = b ? b->next : NULL;
        lower_expr(lw, a, true);
        if (!c || (!b->has_yield && !c->has_yield))
            return;
        const char *t = e->temp ? temp_name(fn, e->temp) : NULL;
        buf_printf(lw->pre, "if (%s) { ", take_rendered(a->begin, a->end));
        for (int i = 0; i < 2; i++) {
            struct node *branch = i ? c : b;
            struct buf text = {0};
            const char *value = lower_branch(lw, branch, need, &text);
            buf_printf(lw->pre, "%s%s%s%s); } %s", text.data ? text.data : "", t ? t : "(void)(", t ? " = (" : "",
                       value, i ? "" : "else { ");
        }
        add_edit(e->begin, e->end, t ? t : "(void)0", false);
        return;
    }
    case EXPR_COMMA:
        if (b && b->has_yield) {
            lower_expr(lw, a, false);
            buf_printf(lw->pre, "(void)(%s); ", take_rendered(a->begin, a->end));
            add_edit(a->begin, b->begin, "", false);
            lower_expr(lw, b, need);
        } else {
            lower_expr(lw, a, false);
        }
        return;
    case EXPR_PAREN:
    case EXPR_IMPLICIT:
    case EXPR_CAST:
        lower_expr(lw, a, need);
        return;
    default: {
        struct node *last = NULL;
        for (struct node *k = a; k; k = k->next)
            if (k->has_yield)
                last = k;
        for (struct node *k = a; k; k = k->next) {
            lower_expr(lw, k, true);
            if (k == last)
                return;
            keep_value(lw, k);
        }
        return;
    }
    }
}

/* Where the specifiers of a declaration end: before the first declarator's `*`, `(` or name. */
static size_t declarator_start(size_t begin, size_t name)
{
    size_t start = name, i = name;
    for (;;) {
        while (i > begin && isspace((unsigned char)src->text[i - 1]))
            i--;
        if (i > begin && (src->text[i - 1] == '*' || src->text[i - 1] == '(')) {
            start = --i;
            continue;
        }
        size_t w = i;
        while (w > begin && (isalnum((unsigned char)src->text[w - 1]) || src->text[w - 1] == '_'))
            w--;
        static const char *const qualifiers[] = { "const", "volatile", "restrict", "_Atomic" };
        bool qualifier = false;
        for (size_t q = 0; q < 4; q++)
            qualifier = qualifier || (i - w == strlen(qualifiers[q])
                                      && strncmp(src->text + w, qualifiers[q], i - w) == 0);
        if (!qualifier || w == i)
            return start;
        i = w;      /* a qualifier after a `*` belongs to the declarator; before it, to the specifiers */
    }
}

/*
 * A declaration whose initializers hold YIELDs: each declarator's YIELDs
 * run before it, after those before it are initialized. Framed
 * declarators became assignments, which take the statements in front; a
 * declaration of ordinary locals is split there:
 *     int a = f(), b = YIELD(a);   ->   int a = f(); do { ... } while (0); int b = (in ? ...);
 * Returns what runs before the whole declaration.
 */
static const char *lower_declaration(const struct function *fn, struct node *d)
{
    struct buf before = {0};
    bool framed = false, initialized = false;
    const struct node *first = NULL, *prev = NULL;
    for (const struct node *v = d->child; v; v = v->next)
        if (v->kind == NODE_VAR_DECL) {
            framed = framed || v->var->in_frame;
            first = first ? first : v;
        }
    for (struct node *v = d->child; v; v = v->next) {
        if (v->kind != NODE_VAR_DECL)
            continue;
        struct buf pre = {0};
        struct lowering lw = { fn, &pre };
        for (struct node *init = v->child; init; init = init->next)
            lower_expr(&lw, init, true);
        if (pre.len && framed) {
            *ARRAY_PUSH(befores, nbefores, cap_befores) = (struct before_declarator){ v, pre.data };
        } else if (pre.len && initialized && prev) {
            const char *specifiers = slice(d->begin, declarator_start(d->begin, first->name_begin));
            add_edit(prev->end, v->begin, arena_printf("; %s%s ", pre.data, specifiers), false);
        } else if (pre.len) {
            buf_puts(&before, pre.data);
        }
        initialized = initialized || v->has_init;
        prev = v;
    }
    if (framed)
        rewrite_decl_stmt(fn, d);
    return before.data ? before.data : "";
}


static const struct node *jump_target(const struct node *n);

/* Whether a `continue` in loop `loop` (among nodes `n`) goes to it: only then does its lowered
 * condition or step need the label yieldc_continue_N (an unused label is a warning). */
static bool continued_in(const struct node *n, const struct node *loop)
{
    for (; n; n = n->next)
        if ((n->kind == NODE_CONTINUE && jump_target(n) == loop) || continued_in(n->child, loop))
            return true;
    return false;
}

/* The label a lowered loop's `continue` goes to, where its condition or step runs, if one does. */
static const char *continue_label(const struct node *loop)
{
    return continued_in(loop->child, loop) ? arena_printf(" yieldc_continue_%d:;", loop->continue_label) : "";
}
/* The `)` that closes a head whose last part ends at `end`. */
static size_t closing_paren(size_t end)
{
    while (end < src->len && src->text[end] != ')')
        end++;
    return end;
}

static bool needs_braces(const struct node *s)
{
    enum node_kind pk = s->parent ? s->parent->kind : NODE_COMPOUND;
    return pk != NODE_COMPOUND && pk != NODE_LABEL && pk != NODE_CASE;
}

static void lower_for(const struct function *fn, struct node *f)
{
    unsigned parts = f->lower_parts;
    struct node *init = NULL, *cond = NULL, *step = NULL, *body = NULL;
    for (struct node *k = f->child; k; k = k->next) {
        if (k->begin >= f->for_rparen)
            body = k;
        else if (k->begin < f->for_semi1)
            init = k;
        else if (k->begin < f->for_semi2)
            cond = k;
        else
            step = k;
    }
    if (!body)
        return;
    struct buf pre_cond = {0}, pre_step = {0};
    const char *cond_text = NULL, *step_text = NULL;
    if (parts & LOWER_COND) {
        cond_text = lower_branch(&(struct lowering){ fn, NULL }, cond, true, &pre_cond);
        add_edit(cond->begin, cond->end, "", false);
    }
    if (parts & LOWER_STEP) {
        step_text = lower_branch(&(struct lowering){ fn, NULL }, step, false, &pre_step);
        add_edit(step->begin, step->end, "", false);
    }
    if (cond_text || step_text) {   /* around the body, and around whatever wraps the body itself */
        /* a step after a body that is not a block: in braces of its own, or compilers warn that the
         * step, on the body's last line, looks like part of an `if` or a loop that ends the body */
        bool own_braces = step_text && body->kind != NODE_COMPOUND;
        open_at(body->begin, body->stmt_end,
                arena_printf("{ %s%s%s%s", cond_text ? pre_cond.data ? pre_cond.data : "" : "",
                             cond_text ? "if (!(" : "", cond_text ? arena_printf("%s)) break; ", cond_text) : "",
                             own_braces ? "{ " : ""),
                1);
        close_at(body->stmt_end, body->begin,
                 step_text ? arena_printf("%s%s %s%s; }", own_braces ? " }" : "", continue_label(f),
                                          pre_step.data ? pre_step.data : "", step_text)
                           : " }",
                 1);
    }
    if (parts & LOWER_INIT) {
        /* the first clause moves out, in front of the loop: `{ init; for (; cond; step) body }` */
        struct buf pre = {0};
        if (init->kind == NODE_DECL_STMT) {
            buf_puts(&pre, lower_declaration(fn, init));
        } else {
            struct lowering lw = { fn, &pre };
            lower_expr(&lw, init, false);
        }
        add_edit(f->begin, f->for_lparen + 1, arena_printf("{ %s", pre.data ? pre.data : ""), false);
        add_edit(f->for_semi1, f->for_semi1 + 1, "; for (;", false);
        close_at(f->stmt_end, f->begin, " }", 0);
    }
}

/* A statement with YIELDs inside its expressions (see above). */
static void rewrite_lowered(const struct function *fn, struct node *host)
{
    struct buf pre = {0};
    struct lowering lw = { fn, &pre };
    struct node *cond = host->child;
    switch (host->kind) {
    case NODE_FOR:
        lower_for(fn, host);
        return;
    case NODE_WHILE:
        lower_expr(&lw, cond, true);
        add_edit(host->begin, cond->begin, arena_printf("for (;;) { %sif (!(", pre.data ? pre.data : ""), false);
        add_edit(cond->end, closing_paren(cond->end) + 1, ")) break;", false);
        close_at(host->stmt_end, host->begin, " }", 0);
        return;
    case NODE_DO:
        cond = host->child ? host->child->next : NULL;
        if (!cond)
            return;
        lower_expr(&lw, cond, true);
        add_edit(host->begin, host->begin + 2, "for (;;) {", false);
        add_edit(host->child->stmt_end, cond->begin,
                 arena_printf("%s %sif (!(", continue_label(host), pre.data ? pre.data : ""), false);
        add_edit(cond->end, host->stmt_end, ")) break; }", false);
        return;
    case NODE_DECL_STMT:
        buf_puts(&pre, lower_declaration(fn, host));
        break;
    case NODE_FOREACH:
        for (struct node *k = host->child; k; k = k->next)
            if (k->begin >= host->arg_begin && k->end <= host->arg_end)
                lower_expr(&lw, k, true);
        break;
    case NODE_IF:
    case NODE_SWITCH:
    case NODE_RETURN:
        lower_expr(&lw, cond, true);
        break;
    case NODE_YIELD: {
        struct node *value = host->child;
        while (value && value->next)
            value = value->next;
        lower_expr(&lw, value, true);
        break;
    }
    default:
        lower_expr(&lw, host, false);     /* an expression statement */
        break;
    }
    if (!pre.len)
        return;
    bool braces = needs_braces(host) || host->kind == NODE_IF || host->kind == NODE_SWITCH
                  || host->kind == NODE_FOREACH;
    open_at(host->begin, host->stmt_end, arena_printf("%s%s", braces ? "{ " : "", pre.data), 0);
    if (braces)
        close_at(host->stmt_end, host->begin, " }", 0);
}

/* ---- cleanups: DEFER, FOREACH frames, YIELD_FROM sub-iterators ---------- */

/*
 * Every cleanup is one block of code, reached by goto: a DEFER's where the
 * DEFER is written (its statement exists once, and names in it mean what
 * they mean there), the others after the body. A block left by `break`,
 * `continue`, `goto` or its end sets `yieldc_then` to a number of its own
 * and jumps to the innermost cleanup pending; each cleanup runs, then jumps
 * to the next one out, or back to the exit that wanted it:
 *
 *     { yieldc_then = 2; goto yieldc_cleanup_1; yieldc_then_2: break; }
 *     ...
 *     if (0) { yieldc_cleanup_1: if (self->yieldc_armed[1]) { self->yieldc_armed[1] = 0; free(p); }
 *              switch (yieldc_then) { case 2: goto yieldc_then_2; default: goto yieldc_cleanup_0; } }
 *
 * A `return`, and a close while suspended (yieldc_close), go through every
 * cleanup pending, innermost first, to the end (`yieldc_then` 0).
 */
struct chains {
    int nsites;
    struct buf *ends;           /* per cleanup: the `case` lines of the exits it ends */
    bool uses_end;              /* something jumps to yieldc_end */
    bool uses_then;             /* an exit goes through cleanups */
};
static struct chains chains;

const struct node *label_named(const struct node *n, const char *name)
{
    for (; n; n = n->next) {
        if (n->kind == NODE_LABEL && n->label && strcmp(n->label, name) == 0)
            return n;
        const struct node *l = label_named(n->child, name);
        if (l)
            return l;
    }
    return NULL;
}

/* The loop or switch a break (or continue) leaves. */
static const struct node *jump_target(const struct node *n)
{
    for (const struct node *p = n->parent; p; p = p->parent) {
        bool loop = p->kind == NODE_WHILE || p->kind == NODE_DO || p->kind == NODE_FOR || p->kind == NODE_FOREACH;
        if (loop || (n->kind == NODE_BREAK && p->kind == NODE_SWITCH))
            return p;
    }
    return NULL;
}

/* The cleanup a close (or anything leaving it) goes to after cleanup `at`, or NULL; with
 * `self_too`, the cleanup of `at` itself (a YIELD_FROM) when it has one. */
static const struct cleanup *innermost_cleanup(const struct function *fn, const struct node *at, bool self_too)
{
    const struct cleanup *best = NULL;
    for (int i = 0; i < fn->ncleanups; i++) {
        const struct cleanup *c = &fn->cleanups[i];
        if (self_too && c->node == at)
            return c;
        if (c->node->begin < at->begin && contains(c->scope, at) && (!best || c->node->begin > best->node->begin))
            best = c;
    }
    return best;
}

/*
 * The cleanups an exit `n` runs, innermost first: the first is returned,
 * the last in `*last` (the one that sends the exit back). A return leaves
 * every block; a break, a continue or a goto the ones its target is not in.
 */
static const struct cleanup *exit_chain(const struct function *fn, const struct node *n, const struct cleanup **last)
{
    const struct node *target = n->kind == NODE_BREAK || n->kind == NODE_CONTINUE ? jump_target(n) : NULL;
    const struct node *label = n->kind == NODE_GOTO && n->label ? label_named(fn->body, n->label) : NULL;
    const struct cleanup *first = NULL;
    *last = NULL;
    for (int i = fn->ncleanups - 1; i >= 0; i--) {
        const struct cleanup *c = &fn->cleanups[i];
        if (c->node->kind == NODE_YIELD || c->node->begin >= n->begin || !contains(c->scope, n))
            continue;
        if (target && (c->scope == target || !contains(target, c->scope)))
            continue;
        if (n->kind == NODE_GOTO && (!label || contains(c->scope, label)))
            continue;
        if (!first)
            first = c;
        *last = c;
    }
    return first;
}

static const char *cleanup_label(const struct function *fn, const struct cleanup *c)
{
    return arena_printf("yieldc_cleanup_%d", (int)(c - fn->cleanups));
}

/* A new exit number whose chain ends at cleanup `last`: `yieldc_then_N` is where it goes back to. */
static int new_site(const struct function *fn, const struct cleanup *last)
{
    int site = ++chains.nsites;
    chains.uses_then = true;
    buf_printf(&chains.ends[last - fn->cleanups], "case %d: goto yieldc_then_%d; ", site, site);
    return site;
}

/* Where the chain goes after cleanup `c`: switch to the exits it ends, else outward. */
static const char *cleanup_dispatch(const struct function *fn, const struct cleanup *c)
{
    const struct cleanup *next = innermost_cleanup(fn, c->node, false);
    const char *out = next ? arena_printf("goto %s;", cleanup_label(fn, next)) : "goto yieldc_end;";
    if (!next)
        chains.uses_end = true;
    const struct buf *ends = &chains.ends[c - fn->cleanups];
    if (!ends->len)
        return out;
    return arena_printf("switch (yieldc_then) { %sdefault: %s }", ends->data, out);
}

/* What cleanup `c` undoes (a DEFER's statement stays where it is written). */
static const char *cleanup_undo(const struct function *fn, const struct cleanup *c)
{
    const struct node *n = c->node;
    const char *self = fn->self;
    int i = (int)(c - fn->cleanups);
    if (n->kind == NODE_YIELD) {
        const char *sub = arena_printf("%s->yieldc_deleg.sub", self);
        if (n->source_kind != SOURCE_VALUE)
            return arena_printf("yieldc_unchain_(%s);", sub);
        if (!n->source_on_heap)
            return arena_printf("yieldc_close_sub_(%s);", sub);
        return arena_printf("yieldc_close_sub_(%s); %s;", sub, pool_free(fn, sub_member(fn, n)));
    }
    const char *m = arena_printf("%s->yieldc_src_%u", self, n->foreach_index);
    const char *close = n->source_on_heap ? arena_printf("yieldc_close(&%s->it); %s;", m, pool_free(fn, m))
                                          : arena_printf("yieldc_close(&%s.it);", m);
    return arena_printf("if (%s) { %s = 0; %s }", armed(fn, i), armed(fn, i), close);
}

/*
 *     DEFER(free(p));
 * becomes, on its line,
 *     self->yieldc_armed[0] = 1; if (0) { yieldc_cleanup_0: if (self->yieldc_armed[0]) {
 *     self->yieldc_armed[0] = 0; free(p); } goto yieldc_end; }
 */
static void rewrite_defer(const struct function *fn, struct node *d)
{
    const struct cleanup *c = &fn->cleanups[d->cleanup];
    const char *on = armed(fn, d->cleanup);
    add_edit(d->macro_begin, d->arg_begin,
             arena_printf("%s = 1; if (0) { %s: if (%s) { %s = 0; ", on, cleanup_label(fn, c), on, on), false);
    add_edit(d->arg_end, d->stmt_end, arena_printf("; } %s }", cleanup_dispatch(fn, c)), false);
}

/*
 * A chain of cleanups goes back to its exit from the last cleanup: from
 * where that DEFER is written, or from after the body. C forbids that jump
 * into the scope of a variably modified local (a VLA) declared between the
 * two. The declaration statement of the first such local, in the outermost
 * block that has one, or NULL when there is none.
 */
static const struct node *vla_in_the_way(const struct function *fn, size_t exit_at, const struct cleanup *last)
{
    size_t from = last->node->kind == NODE_DEFER ? last->node->begin : (size_t)-1;
    const struct node *found = NULL;
    for (const struct var *v = fn->locals; v; v = v->next) {
        const struct node *stmt = v->is_vla && v->decl ? v->decl->parent : NULL;
        if (!stmt || stmt->kind != NODE_DECL_STMT || !stmt->parent || stmt->parent->kind != NODE_COMPOUND)
            continue;
        const struct node *block = stmt->parent;
        bool at_exit = stmt->begin < exit_at && exit_at < block->end;
        bool at_from = from != (size_t)-1 && stmt->begin < from && from < block->end;
        if (at_exit && !at_from
            && (!found || block->begin < found->parent->begin || (block == found->parent && stmt->begin < found->begin)))
            found = stmt;
    }
    return found;
}

/*
 * The way back then: the rest of the block, from that declaration on, in
 * a block of its own, and `landing` after it (outside the local's scope):
 *     { int buf[n]; ... { yieldc_then = 1; goto yieldc_cleanup_0; } ... } if (0) { yieldc_then_1: break; }
 */
static void land_after_vla(const struct node *vla_decl, const char *landing)
{
    const struct node *block = vla_decl->parent;
    open_at(vla_decl->begin, block->end - 1, "{ ", 0);
    /* after what else ends the block there (the chain of its own DEFERs) */
    close_at(block->end - 1, vla_decl->begin, arena_printf("} %s ", landing),
             2 * (long)(vla_decl->begin - block->begin) + 1);
}

/* What an exit does: `return` ends the generator at yieldc_end. */
static void rewrite_exit(const struct function *fn, struct node *n)
{
    const struct cleanup *last, *first = exit_chain(fn, n, &last);
    const struct node *vla = first && n->kind != NODE_RETURN ? vla_in_the_way(fn, n->begin, last) : NULL;
    const char *go;
    if (n->kind == NODE_RETURN) {
        /* after the walk: `yieldc_then` is set only where some cleanup reads it */
        bool then = first && chains.nsites;
        go = first ? arena_printf("%sgoto %s;", then ? "yieldc_then = 0; " : "", cleanup_label(fn, first))
                   : "goto yieldc_end;";
        chains.uses_end = chains.uses_end || !first;
        if (n->has_value && n->child) {
            add_edit(n->begin, n->child->begin, arena_printf("{ %s->yieldc_result = (", fn->self), false);
            add_edit(n->child->end, n->stmt_end, arena_printf("); %s }", go), false);
        } else {
            add_edit(n->begin, n->stmt_end, first ? arena_printf("{ %s }", go) : go, false);
        }
    } else if (vla) {
        int site = new_site(fn, last);
        const struct node *loop = n->kind == NODE_CONTINUE ? jump_target(n) : NULL;
        const char *jump = loop && loop->continue_label ? arena_printf("goto yieldc_continue_%d;", loop->continue_label)
                                                        : slice(n->begin, n->stmt_end);
        add_edit(n->begin, n->stmt_end, arena_printf("{ yieldc_then = %d; goto %s; }", site, cleanup_label(fn, first)),
                 false);
        land_after_vla(vla, arena_printf("if (0) { yieldc_then_%d: %s }", site, jump));
    } else if (n->kind == NODE_CONTINUE && jump_target(n) && jump_target(n)->continue_label) {
        /* the loop was lowered: its condition or step runs at yieldc_continue_N */
        int site = first ? new_site(fn, last) : 0;
        const char *go = arena_printf("goto yieldc_continue_%d", jump_target(n)->continue_label);
        if (first)
            open_at(n->begin, n->stmt_end, arena_printf("{ yieldc_then = %d; goto %s; yieldc_then_%d: ", site,
                                                        cleanup_label(fn, first), site), 0);
        add_edit(n->begin, n->begin + strlen("continue"), go, false);
        if (first)
            close_at(n->stmt_end, n->begin, " }", 0);
    } else if (first) {
        int site = new_site(fn, last);
        open_at(n->begin, n->stmt_end,
                arena_printf("{ yieldc_then = %d; goto %s; yieldc_then_%d: ", site, cleanup_label(fn, first), site), 0);
        close_at(n->stmt_end, n->begin, " }", 0);
    }
}

/* A condition written as a constant (`1`, `0`, `true`, `(1)`), or none at all. */
static enum loop_test constant_condition(const char *t, size_t b, size_t e)
{
    while (b < e && (isspace((unsigned char)t[b]) || t[b] == '('))
        b++;
    while (e > b && (isspace((unsigned char)t[e - 1]) || t[e - 1] == ')'))
        e--;
    if (b == e)
        return LOOP_ALWAYS;
    if (e - b == 4 && strncmp(t + b, "true", 4) == 0)
        return LOOP_ALWAYS;
    if (e - b == 5 && strncmp(t + b, "false", 5) == 0)
        return LOOP_NEVER;
    bool zero = true;
    for (size_t i = b; i < e; i++) {
        if (!isdigit((unsigned char)t[i]) && !strchr("uUlL", t[i]))
            return LOOP_TESTS;
        zero = zero && !(t[i] >= '1' && t[i] <= '9');
    }
    return zero ? LOOP_NEVER : LOOP_ALWAYS;
}

enum loop_test loop_test(const struct source *src, const struct node *n)
{
    const char *t = src->text;
    if (n->kind == NODE_WHILE && n->child)
        return constant_condition(t, n->child->begin, n->child->end);
    if (n->kind == NODE_DO && n->child && n->child->next)
        return constant_condition(t, n->child->next->begin, n->child->next->end);
    if (n->kind != NODE_FOR)
        return LOOP_TESTS;
    /* for (init; condition; step): libclang leaves out an absent condition, so read the text */
    size_t i = n->begin, semicolons[2], k = 0;
    while (i < n->end && t[i] != '(')
        i++;
    for (int depth = 0; i < n->end && k < 2; i++) {
        if (t[i] == '(')
            depth++;
        else if (t[i] == ')')
            depth--;
        else if (t[i] == ';' && depth == 1)
            semicolons[k++] = i;
    }
    return k == 2 ? constant_condition(t, semicolons[0] + 1, semicolons[1]) : LOOP_TESTS;
}

/* A `break` under `n` that leaves `loop` (not an inner loop or switch). */
static bool breaks_out(const struct node *loop, const struct node *n)
{
    for (; n; n = n->next) {
        if (n->kind == NODE_BREAK) {
            const struct node *p = n->parent;
            while (p && p != loop && p->kind != NODE_WHILE && p->kind != NODE_DO && p->kind != NODE_FOR
                   && p->kind != NODE_FOREACH && p->kind != NODE_SWITCH)
                p = p->parent;
            if (p == loop)
                return true;
        }
        if (breaks_out(loop, n->child))
            return true;
    }
    return false;
}

/* A statement after which nothing runs: a jump, or a `for (;;)` or `while (1)` no `break` leaves. */
static bool never_completes(const struct node *n)
{
    if (n->kind == NODE_BREAK || n->kind == NODE_CONTINUE || n->kind == NODE_RETURN || n->kind == NODE_GOTO)
        return true;
    return (n->kind == NODE_WHILE || n->kind == NODE_DO || n->kind == NODE_FOR) && loop_test(src, n) == LOOP_ALWAYS
           && !breaks_out(n, n->child);
}

/*
 * The end of a block with DEFERs runs them, last first, unless nothing
 * reaches it: after a jump (which ran them) or an endless loop, the jump
 *     yieldc_then = 1; goto yieldc_cleanup_0; yieldc_then_1:;
 * would be code that never runs (clang -Wunreachable-code).
 */
static void rewrite_block_end(const struct function *fn, const struct node *block)
{
    const struct node *lastn = block->child;
    while (lastn && lastn->next)
        lastn = lastn->next;
    if (lastn && never_completes(lastn))
        return;
    const struct cleanup *first = NULL, *last = NULL;
    for (int i = fn->ncleanups - 1; i >= 0; i--)
        if (fn->cleanups[i].scope == block && fn->cleanups[i].node->kind == NODE_DEFER) {
            if (!first)
                first = &fn->cleanups[i];
            last = &fn->cleanups[i];
        }
    if (!first)
        return;
    int site = new_site(fn, last);
    const struct node *vla = vla_in_the_way(fn, block->end - 1, last);
    close_at(block->end - 1, block->begin,
             arena_printf(vla ? "yieldc_then = %d; goto %s; " : "yieldc_then = %d; goto %s; yieldc_then_%d:; ", site,
                          cleanup_label(fn, first), site),
             0);
    if (vla)
        land_after_vla(vla, arena_printf("yieldc_then_%d:;", site));
}

/* The cleanups that are not DEFERs, after the body: reached from an exit or a close. */
static const char *cleanup_blocks(const struct function *fn)
{
    struct buf b = {0};
    for (int i = 0; i < fn->ncleanups; i++) {
        const struct cleanup *c = &fn->cleanups[i];
        if (c->node->kind == NODE_DEFER)
            continue;
        buf_printf(&b, "%s:\n    %s\n    %s\n", cleanup_label(fn, c), cleanup_undo(fn, c), cleanup_dispatch(fn, c));
    }
    return b.data ? b.data : "";
}

/* Whether yieldc_close has anything to do for `fn`: cleanups to run, a pool to free. */
static bool closes(const struct function *fn)
{
    return fn->ncleanups > 0 || fn->has_pool;
}

bool close_has_work(const struct function *fn)
{
    return closes(fn) || fn->delegates;
}

/* ---- the walk over a body ----------------------------------------------- */

struct body_ctx {
    const struct function *fn;
    struct node **later;        /* DEFERs and returns: rewritten after the walk */
    size_t nlater, cap_later;
};

/* A use in the type of a frame local's declarator (`char b[sizeof n]`): the
 * rewrite drops that text, keeping only the initializer. */
static bool in_removed_declarator(const struct node *n)
{
    for (const struct node *p = n->parent; p; p = p->parent)
        if (p->kind == NODE_VAR_DECL)
            return p->var->in_frame && !(p->has_init && n->name_begin >= p->init_begin);
    return false;
}

static bool under_foreach_decl(const struct node *n)
{
    for (const struct node *p = n->parent; p && p->parent; p = p->parent)
        if (p->kind == NODE_DECL_STMT && p->parent->kind == NODE_FOREACH)
            return true;
    return false;
}

static void rewrite_generator_node(struct node *n, struct body_ctx *ctx)
{
    const struct function *fn = ctx->fn;
    switch (n->kind) {
    case NODE_DECL_REF:
        if (n->var->in_frame && !under_foreach_decl(n) && !in_removed_declarator(n))
            add_edit(n->name_begin, n->name_begin + strlen(n->var->name),
                     arena_printf("%s->%s", fn->self, n->var->field), false);
        break;
    case NODE_DECL_STMT:
        if (n->moves_before_frame)
            add_edit(n->begin, n->end, "", false);     /* moved before the frame */
        else if (!(n->parent && n->parent->kind == NODE_FOREACH) && !n->lower_parts
                 && !(n->parent && (n->parent->lower_parts & LOWER_INIT)))
            rewrite_decl_stmt(fn, n);   /* a lowered one is rewritten when it is lowered */
        for (const struct node *v = n->child; v; v = v->next)
            if (v->kind == NODE_VAR_DECL && v->split_init) {    /* once its initializers are rewritten */
                *ARRAY_PUSH(ctx->later, ctx->nlater, ctx->cap_later) = n;
                break;
            }
        break;
    case NODE_COMPOUND_LITERAL:
        if (n->literal_copy) {
            /* (int[]){1, 2}  ->  (*(int (*)[2])memcpy(YIELDC_UNQUALIFIED_(&self->yieldc_lit_1), &(int[]){1, 2}, sizeof ...)) */
            const struct type_spelling *t = &fn->literals[n->literal_copy - 1].type;
            const char *lit = arena_printf("%s->yieldc_lit_%d", fn->self, n->literal_copy);
            open_at(n->begin, n->end,
                    arena_printf("(*(%s(*)%s)memcpy(YIELDC_UNQUALIFIED_(&%s), &", t->prefix, t->suffix, lit), 0);
            close_at(n->end, n->begin, arena_printf(", sizeof %s))", lit), 0);
        }
        break;
    case NODE_DEFER:
        if (n->cleanup >= 0)    /* once every exit is numbered: its text names those it ends */
            *ARRAY_PUSH(ctx->later, ctx->nlater, ctx->cap_later) = n;
        break;
    case NODE_RETURN:
        *ARRAY_PUSH(ctx->later, ctx->nlater, ctx->cap_later) = n;
        break;
    case NODE_BREAK:
    case NODE_CONTINUE:
    case NODE_GOTO:
        rewrite_exit(fn, n);
        break;
    case NODE_COMPOUND:
        rewrite_block_end(fn, n);
        break;
    case NODE_YIELD:
        if (!n->statement) {    /* a statement of its own; one inside an expression is lowered */
            struct yield_text t = yield_text(fn, n);
            add_edit(n->macro_begin, n->arg_begin, t.before, false);
            add_edit(n->arg_end, n->macro_end, t.after, false);
        }
        break;
    default:
        break;
    }
}

static void rewrite_within(struct node *n, size_t begin, size_t end, struct body_ctx *ctx);

static void rewrite_node(struct node *n, struct body_ctx *ctx)
{
    for (; n; n = n->next) {
        if (n->kind == NODE_FOREACH)
            rewrite_foreach(ctx->fn, n);
        if (ctx->fn->is_generator)
            rewrite_generator_node(n, ctx);
        if (n->kind != NODE_GENEXPR) {
            rewrite_node(n->child, ctx);
            continue;
        }
        /* a GENEXPR's value and condition moved into its own function: only its source stays */
        rewrite_within(n->child, n->arg_begin, n->arg_end, ctx);
    }
}

/* The nodes written within [begin, end), under wrappers (parentheses) from a macro's body. */
static void rewrite_within(struct node *n, size_t begin, size_t end, struct body_ctx *ctx)
{
    for (; n; n = n->next) {
        if (n->begin >= begin && n->end <= end && n->end > n->begin) {
            struct node *next = n->next;
            n->next = NULL;
            rewrite_node(n, ctx);
            n->next = next;
        } else {
            rewrite_within(n->child, begin, end, ctx);
        }
    }
}

/* ---- GENEXPR ------------------------------------------------------------ */

struct genexpr {
    const struct node *n;
    const struct var **captured;    /* the outer variables its value and condition name */
    size_t ncaptured, cap_captured;
};

static void find_captures(struct genexpr *g, const struct node *n, size_t begin, size_t end)
{
    for (; n; n = n->next) {
        if (n->kind == NODE_DECL_REF && n->name_begin >= begin && n->name_begin < end
            && n->var != g->n->genexpr_var) {
            bool seen = false;
            for (size_t i = 0; i < g->ncaptured; i++)
                seen = seen || g->captured[i] == n->var;
            if (!seen)
                *ARRAY_PUSH(g->captured, g->ncaptured, g->cap_captured) = n->var;
        }
        find_captures(g, n->child, begin, end);
    }
}

static const char *declarator(const struct var *v, const char *name)
{
    return arena_printf("%s%s%s", v->type.prefix, name, v->type.suffix);
}

/* The struct of a GENEXPR, guarded, for the output and the generated header. */
static void genexpr_definition(struct buf *b, const struct node *n)
{
    struct genexpr g = { n, NULL, 0, 0 };
    find_captures(&g, n->child, n->value_begin, n->value_end);
    if (n->cond_end)
        find_captures(&g, n->child, n->cond_begin, n->cond_end);
    const char *name = n->genexpr_struct;
    const struct var *x = n->genexpr_var;
    unsigned line, col;
    source_line_col(src, n->macro_begin, &line, &col);
    buf_printf(b, "/* The GENEXPR of line %u: its source, its variable, the outer variables it copies. */\n"
                  "#ifndef YIELDC_GENEXPR_%s\n#define YIELDC_GENEXPR_%s\n", line, name, name);
    if (n->source_on_heap)
        buf_printf(b, "%s;\n", n->source_type);
    buf_printf(b, "struct %s {\n    struct yieldc_iter it;\n", name);
    if (n->source_on_heap)      /* its frame is not complete here: it comes from the generator's pool */
        buf_printf(b, "    %s *yieldc_src;\n    struct yieldc_pool_ *yieldc_pool;\n    size_t yieldc_src_size;\n",
                   n->source_type);
    else if (n->source_kind == SOURCE_VALUE)
        buf_printf(b, "    %s yieldc_src;\n", n->source_type);
    else
        buf_puts(b, "    struct yieldc_iter *yieldc_src;\n");
    buf_printf(b, "    %s;\n", declarator(x, x->name));
    for (size_t i = 0; i < g.ncaptured; i++)
        buf_printf(b, "    %s;\n", declarator(g.captured[i], g.captured[i]->name));
    buf_puts(b, "};\n#endif\n\n");
}

/* Whether `name` is in `done` (a list of lines); adds it if not. */
static bool remembered(struct buf *done, const char *name)
{
    const char *key = arena_printf("\n%s\n", name);
    if (done->data && strstr(done->data, key))
        return true;
    buf_puts(done, key);
    return false;
}

static void frame_dependency(struct buf *b, const struct unit *unit, const struct function *fn, const char *name,
                             struct buf *done);

static void genexpr_dependencies(struct buf *b, const struct unit *unit, const struct node *n, struct buf *done)
{
    for (; n; n = n->next) {
        genexpr_dependencies(b, unit, n->child, done);     /* a nested one first */
        if (n->kind == NODE_GENEXPR && n->macro_end && n->genexpr_var
            && !remembered(done, n->genexpr_struct)) {
            if (n->source_generator && !n->source_on_heap)
                for (const struct function *g = unit->functions; g; g = g->next)
                    if (g->is_generator && g->body && strcmp(g->name, n->source_generator) == 0)
                        frame_dependencies(b, unit, g, done);
            genexpr_definition(b, n);
        }
    }
}

void frame_dependencies(struct buf *b, const struct unit *unit, const struct function *fn, struct buf *done)
{
    genexpr_dependencies(b, unit, fn->body, done);
    for (int i = 0; i < fn->nyields; i++) {
        const struct node *y = fn->yield_nodes[i];
        if (y->is_from && y->source_generator && !y->source_on_heap)
            frame_dependency(b, unit, fn, y->source_generator, done);
    }
    for (const struct var *v = fn->locals; v; v = v->next)     /* frames of other generators kept in its own */
        if (v->in_frame && v->frame_of)
            frame_dependency(b, unit, fn, v->frame_of, done);
}

/* The frame of generator `name`, of this file, which the frame of `fn` holds: defined first. */
static void frame_dependency(struct buf *b, const struct unit *unit, const struct function *fn, const char *name,
                             struct buf *done)
{
    for (const struct function *g = unit->functions; g; g = g->next)
        if (g->is_generator && g->body && g != fn && strcmp(g->name, name) == 0
            && !remembered(done, arena_printf("frame %s", g->name))) {
            frame_dependencies(b, unit, g, done);
            frame_definition(b, g);
        }
}

/* The text of [begin, end) with every variable it names read from the GENEXPR's struct. */
static void put_in_genexpr(struct buf *b, const struct node *n, size_t *pos, size_t end)
{
    for (; n; n = n->next) {
        if (n->kind == NODE_DECL_REF && n->name_begin >= *pos && n->name_begin < end) {
            buf_add(b, src->text + *pos, n->name_begin - *pos);
            buf_printf(b, "self->%s", n->var->name);
            *pos = n->name_begin + strlen(n->var->name);
        }
        put_in_genexpr(b, n->child, pos, end);
    }
}

static const char *genexpr_text(const struct node *g, size_t begin, size_t end)
{
    struct buf b = {0};
    size_t pos = begin;
    put_in_genexpr(&b, g->child, &pos, end);
    buf_add(&b, src->text + pos, end - pos);
    for (char *c = b.data; *c; c++)
        if (*c == '\n' || *c == '\r')
            *c = ' ';
    return b.data;
}

/* Where the GENEXPRs of `fn` are defined: before its frame, or before the function. */
static size_t genexprs_at(const struct function *fn)
{
    return fn->is_generator ? fn->frame_at : fn->begin;
}

/*
 * GENEXPR(x * x, int x, range(0, 10, 1)) becomes a small iterator defined
 * before the function that uses it:
 *     struct yieldc_genexpr_1 { struct yieldc_iter it; struct range_frame yieldc_src; int x; };
 *     static enum yieldc_status yieldc_genexpr_1_next(...)   -- x * x for each x of the source
 * and, where it was written, a call that fills one in a compound literal:
 *     (*yieldc_genexpr_1_make(&(struct yieldc_genexpr_1){ ... }, (range(0, 10, 1))))
 * The source is evaluated there; the outer variables the value and the
 * condition name are copied there too (they are read from the copies).
 */
static void rewrite_genexpr(const struct function *fn, const struct node *n, struct buf *defs)
{
    struct genexpr g = { n, NULL, 0, 0 };
    find_captures(&g, n->child, n->value_begin, n->value_end);
    if (n->cond_end)
        find_captures(&g, n->child, n->cond_begin, n->cond_end);
    const char *name = n->genexpr_struct;
    bool owned = n->source_kind == SOURCE_VALUE;
    const char *src_decl = owned ? arena_printf("%s yieldc_src", n->source_type) : "struct yieldc_iter *yieldc_src";
    const char *iter = owned ? "&self->yieldc_src.it" : "self->yieldc_src";
    const struct var *x = n->genexpr_var;

    genexpr_definition(defs, n);
    if (n->source_on_heap) {    /* closed, or ended: its source's frame goes back to the pool */
        iter = "(struct yieldc_iter *)self->yieldc_src";
        buf_printf(defs, "static void %s_close(struct yieldc_iter *it)\n{\n"
                         "    struct %s *self = (struct %s *)(void *)it;\n    if (!self->yieldc_src)\n        return;\n"
                         "    yieldc_close(%s);\n"
                         "    yieldc_pool_free_(self->yieldc_pool, self->yieldc_src, self->yieldc_src_size);\n"
                         "    self->yieldc_src = NULL;\n}\n\n", name, name, name, iter);
    }
    /* a generator of the file declared before these definitions: its next function directly */
    const struct function *from = source_function(n);
    const char *direct = from ? next_function(from, genexprs_at(fn)) : NULL;
    const char *step = direct ? arena_printf("yieldc_call_(%s, %s, NULL, &self->%s)", iter, direct, x->name)
                              : arena_printf("yieldc_foreach_next_(%s, &self->%s, sizeof self->%s)", iter, x->name,
                                             x->name);
    buf_printf(defs, "static enum yieldc_status %s_next(struct yieldc_iter *it, const void *in, void *out)\n{\n"
                     "    struct %s *self = (struct %s *)(void *)it;\n    (void)in;\n"
                     "    self->it.state = YIELDC_STATE_RUNNING;\n"
                     "    while (%s%s == YIELDC_VALUE) {\n",
               name, name, name, n->source_on_heap ? "self->yieldc_src && " : "", step);
    /* the user's condition and value, each on the line (#line) where the user wrote it */
    if (n->cond_end)
        buf_printf(defs, "%s%zu\n        if (!(%s))\n" LINE_MARK_GENERATED "\n            continue;\n",
                   LINE_MARK_SOURCE, n->cond_begin, genexpr_text(n, n->cond_begin, n->cond_end));
    buf_printf(defs, "%s%zu\n        *(%s *)out = (%s);\n" LINE_MARK_GENERATED "\n"
                     "        self->it.state = 1;\n        return YIELDC_VALUE;\n    }\n%s    return YIELDC_END;\n}\n\n",
               LINE_MARK_SOURCE, n->value_begin, n->value_type, genexpr_text(n, n->value_begin, n->value_end),
               n->source_on_heap ? arena_printf("    %s_close(&self->it);\n", name) : "");
    if (owned && !n->source_on_heap)
        buf_printf(defs, "static void %s_close(struct yieldc_iter *it)\n{\n"
                         "    yieldc_close(&((struct %s *)(void *)it)->yieldc_src.it);\n}\n\n", name, name);
    buf_printf(defs, "static const struct yieldc_ops %s_ops = {\n    .next = %s_next, .value_size = sizeof(%s), "
                     ".name = \"GENEXPR\"%s%s%s\n};\n\n",
               name, name, n->value_type, owned ? ", .close = " : "", owned ? name : "", owned ? "_close" : "");
    if (n->source_on_heap)      /* the pool's memory now, the source's frame by genexpr_fill */
        src_decl = "struct yieldc_pool_ **yieldc_pool, const struct yieldc_iter *yieldc_owner, size_t yieldc_size";
    buf_printf(defs, "static struct %s *%s_make(struct %s *self, %s", name, name, name, src_decl);
    for (size_t i = 0; i < g.ncaptured; i++)
        buf_printf(defs, ", %s", declarator(g.captured[i], g.captured[i]->name));
    if (n->source_on_heap)
        buf_puts(defs, ")\n{\n    self->yieldc_src = yieldc_pool_alloc_(yieldc_pool, yieldc_owner, yieldc_size);\n"
                       "    self->yieldc_pool = *yieldc_pool;\n    self->yieldc_src_size = yieldc_size;\n");
    else
        buf_puts(defs, ")\n{\n    self->yieldc_src = yieldc_src;\n");
    for (size_t i = 0; i < g.ncaptured; i++)
        buf_printf(defs, "    self->%s = %s;\n", g.captured[i]->name, g.captured[i]->name);
    buf_puts(defs, "    return self;\n}\n\n");
    if (n->source_on_heap)
        buf_printf(defs, "static struct %s *%s_fill(struct %s *self, %s yieldc_src);\n\n", name, name, name,
                   n->source_type);

    struct buf captures = {0};
    for (size_t i = 0; i < g.ncaptured; i++) {
        const struct var *v = g.captured[i];
        if (fn->is_generator && v->in_frame)
            buf_printf(&captures, ", %s->%s", fn->self, v->field);
        else
            buf_printf(&captures, ", %s", v->name);
    }
    const char *literal = arena_printf("&(struct %s){ .it = YIELDC_ITER_INIT(&%s_ops) }", name, name);
    if (n->source_on_heap) {
        add_edit(n->macro_begin, n->arg_begin,
                 arena_printf("(*%s_fill(%s_make(%s, &%s->yieldc_pool, &%s->it, sizeof(%s)%s), (", name, name, literal,
                              fn->self, fn->self, n->source_type, captures.data ? captures.data : ""), false);
        add_edit(n->arg_end, n->macro_end, ")))", false);
        return;
    }
    const char *take = owned ? "(" : n->source_kind == SOURCE_POINTER ? "(struct yieldc_iter *)(" : "(struct yieldc_iter *)&(";
    add_edit(n->macro_begin, n->arg_begin, arena_printf("(*%s_make(%s, %s", name, literal, take), false);
    add_edit(n->arg_end, n->macro_end, arena_printf(")%s))", captures.data ? captures.data : ""), false);
}

/*
 * A GENEXPR whose source's frame comes from the pool: the function that
 * fills that frame, where its type is complete (before the generator's
 * constructor), with the pool handed down to a generator that has one.
 */
static void genexpr_fill(struct buf *b, const struct node *n)
{
    for (; n; n = n->next) {
        if (n->kind == NODE_GENEXPR && n->macro_end && n->genexpr_var && n->source_on_heap) {
            const char *name = n->genexpr_struct;
            const struct function *g = generator_named(unit, n->source_generator);
            buf_printf(b, "static struct %s *%s_fill(struct %s *self, %s yieldc_src)\n{\n"
                          "    *self->yieldc_src = yieldc_src;\n", name, name, name, n->source_type);
            if (g && g->has_pool)
                buf_puts(b, "    self->yieldc_src->yieldc_pool = self->yieldc_pool;\n");
            buf_puts(b, "    return self;\n}\n\n");
        }
        genexpr_fill(b, n->child);
    }
}

static void collect_genexprs(const struct function *fn, const struct node *n, const struct node ***list,
                             size_t *len, size_t *cap)
{
    for (; n; n = n->next) {
        if (n->kind == NODE_GENEXPR && n->macro_end && n->genexpr_var)
            *ARRAY_PUSH(*list, *len, *cap) = n;
        collect_genexprs(fn, n->child, list, len, cap);
    }
}

/* Every GENEXPR of a function, defined before it (a nested one first). */
static void rewrite_genexprs(const struct function *fn)
{
    const struct node **list = NULL;
    size_t len = 0, cap = 0;
    collect_genexprs(fn, fn->body, &list, &len, &cap);
    if (!len)
        return;
    struct buf defs = {0};
    for (size_t i = len; i-- > 0;)
        rewrite_genexpr(fn, list[i], &defs);
    add_edit(genexprs_at(fn), genexprs_at(fn), defs.data, true);
    out_edits->items[out_edits->len - 1].nest = LONG_MIN;   /* before the frame a prototype gets there */
}

static void collect_other_file_sources(const struct node *n, struct buf *checks)
{
    for (; n; n = n->next) {
        const char *name = n->kind == NODE_FOREACH ? other_file_source(n) : NULL;
        const char *check = name ? arena_printf("#ifndef YIELDC_NEXT_%s\n", name) : NULL;
        if (check && !(checks->data && strstr(checks->data, check)))
            buf_printf(checks, "%s%s%zu\n#error \"generator '%s' is defined in another file: the compiler must see the "
                               "header yieldc generates from that file (yieldc --emit=header; yieldc_header in "
                               "CMake)\"\n#endif\n", check, LINE_MARK_SOURCE, n->begin, name);
        collect_other_file_sources(n->child, checks);
    }
}

/*
 * A FOREACH over a generator of another file names what that file's
 * generated header defines. Without the header, the compile stops here,
 * before the function, with a message that says so:
 *     #ifndef YIELDC_NEXT_count_up_to
 *     #line 12 "main.c"                   -- the FOREACH's line
 *     #error "generator 'count_up_to' is defined in another file: ..."
 *     #endif
 */
static void rewrite_header_checks(const struct function *fn)
{
    struct buf checks = {0};
    collect_other_file_sources(fn->body, &checks);
    if (!checks.len)
        return;
    add_edit(genexprs_at(fn), genexprs_at(fn), checks.data, true);
    out_edits->items[out_edits->len - 1].nest = LONG_MIN;
}

/* ---- the generated parts of a generator --------------------------------- */

/*
 * Flags of pending cleanups; the delegation state and the sub-frames of
 * YIELD_FROMs (one runs at a time); the pool the sub-frames that cannot be
 * part of this one come from.
 */
static void frame_cleanup_fields(struct buf *b, const struct function *fn)
{
    bool flags = false;
    for (int i = 0; i < fn->ncleanups; i++)
        flags = flags || fn->cleanups[i].node->kind != NODE_YIELD;
    if (flags)
        buf_printf(b, "    unsigned char yieldc_armed[%d];\n", fn->ncleanups);
    if (fn->delegates)
        buf_puts(b, "    struct yieldc_deleg_ yieldc_deleg;\n");
    struct buf subs = {0};
    for (int i = 0; i < fn->nyields; i++) {
        const struct node *y = fn->yield_nodes[i];
        if (!y->is_from)
            continue;
        if (result_copied(y))
            buf_printf(b, "    %s yieldc_got_%d;\n", y->source_result, y->state);
        if (y->source_kind != SOURCE_VALUE)
            continue;
        if (y->source_on_heap)
            buf_printf(&subs, "        %s *h%d;\n", y->source_type, y->state);
        else
            buf_printf(&subs, "        %s s%d;\n", y->source_type, y->state);
    }
    if (subs.len)
        buf_printf(b, "    union {\n%s    } yieldc_sub;\n", subs.data);
    if (fn->has_pool)
        buf_puts(b, "    struct yieldc_pool_ *yieldc_pool;\n");
}

/* Types defined in the body move before the frame, which may need them. */
static void moved_types(struct buf *b, const struct node *n)
{
    for (; n; n = n->next) {
        if (n->kind == NODE_DECL_STMT && n->moves_before_frame) {
            /* keeps its own line numbers, for __LINE__ and diagnostics */
            buf_printf(b, "%s%zu\n", LINE_MARK_SOURCE, n->begin);
            buf_add(b, src->text + n->begin, n->end - n->begin);
            buf_puts(b, "\n");
        } else if (n->kind == NODE_TYPE_DECL && n->moves_alone) {
            /* `struct { int x; } b;` -> `struct yieldc_f_type_1 { int x; };` (b goes to the frame) */
            size_t brace = n->begin;
            while (brace < n->end && src->text[brace] != '{')
                brace++;
            buf_printf(b, "%s%zu\n", LINE_MARK_SOURCE, n->begin);
            if (n->given_tag && brace < n->end) {
                buf_add(b, src->text + n->begin, brace - n->begin);
                buf_printf(b, "%s ", n->given_tag);
                buf_add(b, src->text + brace, n->end - brace);
            } else {
                buf_add(b, src->text + n->begin, n->end - n->begin);
            }
            buf_puts(b, ";\n");
        } else {
            moved_types(b, n->child);
        }
    }
}

/* The names C and GNU give the current function. */
static const char *const function_names[3] = { "__func__", "__FUNCTION__", "__PRETTY_FUNCTION__" };

/* Which of them the body (or a macro it uses) mentions. */
static void function_names_used(const struct function *fn, bool used[3])
{
    const char *const *names = function_names;
    const char *end = src->text + fn->body->end;
    for (int k = 0; k < 3; k++)
        used[k] = false;
    /* each name begins with "__": look only where an underscore is */
    for (const char *p = src->text + fn->body->begin; p < end && (p = memchr(p, '_', (size_t)(end - p))); p++)
        for (int k = 0; k < 3; k++)
            used[k] = used[k] || ((size_t)(end - p) >= strlen(names[k]) && memcmp(p, names[k], strlen(names[k])) == 0);
    for (int k = 0; k < 3; k++)
        for (size_t i = 0; i < fn->nmacro_words && !used[k]; i++)
            used[k] = strcmp(fn->macro_words[i], names[k]) == 0;
}

static int arrays_in_frame(const struct function *fn)
{
    int n = 0;
    for (const struct var *v = fn->params; v; v = v->next)
        n += v->is_array;
    for (const struct var *v = fn->locals; v; v = v->next)
        n += v->in_frame && v->is_array;
    return n;
}

static bool needs_memcpy(const struct function *fn)
{
    if (fn->nliterals)
        return true;
    for (const struct var *v = fn->locals; v; v = v->next)
        if (v->in_frame && needs_copy(v) && v->decl && v->decl->has_init)
            return true;
    return false;
}

/*
 * The frame's members by the part of the body they live in: parameters
 * and the generator's own state for all of it, a local for its block, a
 * FOREACH's iterator for its loop, a lowered statement's temporaries for
 * that statement. Members of parts that never run at the same time (two
 * blocks, one after the other) share storage, as a compiler shares a
 * stack slot:
 *
 *     struct walk_frame {
 *         struct yieldc_iter it;
 *         int n;
 *         union {
 *             struct {        -- the first loop's
 *                 int i;
 *             };
 *             struct {        -- the second's
 *                 double x;
 *             };
 *         };
 *     };
 */
struct member {
    const struct node *scope;   /* NULL: the whole generator */
    const char *decl;           /* `int n` */
};

struct members {
    struct member *items;
    size_t len, cap;
    const struct node *body;
};

/* Nodes that bound the life of frame members: blocks, for and FOREACH loops, lowered statements. */
static bool bounds_members(const struct node *n)
{
    return n->kind == NODE_COMPOUND || n->kind == NODE_FOR || n->kind == NODE_FOREACH || n->lower_parts;
}

static const struct node *outer_scope(const struct members *m, const struct node *n)
{
    for (const struct node *p = n->parent; p; p = p->parent)
        if (bounds_members(p))
            return p == m->body ? NULL : p;
    return NULL;
}

/* The block, for or FOREACH a local is declared in. */
static const struct node *declared_in(const struct members *m, const struct node *decl)
{
    for (const struct node *p = decl->parent; p; p = p->parent)
        if (p->kind == NODE_COMPOUND || p->kind == NODE_FOR || p->kind == NODE_FOREACH)
            return p == m->body ? NULL : p;
    return NULL;
}

static void add_member(struct members *m, const struct node *scope, const char *decl)
{
    if (scope == m->body)
        scope = NULL;
    *ARRAY_PUSH(m->items, m->len, m->cap) = (struct member){ scope, decl };
}

static void foreach_members(struct members *m, const struct node *n)
{
    for (; n; n = n->next) {
        if (n->kind == NODE_FOREACH && n->loop_in_frame) {
            unsigned k = n->foreach_index;
            if (n->source_kind != SOURCE_VALUE)
                add_member(m, n, arena_printf("struct yieldc_iter *yieldc_once_%u", k));
            else
                add_member(m, n, arena_printf("%s %syieldc_src_%u", n->source_type, n->source_on_heap ? "*" : "", k));
        }
        foreach_members(m, n->child);
    }
}

/* The members of `scope` and of the parts inside it, at `depth`. */
static void emit_members(struct buf *b, const struct members *m, const struct node *scope, int depth)
{
    int pad = 4 * depth;
    for (size_t i = 0; i < m->len; i++)
        if (m->items[i].scope == scope)
            buf_printf(b, "%*s%s;\n", pad, "", m->items[i].decl);
    /* the parts directly inside `scope` that hold members, in the order of their members */
    const struct node **parts = NULL;
    size_t nparts = 0, cap = 0;
    for (size_t i = 0; i < m->len; i++) {
        const struct node *c = m->items[i].scope;
        if (!c || c == scope)
            continue;
        while (c && outer_scope(m, c) != scope)
            c = outer_scope(m, c);
        if (!c)
            continue;
        bool seen = false;
        for (size_t k = 0; k < nparts && !seen; k++)
            seen = parts[k] == c;
        if (!seen)
            *ARRAY_PUSH(parts, nparts, cap) = c;
    }
    if (nparts == 1) {
        emit_members(b, m, parts[0], depth);    /* alone: its members simply follow */
        return;
    }
    if (nparts == 0)
        return;
    buf_printf(b, "%*sunion {\n", pad, "");
    for (size_t k = 0; k < nparts; k++) {
        unsigned line, col;
        source_line_col(src, parts[k]->begin, &line, &col);
        buf_printf(b, "%*sstruct {        /* line %u */\n", pad + 4, "", line);
        emit_members(b, m, parts[k], depth + 2);
        buf_printf(b, "%*s};\n", pad + 4, "");
    }
    buf_printf(b, "%*s};\n", pad, "");
}

/*
 * The frame struct. A generator other files can call gets it inside a guard
 * that the generated header (--emit=header) shares, so a file may see both.
 */
void frame_definition(struct buf *b, const struct function *fn)
{
    buf_printf(b, "/* The frame of generator %s: its parameters and the locals that live across a YIELD. */\n",
               fn->name);
    buf_printf(b, "#ifndef YIELDC_FRAME_%s\n#define YIELDC_FRAME_%s\n", fn->name, fn->name);
    buf_printf(b, "struct %s_frame {\n    struct yieldc_iter it;\n", fn->name);
    if (fn->result_type)
        buf_printf(b, "    %s yieldc_result;\n", fn->result_storage);
    struct members m = { NULL, 0, 0, fn->body };
    for (const struct var *v = fn->params; v; v = v->next)
        add_member(&m, NULL, field_decl(v));
    for (const struct var *v = fn->locals; v; v = v->next)
        if (v->in_frame)
            add_member(&m, declared_in(&m, v->decl), field_decl(v));
    for (int k = 0; k < fn->ntemps; k++)
        add_member(&m, fn->temps[k].scope, arena_printf("%syieldc_tmp_%d%s", fn->temps[k].type.prefix, k + 1,
                                                        fn->temps[k].type.suffix));
    for (int k = 0; k < fn->nliterals; k++)
        add_member(&m, fn->literals[k].scope, arena_printf("%syieldc_lit_%d%s", fn->literals[k].type.prefix, k + 1,
                                                           fn->literals[k].type.suffix));
    foreach_members(&m, fn->body);
    emit_members(b, &m, NULL, 1);
    frame_cleanup_fields(b, fn);
    buf_puts(b, "};\n#endif\n");
}

const char *constructor_signature(const struct function *fn)
{
    size_t begin = fn->gen_macro_end, end = fn->body->begin;
    while (begin < end && isspace((unsigned char)src->text[begin]))
        begin++;
    while (end > begin && isspace((unsigned char)src->text[end - 1]))
        end--;
    return arena_printf("struct %s_frame %s", fn->name, slice(begin, end));
}

/* The body's types, moved out, and the frame that may need them. */
static void frame_with_types(struct buf *b, const struct function *fn)
{
    struct buf types = {0};
    moved_types(&types, fn->body);
    if (types.len) {
        buf_printf(b, "/* Types defined in the body of generator %s. */\n", fn->name);
        buf_add(b, types.data, types.len);
        buf_puts(b, LINE_MARK_GENERATED "\n");
    }
    frame_definition(b, fn);
    buf_puts(b, "\n");
}

/* The next functions' signatures: exported with the generator, so other files can call them directly. */
static const char *resume_signature(const struct function *fn)
{
    /* with YIELD_FROM, the driver's step: it says which frame it stopped in (yieldc_resume_fn) */
    return arena_printf("%senum yieldc_status %s_resume(struct yieldc_iter *%s%s, const void *%s, void *%s)",
                        fn->is_static ? "static " : "", fn->name, fn->delegates ? "*" : "",
                        fn->delegates ? "yieldc_at" : fn->it, fn->in, fn->out);
}

static const char *drive_signature(const struct function *fn)
{
    return arena_printf("%senum yieldc_status %s_drive(struct yieldc_iter *%s, const void *%s, void *%s)",
                        fn->is_static ? "static " : "", fn->name, fn->it, fn->in, fn->out);
}

/*
 * Before the body: the frame, the ops table, the constructor (the user's
 * signature, returning a frame that has run nothing), and the resume
 * function up to the body:
 *
 *     enum yieldc_status countdown_resume(struct yieldc_iter *it, const void *in, void *out)
 *     {
 *         struct countdown_frame *self = (struct countdown_frame *)it;
 *         int state = self->it.state;
 *
 *         self->it.state = YIELDC_STATE_RUNNING;      -- only if its body calls out
 *         if (YIELDC_LIKELY_(state == 1))              -- only if it has one YIELD
 *             goto yieldc_resume_1;
 *         switch (state) {
 *         case YIELDC_STATE_START: break;
 *         case 2: goto yieldc_resume_2;               -- with more YIELDs, each of them
 *         case YIELDC_STATE_ENDED: goto yieldc_end;
 *         default: self->it.state = state; return yieldc_refused_(&self->it);
 *         }
 */
static void rewrite_generator(const struct function *fn)
{
    struct buf b = {0};
    const char *name = fn->name;
    const char *self = fn->self;
    bool has_close = closes(fn);

    if (needs_memcpy(fn))
        buf_puts(&b, "#include <string.h>\n\n");
    if (fn->frame_at == fn->begin)
        frame_with_types(&b, fn);

    next_declarations(&b, fn, fn->begin);
    if (has_close)
        buf_printf(&b, "static void %s_close(struct yieldc_iter *%s);\n", name, fn->it);
    buf_printf(&b, "static const struct yieldc_ops %s_ops = {\n"
                   "    .next = %s, .value_size = %s, .name = \"%s\"",
               name, next_function_name(fn), value_size(fn), name);
    if (has_close)
        buf_printf(&b, ",\n    .close = %s_close", name);
    if (fn->sent_type)
        buf_printf(&b, ",\n    .sent_size = sizeof(%s)", fn->sent_type);
    if (fn->result_type)
        buf_printf(&b, ",\n    .result_size = sizeof(%s), .result_offset = offsetof(struct %s_frame, yieldc_result)",
                   fn->result_type, name);
    if (fn->delegates)
        buf_printf(&b, ",\n    .resume = %s_resume, .deleg_offset = offsetof(struct %s_frame, yieldc_deleg)",
                   name, name);
    buf_puts(&b, "\n};\n\n");
    if (fn->delegates)
        buf_printf(&b, "%s\n{\n    return yieldc_drive_(%s, %s, %s, %s_resume, offsetof(struct %s_frame, yieldc_deleg));\n}\n\n",
                   drive_signature(fn), fn->it, fn->in, fn->out, name, name);
    if (has_close)
        buf_printf(&b, "static void %s_close(struct yieldc_iter *%s)\n{\n"
                       "    if (%s->state <= 0)\n        return;     /* not started: nothing to undo */\n"
                       "    %s->state = YIELDC_STATE_CLOSING_(%s->state);\n"
                       "    (void)%s_resume(%s%s, NULL, NULL);\n}\n\n",
                   name, fn->it, fn->it, fn->it, fn->it, name, fn->delegates ? "&" : "", fn->it);

    genexpr_fill(&b, fn->body);
    /* a static generator's constructor may go unused when its frames are all built in their pool */
    buf_printf(&b, "%s%s%s\n{\n", fn->is_static && fn->built_in_pool ? "YIELDC_MAYBE_UNUSED_ " : "",
               slice(fn->begin, fn->gen_macro_begin), constructor_signature(fn));
    buf_printf(&b, "    struct %s_frame %s = { .it = YIELDC_ITER_INIT(&%s_ops)", name, self, name);
    for (const struct var *v = fn->params; v; v = v->next)
        buf_printf(&b, ", .%s = %s", v->field, v->name);
    buf_printf(&b, " };\n    return %s;\n}\n\n", self);

    if (arrays_in_frame(fn) > 1)
        buf_puts(&b, "#if defined(__GNUC__) && !defined(__clang__)\n#pragma GCC diagnostic push\n"
                     "/* two arrays of the frame are separate objects, which gcc cannot tell */\n"
                     "#pragma GCC diagnostic ignored \"-Wrestrict\"\n#endif\n");
    /* a static one is `static inline`, which asks the compiler to weigh inlining it where the file
     * calls it directly (a FOREACH). (An external one cannot be: its body may name static things.) */
    buf_printf(&b, "%s%s\n{\n", fn->is_static ? "static inline " : "",
               resume_signature(fn) + (fn->is_static ? strlen("static ") : 0));
    buf_printf(&b, "    struct %s_frame *%s = (struct %s_frame *)(void *)%s%s;\n", name, self, name,
               fn->delegates ? "*" : "", fn->delegates ? "yieldc_at" : fn->it);
    if (fn->recursive)      /* the frame it runs in may change: the state is read at yieldc_enter */
        buf_printf(&b, "    int %s;\n    struct yieldc_iter *yieldc_up;\n", fn->state);
    else
        buf_printf(&b, "    int %s = %s->it.state;\n", fn->state, self);
    if (chains.uses_then)
        buf_puts(&b, "    int yieldc_then = 0;    /* where a chain of cleanups goes back to (0: the end) */\n");
    buf_printf(&b, "\n    (void)%s;\n", fn->in);
    bool writes_out = false;
    for (int k = 0; k < fn->nyields; k++)
        writes_out = writes_out || !fn->yield_nodes[k]->is_from;
    if (!writes_out)
        buf_printf(&b, "    (void)%s;\n", fn->out);
    if (fn->recursive)      /* a frame of its own kind goes on here (see YIELD_FROM and the end) */
        buf_printf(&b, "yieldc_enter:\n    %s = %s->it.state;\n", fn->state, self);
    if (fn->calls_out)  /* (a body that calls nothing cannot be re-entered) */
        buf_printf(&b, "    %s->it.state = YIELDC_STATE_RUNNING;\n", self);
    /* a body with one YIELD is resumed there far more often than in any other state: one test */
    int hot = fn->nyields == 1 ? 1 : 0;
    if (hot)
        buf_printf(&b, "    if (YIELDC_LIKELY_(%s == %d))\n        goto yieldc_resume_%d;\n", fn->state, hot, hot);
    buf_printf(&b, "    switch (%s) {\n    case YIELDC_STATE_START:\n        break;\n", fn->state);
    for (int k = 1; k <= fn->nyields; k++)
        if (k != hot)
            buf_printf(&b, "    case %d: goto yieldc_resume_%d;\n", k, k);
    /* (the end is then never unreachable code, even after an endless loop) */
    buf_puts(&b, "    case YIELDC_STATE_ENDED: goto yieldc_end;\n");
    chains.uses_end = true;
    for (int k = 0; k < fn->nyields && has_close; k++) {
        /* yieldc_close: unwind from where it is suspended */
        const struct node *y = fn->yield_nodes[k];
        const struct cleanup *c = innermost_cleanup(fn, y, true);
        buf_printf(&b, "    case YIELDC_STATE_CLOSING_(%d): goto %s;\n", y->state,
                   c ? cleanup_label(fn, c) : "yieldc_end");
        chains.uses_end = chains.uses_end || !c;
    }
    buf_puts(&b, "    default:\n");
    if (fn->calls_out)  /* (it was marked running: its state goes back) */
        buf_printf(&b, "        %s->it.state = %s;\n", self, fn->state);
    buf_printf(&b, "        return yieldc_refused_(&%s->it);\n    }\n", self);
    if (fn->recursive)  /* where a new frame of its own kind starts, without the dispatch */
        buf_puts(&b, "yieldc_start:\n");
    /* __func__ in the body, or in a macro it uses, names the user's function */
    bool func_used[3];
    function_names_used(fn, func_used);
    for (int k = 0; k < 3; k++)
        if (func_used[k])
            buf_printf(&b, "#define %s \"%s\"\n", function_names[k], name);
    add_edit(fn->begin, fn->body->begin, b.data, true);
}

/*
 * After the body: the end, where every way out of the generator arrives,
 * then the cleanups reached only by goto:
 *
 *     yieldc_end:
 *         self->it.state = YIELDC_STATE_ENDED;
 *         YIELDC_APART_();
 *         return YIELDC_END;
 *     yieldc_cleanup_1:
 *         yieldc_close(self->yieldc_deleg.sub);
 *         goto yieldc_end;
 *     }
 */
static void rewrite_generator_end(const struct function *fn)
{
    const char *blocks = cleanup_blocks(fn);
    struct buf b = {0};
    if (chains.uses_end)
        buf_puts(&b, "yieldc_end:\n");
    if (fn->has_pool)
        buf_printf(&b, "    yieldc_pool_release_(&%s->yieldc_pool, &%s->it);\n", fn->self, fn->self);
    buf_printf(&b, "    %s->it.state = YIELDC_STATE_ENDED;\n    YIELDC_APART_();\n", fn->self);
    if (fn->recursive) {
        buf_printf(&b, "    if ((yieldc_up = yieldc_climb_(&%s->yieldc_deleg, &%s_ops)) != NULL) {\n"
                       "        /* it ran in a YIELD_FROM of its own kind, itself in another: that frame goes on\n"
                       "         * after its YIELD_FROM, here (it is in the chain, which refuses re-entry) */\n"
                       "        %s = (struct %s_frame *)(void *)(*yieldc_at = yieldc_up);\n"
                       "        %s = NULL;\n        switch (%s->it.state) {\n",
                   fn->self, fn->name, fn->self, fn->name, fn->in, fn->self);
        for (int k = 0; k < fn->nyields; k++) {
            /* each YIELD_FROM whose source may be of its own kind: its own call, an iterator given */
            const struct node *y = fn->yield_nodes[k];
            if (y->is_from && (y->recurses || y->source_kind != SOURCE_VALUE))
                buf_printf(&b, "        case %d: goto yieldc_resume_%d;\n", y->state, y->state);
        }
        buf_puts(&b, "        default: goto yieldc_enter;\n        }\n    }\n");
    }
    buf_puts(&b, "    return YIELDC_END;\n");
    if (*blocks)
        buf_printf(&b, "    /* cleanups that are not DEFERs: reached by goto from an exit or a close */\n%s", blocks);
    /* the function ends on the body's last line, where a debugger stepping out expects it */
    buf_printf(&b, "%s%zu\n}\n", LINE_MARK_SOURCE, fn->body->end - 1);
    if (arrays_in_frame(fn) > 1)
        buf_puts(&b, LINE_MARK_GENERATED "\n#if defined(__GNUC__) && !defined(__clang__)\n#pragma GCC diagnostic pop\n#endif\n");
    bool func_used[3];
    function_names_used(fn, func_used);
    for (int k = 0; k < 3; k++)
        if (func_used[k])
            buf_printf(&b, "#undef %s\n", function_names[k]);
    add_edit(fn->body->end, fn->body->end, b.data, true);
}

/*
 * An edit that falls inside a user's macro invocation, other than inside
 * one of its arguments (when the macro does not stringify or paste), would
 * change text the compiler no longer reads as written: `MK(struct S) c =
 * {3};` with c in the frame, a YIELD's value ending in a macro. The
 * invocation is expanded in place and the file parsed again; when it
 * cannot be any more, that is an error.
 */
static bool edit_fits(const struct macro_use *m, const struct edit *e)
{
    if (e->begin > e->end)      /* its ends came from a macro's body and its argument, out of order */
        return e->begin <= m->begin || e->end >= m->end;
    if (e->end <= m->begin || e->begin >= m->end || (e->begin <= m->begin && e->end >= m->end))
        return true;    /* outside it, or around all of it */
    if (m->stringifies)
        return false;
    size_t b[64], en[64];
    int n = invocation_args(src, m->begin, m->end, b, en, 64);
    for (int i = 0; i < n; i++)
        if (e->begin >= b[i] && e->end <= en[i])
            return true;
    return false;
}

void rewrite_check_macros(struct unit *u, const struct edit_list *edits)
{
    for (size_t i = 0; i < edits->len; i++) {
        const struct edit *e = &edits->items[i];
        if (e->block)
            continue;
        size_t e_end = e->end > e->begin ? e->end : e->begin + 1;
        /* the invocations are in file order: the last that starts before the edit ends, and the
         * few before it that may hold it */
        size_t lo = 0, hi = u->nmacro_uses;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (u->macro_uses[mid].begin < e_end || (e->end == e->begin && u->macro_uses[mid].begin <= e->begin))
                lo = mid + 1;
            else
                hi = mid;
        }
        /* (back to where no earlier invocation reaches the edit) */
        for (size_t k = lo; k > 0 && u->macro_uses[k - 1].reach > (e->end < e->begin ? e->end : e->begin); k--) {
            const struct macro_use *m = &u->macro_uses[k - 1];
            if (m->pseudo || edit_fits(m, e))
                continue;
            if (u->may_expand && parse_can_expand(m->begin + 1))
                *ARRAY_PUSH(u->expand_at, u->nexpand_at, u->cap_expand_at) = m->begin + 1;
            else
                error_at(e->begin, "yieldc must rewrite code that macro '%s' produces, and could not expand "
                                   "the macro in place; write that code without the macro", m->name);
            break;
        }
    }
}

void rewrite_begin(const struct unit *u)
{
    unit = u;
    src = &u->src;
    function_edits = 0;
}

/* DEFERs and returns (once the exits are numbered), the statements with YIELDs inside
 * expressions, then the declarations whose initializers become assignments. */
static void rewrite_later(const struct function *fn, struct node **later, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (later[i]->kind == NODE_DEFER)
            rewrite_defer(fn, later[i]);
        else if (later[i]->kind == NODE_RETURN)
            rewrite_exit(fn, later[i]);
    for (size_t i = 0; i < fn->nlowered; i++)
        rewrite_lowered(fn, fn->lowered[i]);
    for (size_t i = 0; i < n; i++)     /* their initializers lowered and rewritten */
        if (later[i]->kind == NODE_DECL_STMT)
            rewrite_split_declaration(later[i]);
}

void rewrite_unit(const struct unit *u, struct edit_list *edits)
{
    rewrite_begin(u);
    out_edits = edits;
    for (const struct function *fn = unit->functions; fn; fn = fn->next) {
        if (fn->is_generator && !fn->body) {
            /* a prototype: GENERATOR(int) f(int);  ->  struct f_frame f(int);
             * with the frame, when it can come here, and the next functions */
            const struct function *def = generator_named(unit, fn->name);
            if (fn->frame_of || def) {
                struct buf b = {0};
                if (fn->frame_of)
                    frame_with_types(&b, fn->frame_of);
                if (def)
                    next_declarations(&b, def, fn->begin);
                if (b.data)
                    add_edit(fn->begin, fn->begin, b.data, true);
            }
            add_edit(fn->gen_macro_begin, fn->gen_macro_end, arena_printf("struct %s_frame", fn->name), false);
            continue;
        }
        if (!fn->body)
            continue;
        function_edits = out_edits->len;
        rewrite_genexprs(fn);
        rewrite_header_checks(fn);
        struct body_ctx ctx = { fn, NULL, 0, 0 };
        if (fn->is_generator) {
            chains = (struct chains){ 0, arena_alloc(((size_t)fn->ncleanups + 1) * sizeof *chains.ends), false, false };
        }
        rewrite_node(fn->body, &ctx);
        if (fn->is_generator) {
            rewrite_later(fn, ctx.later, ctx.nlater);
            rewrite_generator(fn);
            rewrite_generator_end(fn);
        }
    }
}
