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
 *     static enum yieldc_status countdown_resume(struct yieldc_iter *it, void *out);
 *     static const struct yieldc_ops countdown_ops = { countdown_resume, sizeof(int), "countdown" };
 *     struct countdown_frame countdown(int n)
 *     { struct countdown_frame self = { .it = YIELDC_ITER_INIT(&countdown_ops), .n = n }; return self; }
 *     static enum yieldc_status countdown_resume(struct yieldc_iter *it, void *out)
 *     {
 *         struct countdown_frame *self = (struct countdown_frame *)it;
 *         int state = self->it.state;
 *         self->it.state = YIELDC_STATE_RUNNING;
 *         switch (state) { case 1: goto yieldc_resume_1; }
 *     { ... do { *(int *)out = (self->n); self->it.state = 1; return YIELDC_VALUE; yieldc_resume_1:; } while (0); ... }
 *         return YIELDC_END;
 *     }
 *
 * Dispatch is a goto to a label left where the YIELD was: a goto may enter
 * a loop, a branch or the user's own switch, so no construct around a
 * YIELD needs restructuring. Uses of frame variables become `self->name`,
 * their declarations assignments at the same place.
 */
#include "tool.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const struct source *src;
static struct edit_list *out_edits;
static unsigned edit_seq;

static void add_edit(size_t begin, size_t end, const char *text, bool block)
{
    struct edit_list *l = out_edits;
    *ARRAY_PUSH(l->items, l->len, l->cap) = (struct edit){ begin, end, text, block, edit_seq++ };
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
static const char *take_rendered(size_t begin, size_t end)
{
    struct edit_list *l = out_edits;
    struct buf b = {0};
    size_t pos = begin;
    for (;;) {
        size_t best = l->len;
        for (size_t i = 0; i < l->len; i++) {
            const struct edit *e = &l->items[i];
            if (e->begin >= pos && e->end <= end && e->begin < end
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

/*
 *     FOREACH (int x, countdown(5)) body
 * becomes
 *     for (struct countdown_frame yieldc_src_1 = countdown(5), *yieldc_once_1 = &yieldc_src_1;
 *          yieldc_once_1; yieldc_once_1 = NULL)
 *         for (int x; yieldc_foreach_next_((struct yieldc_iter *)yieldc_once_1, &x, sizeof x) == YIELDC_VALUE;) body
 * (on one line). The outer loop only holds the iterator, so `break` and
 * `continue` in the body mean what they say. An iterator variable or a
 * pointer source is iterated in place. In a generator, when a YIELD is in
 * the body, the iterator lives in the frame, and so does the loop variable
 * if it is read after the YIELD.
 */
static void rewrite_foreach(const struct function *fn, struct node *f)
{
    unsigned index = f->foreach_index;
    const struct node *vd = foreach_var_decl(f);
    if (!vd)
        return;
    bool framed = fn->is_generator && f->loop_in_frame;
    bool var_framed = fn->is_generator && vd->var->in_frame;
    const char *self = fn->self;
    const char *var = var_framed ? arena_printf("%s->%s", self, vd->var->field) : vd->var->name;
    const char *decl = var_framed ? "" : slice(f->decl_arg_begin, f->decl_arg_end);
    const char *once = framed ? arena_printf("%s->yieldc_once_%u", self, index)
                              : arena_printf("yieldc_once_%u", index);
    const char *head, *tail, *step = arena_printf("%s = NULL", once);

    if (f->source_kind == SOURCE_VALUE) {
        /* the loop owns the frame it creates: it closes it however the loop is left */
        const char *tmp = framed ? arena_printf("%s->yieldc_src_%u", self, index)
                                 : arena_printf("yieldc_src_%u", index);
        head = framed ? arena_printf("%s = ", tmp)
                      : arena_printf("%s %s YIELDC_OWNED_ = ", f->source_type, tmp);
        tail = framed ? arena_printf(", %s = &%s, %s->yieldc_armed[%d] = 1", once, tmp, self, f->cleanup)
                      : arena_printf(", *%s = &%s", once, tmp);
        if (framed)     /* left by its end or a break: the outer loop's step closes the frame */
            step = arena_printf("%s = NULL, %s->yieldc_armed[%d] ? (void)(%s->yieldc_armed[%d] = 0, "
                                "yieldc_close((struct yieldc_iter *)&%s)) : (void)0",
                                once, self, f->cleanup, self, f->cleanup, tmp);
    } else {
        const char *cast = f->source_kind == SOURCE_POINTER ? "(struct yieldc_iter *)("
                                                            : "(struct yieldc_iter *)&(";
        head = framed ? arena_printf("%s = %s", once, cast)
                      : arena_printf("struct yieldc_iter *%s = %s", once, cast);
        tail = ")";
    }
    add_edit(f->macro_begin, f->arg_begin, arena_printf("for (%s", head), false);
    add_edit(f->arg_end, f->macro_end,
             arena_printf("%s; %s; %s) for (%s; yieldc_foreach_next_((struct yieldc_iter *)%s, "
                          "&%s, sizeof %s) == YIELDC_VALUE;)",
                          tail, once, step, decl, once, var, var),
             false);
}

/* ---- generator bodies --------------------------------------------------- */

/* Arrays cannot be assigned, nor const members: their initial values are copied in. */
static bool needs_copy(const struct var *v)
{
    return v->is_array || v->const_field || v->has_const_member;
}

/*
 *     int a = 1, b, c = {2};   ->   self->a = 1, self->c = (int){2};
 *     int v[2] = {1, 2};       ->   memcpy((void *)self->v, (int[2]){1, 2}, sizeof self->v);
 *     cint k = 1;              ->   memcpy((void *)&self->k, &(cint){1}, sizeof self->k);
 *     int a;                   ->   ;
 */
static void rewrite_decl_stmt(const struct function *fn, struct node *d)
{
    size_t pos = d->begin;
    const char *pending = "";
    bool emitted = false, framed = false;
    for (struct node *v = d->child; v; v = v->next) {
        if (v->kind != NODE_VAR_DECL || !v->var->in_frame)
            continue;
        framed = true;
        if (!v->has_init)
            continue;
        const char *target = arena_printf("%s->%s", fn->self, v->var->field);
        const char *sep = emitted ? ", " : "";
        const char *lead;
        if (needs_copy(v->var)) {
            /* arrays cannot be assigned, const members neither: copy the value in */
            const char *type = type_name(v->var);
            lead = arena_printf("%s%smemcpy((void *)%s%s, %s%s(%s)%s", pending, sep,
                                v->var->is_array ? "" : "&", target,
                                strstr(type, "volatile") ? "(const void *)" : "",   /* drops volatile */
                                v->var->is_array ? "" : "&", type, v->init_is_list ? "" : "{");
            pending = arena_printf("%s, sizeof %s)", v->init_is_list ? "" : "}", target);
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

struct body_ctx {
    const struct function *fn;
    struct node **later;        /* rewritten after the walk (rewrite_later) */
    size_t nlater, cap_later;
};

struct yield_text {
    const char *before, *after;
};
static struct yield_text yield_text(const struct function *fn, const struct node *y);

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
        if (decl_stmt_moves(n))
            add_edit(n->begin, n->end, "", false);     /* moved before the frame */
        else if (!(n->parent && n->parent->kind == NODE_FOREACH))
            rewrite_decl_stmt(fn, n);
        break;
    case NODE_RETURN:
    case NODE_BREAK:
    case NODE_CONTINUE:
    case NODE_GOTO:
    case NODE_DEFER:
    case NODE_COMPOUND:
        *ARRAY_PUSH(ctx->later, ctx->nlater, ctx->cap_later) = n;    /* once the DEFERs are known */
        break;
    case NODE_YIELD:
        if (n->value_used) {
            *ARRAY_PUSH(ctx->later, ctx->nlater, ctx->cap_later) = n;  /* once its value is rewritten */
        } else {
            struct yield_text t = yield_text(fn, n);
            add_edit(n->macro_begin, n->arg_begin, t.before, false);
            add_edit(n->arg_end, n->macro_end, t.after, false);
        }
        break;
    default:
        break;
    }
}

/* ---- YIELD, YIELD_FROM -------------------------------------------------- */

/* `sizeof(T)`; 0 for a GENERATOR(void), whose values are its sources'. */
static const char *value_size(const struct function *fn)
{
    return strcmp(fn->yield_type, "void") == 0 ? "0" : arena_printf("sizeof(%s)", fn->yield_type);
}

/* The member of the frame's union `yieldc_sub` for the sub-iterator of a YIELD_FROM. */
static const char *sub_member(const struct function *fn, const struct node *y)
{
    const char *kind = y->source_kind != SOURCE_VALUE ? "p" : y->source_on_heap ? "h" : "s";
    return arena_printf("%s->yieldc_sub.%s%d", fn->self, kind, y->state);
}

static const char *sub_iter(const struct function *fn, const struct node *y)
{
    const char *m = sub_member(fn, y);
    return y->source_kind != SOURCE_VALUE ? m : arena_printf("&%s%sit", m, y->source_on_heap ? "->" : ".");
}

/* What a YIELD_FROM's value reads once the sub-generator has ended. */
static const char *sub_result(const struct function *fn, const struct node *y)
{
    if (y->source_on_heap)
        return arena_printf("%s->yieldc_got_%d", fn->self, y->state);
    return arena_printf("%s.yieldc_result", sub_member(fn, y));
}

/*
 * The text before and after a YIELD's value (or a YIELD_FROM's source):
 *     do { *(int *)out = (v); self->it.state = 1; return YIELDC_VALUE; yieldc_resume_1:; } while (0)
 *     do { self->yieldc_sub.s2 = (g(n)); in = NULL; yieldc_resume_2:
 *          switch (yieldc_send(&self->yieldc_sub.s2.it, in, out)) { ... } } while (0)
 * A sub-generator gets the values sent to this one and writes its values
 * straight to this one's consumer.
 */
static struct yield_text yield_text(const struct function *fn, const struct node *y)
{
    const char *self = fn->self;
    int k = y->state;
    struct yield_text t;
    if (!y->is_from) {
        t.before = arena_printf("do { *(%s *)%s = (", fn->yield_type, fn->out);
        t.after = arena_printf("); %s->it.state = %d; return YIELDC_VALUE; yieldc_resume_%d:; } while (0)",
                               self, k, k);
        return t;
    }
    const char *m = sub_member(fn, y);
    if (y->source_kind == SOURCE_POINTER)
        t.before = arena_printf("do { %s = (struct yieldc_iter *)(", m);
    else if (y->source_kind == SOURCE_LVALUE)
        t.before = arena_printf("do { %s = (struct yieldc_iter *)&(", m);
    else if (y->source_on_heap)
        t.before = arena_printf("do { %s = YIELDC_ALLOC(sizeof *%s); *%s = (", m, m, m);
    else
        t.before = arena_printf("do { %s = (", m);
    struct buf b = {0};
    buf_printf(&b, "); %s = NULL; yieldc_resume_%d: switch (yieldc_delegate_(%s, %s, %s, %s, %s)) { "
                   "case YIELDC_VALUE: %s->it.state = %d; return YIELDC_VALUE; "
                   "case YIELDC_RUNNING: %s->it.state = %d; return YIELDC_RUNNING; "
                   "case YIELDC_END: break; }",
               fn->in, k, sub_iter(fn, y), fn->in, fn->out, value_size(fn),
               fn->sent_type ? arena_printf("sizeof(%s)", fn->sent_type) : "0", self, k, self, k);
    if (y->source_on_heap) {
        if (y->value_used)
            buf_printf(&b, " %s->yieldc_got_%d = %s->yieldc_result;", self, k, m);
        buf_printf(&b, " YIELDC_FREE(%s, sizeof *%s);", m, m);
    }
    buf_puts(&b, " } while (0)");
    t.after = b.data;
    return t;
}

/*
 *     total += YIELD(avg);   ->   do { ...suspend, resume... } while (0); total += (in ? *(const double *)in : (double){0});
 * The suspension moves before the statement, which then runs with the
 * value sent (or the sub-generator's result) where the YIELD was.
 */
static void rewrite_yield_value(const struct function *fn, struct node *y)
{
    struct node *s = y->statement;
    struct yield_text t = yield_text(fn, y);
    const char *arg = take_rendered(y->arg_begin, y->arg_end);
    const char *value = y->is_from ? sub_result(fn, y)
                        : arena_printf("(%s ? *(%s const *)%s : (%s){0})", fn->in, fn->sent_type, fn->in,
                                       fn->sent_type);
    enum node_kind pk = s->parent ? s->parent->kind : NODE_COMPOUND;
    bool braces = pk != NODE_COMPOUND && pk != NODE_LABEL && pk != NODE_CASE;
    add_edit(s->begin, s->begin, arena_printf("%s%s%s%s; ", braces ? "{ " : "", t.before, arg, t.after), false);
    add_edit(y->macro_begin, y->macro_end, value, false);
    if (braces) {
        size_t end = s->stmt_end;
        add_edit(end, end, " }", false);
    }
}

/* ---- cleanups: DEFER, owned FOREACH frames, YIELD_FROM sub-frames ------- */

static const char *armed(const struct function *fn, int c)
{
    return arena_printf("%s->yieldc_armed[%d]", fn->self, c);
}

/* The statement that undoes cleanup `c`, when it is pending. */
static const char *cleanup_code(const struct function *fn, const struct cleanup *c)
{
    int i = (int)(c - fn->cleanups);
    const struct node *n = c->node;
    if (n->kind == NODE_YIELD) {
        const char *close = arena_printf("yieldc_close(%s);", sub_iter(fn, n));
        if (!n->source_on_heap)
            return close;
        const char *m = sub_member(fn, n);
        return arena_printf("%s YIELDC_FREE(%s, sizeof *%s);", close, m, m);
    }
    const char *undo = n->kind == NODE_DEFER
                       ? arena_printf("%s;", c->code)
                       : arena_printf("yieldc_close((struct yieldc_iter *)&%s->yieldc_src_%u);", fn->self,
                                      n->foreach_index);
    return arena_printf("if (%s) { %s = 0; %s } ", armed(fn, i), armed(fn, i), undo);
}

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

/*
 * The cleanups a jump from `n` runs, innermost first: those pending in the
 * blocks it leaves (a return leaves them all).
 */
static const char *exit_code(const struct function *fn, const struct node *n)
{
    const struct node *target = n->kind == NODE_BREAK || n->kind == NODE_CONTINUE ? jump_target(n) : NULL;
    const struct node *label = n->kind == NODE_GOTO && n->label ? label_named(fn->body, n->label) : NULL;
    struct buf b = {0};
    for (int i = fn->ncleanups - 1; i >= 0; i--) {
        const struct cleanup *c = &fn->cleanups[i];
        if (c->node->kind == NODE_YIELD || c->node->begin >= n->begin || !contains(c->scope, n))
            continue;
        if (target && (c->scope == target || !contains(target, c->scope)))
            continue;
        if (n->kind == NODE_GOTO && (!label || contains(c->scope, label)))
            continue;
        buf_puts(&b, cleanup_code(fn, c));
    }
    return b.data ? b.data : "";
}

static void rewrite_exit(const struct function *fn, struct node *n)
{
    const char *code = exit_code(fn, n);
    if (n->kind == NODE_RETURN && n->has_value && n->child) {
        add_edit(n->begin, n->child->begin, arena_printf("{ %s->yieldc_result = (", fn->self), false);
        add_edit(n->child->end, n->stmt_end, arena_printf("); %sreturn YIELDC_END; }", code), false);
    } else if (n->kind == NODE_RETURN && !*code) {
        add_edit(n->begin, n->begin + strlen("return"), "return YIELDC_END", false);
    } else if (n->kind == NODE_RETURN) {
        add_edit(n->begin, n->stmt_end, arena_printf("{ %sreturn YIELDC_END; }", code), false);
    } else if (*code) {
        add_edit(n->begin, n->begin, arena_printf("{ %s", code), false);
        add_edit(n->stmt_end, n->stmt_end, " }", false);
    }
}

/* At the end of a block, its DEFERs, last first (unless the block ends in a
 * jump, which ran them). */
static void rewrite_block_end(const struct function *fn, const struct node *block)
{
    const struct node *last = block->child;
    while (last && last->next)
        last = last->next;
    if (last && (last->kind == NODE_BREAK || last->kind == NODE_CONTINUE || last->kind == NODE_RETURN
                 || last->kind == NODE_GOTO))
        return;
    struct buf b = {0};
    for (int i = fn->ncleanups - 1; i >= 0; i--)
        if (fn->cleanups[i].scope == block && fn->cleanups[i].node->kind == NODE_DEFER)
            buf_puts(&b, cleanup_code(fn, &fn->cleanups[i]));
    if (b.len)
        add_edit(block->end - 1, block->end - 1, b.data, false);
}

/* The cleanup a close starts from when suspended at YIELD `y`, or NULL. */
static const struct cleanup *innermost_cleanup(const struct function *fn, const struct node *at, bool self_too)
{
    const struct cleanup *best = NULL;
    for (int i = 0; i < fn->ncleanups; i++) {
        const struct cleanup *c = &fn->cleanups[i];
        if (!c->suspends)
            continue;
        if (self_too && c->node == at)
            return c;
        if (c->node->begin < at->begin && contains(c->scope, at) && (!best || c->node->begin > best->node->begin))
            best = c;
    }
    return best;
}

static bool closes(const struct function *fn)
{
    for (int i = 0; i < fn->ncleanups; i++)
        if (fn->cleanups[i].suspends)
            return true;
    return false;
}

/*
 * The unwinding a close runs, after the body: each cleanup that can be
 * pending at a YIELD, then the next one out, then the end.
 *     yieldc_unwind_0: if (self->yieldc_armed[0]) { ... } return YIELDC_END;
 */
static const char *unwind_chain(const struct function *fn)
{
    struct buf b = {0};
    for (int i = 0; i < fn->ncleanups; i++) {
        const struct cleanup *c = &fn->cleanups[i];
        if (!c->suspends)
            continue;
        const struct cleanup *next = innermost_cleanup(fn, c->node, false);
        buf_printf(&b, "yieldc_unwind_%d:\n    %s\n    ", i, cleanup_code(fn, c));
        if (next)
            buf_printf(&b, "goto yieldc_unwind_%d;\n", (int)(next - fn->cleanups));
        else
            buf_puts(&b, "return YIELDC_END;\n");
    }
    return b.data ? b.data : "";
}

static void rewrite_later(const struct function *fn, struct node **later, size_t n)
{
    /* DEFERs first: their statements are copied to the exits */
    for (size_t i = 0; i < n; i++) {
        struct node *d = later[i];
        if (d->kind != NODE_DEFER || d->cleanup < 0)
            continue;
        fn->cleanups[d->cleanup].code = take_rendered(d->arg_begin, d->arg_end);
        size_t end = d->stmt_end;
        add_edit(d->macro_begin, end, arena_printf("%s = 1;", armed(fn, d->cleanup)), false);
    }
    for (size_t i = 0; i < n; i++)
        if (later[i]->kind == NODE_YIELD)
            rewrite_yield_value(fn, later[i]);
    for (size_t i = 0; i < n; i++) {
        struct node *x = later[i];
        if (x->kind == NODE_COMPOUND)
            rewrite_block_end(fn, x);
        else if (x->kind != NODE_DEFER && x->kind != NODE_YIELD)
            rewrite_exit(fn, x);
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

const char *genexpr_name(const struct function *fn, const struct node *n)
{
    return arena_printf("%s_genexpr_%u", fn->name, n->genexpr_index);
}

void genexpr_definition(struct buf *b, const struct function *fn, const struct node *n)
{
    struct genexpr g = { n, NULL, 0, 0 };
    find_captures(&g, n->child, n->value_begin, n->value_end);
    if (n->cond_end)
        find_captures(&g, n->child, n->cond_begin, n->cond_end);
    const char *name = genexpr_name(fn, n);
    const struct var *x = n->genexpr_var;
    unsigned line, col;
    source_line_col(src, n->macro_begin, &line, &col);
    buf_printf(b, "/* The GENEXPR of line %u: its source, its variable, the outer variables it copies. */\n"
                  "#ifndef YIELDC_GENEXPR_%s\n#define YIELDC_GENEXPR_%s\nstruct %s {\n    struct yieldc_iter it;\n",
               line, name, name, name);
    if (n->source_kind == SOURCE_VALUE)
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

static void genexpr_dependencies(struct buf *b, const struct unit *unit, const struct function *fn,
                                 const struct node *n, struct buf *done)
{
    for (; n; n = n->next) {
        genexpr_dependencies(b, unit, fn, n->child, done);     /* a nested one first */
        if (n->kind == NODE_GENEXPR && n->macro_end && n->genexpr_var
            && !remembered(done, genexpr_name(fn, n))) {
            if (n->source_generator)
                for (const struct function *g = unit->functions; g; g = g->next)
                    if (g->is_generator && g->body && strcmp(g->name, n->source_generator) == 0)
                        frame_dependencies(b, unit, g, done);
            genexpr_definition(b, fn, n);
        }
    }
}

void frame_dependencies(struct buf *b, const struct unit *unit, const struct function *fn, struct buf *done)
{
    genexpr_dependencies(b, unit, fn, fn->body, done);
    for (int i = 0; i < fn->nyields; i++) {
        const struct node *y = fn->yield_nodes[i];
        if (!y->is_from || !y->source_generator || y->source_on_heap)
            continue;
        for (const struct function *g = unit->functions; g; g = g->next)
            if (g->is_generator && g->body && g != fn && strcmp(g->name, y->source_generator) == 0
                && !remembered(done, arena_printf("frame %s", g->name))) {
                frame_dependencies(b, unit, g, done);
                frame_definition(b, g);
            }
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
    const char *name = genexpr_name(fn, n);
    bool owned = n->source_kind == SOURCE_VALUE;
    const char *src_decl = owned ? arena_printf("%s yieldc_src", n->source_type) : "struct yieldc_iter *yieldc_src";
    const char *iter = owned ? "&self->yieldc_src.it" : "self->yieldc_src";
    const struct var *x = n->genexpr_var;

    genexpr_definition(defs, fn, n);
    buf_printf(defs, "static enum yieldc_status %s_next(struct yieldc_iter *it, const void *in, void *out)\n{\n"
                     "    struct %s *self = (struct %s *)it;\n    (void)in;\n"
                     "    self->it.state = YIELDC_STATE_RUNNING;\n"
                     "    while (yieldc_foreach_next_(%s, &self->%s, sizeof self->%s) == YIELDC_VALUE) {\n",
               name, name, name, iter, x->name, x->name);
    if (n->cond_end)
        buf_printf(defs, "        if (!(%s))\n            continue;\n", genexpr_text(n, n->cond_begin, n->cond_end));
    buf_printf(defs, "        *(%s *)out = (%s);\n        self->it.state = 1;\n        return YIELDC_VALUE;\n"
                     "    }\n    return YIELDC_END;\n}\n\n",
               n->value_type, genexpr_text(n, n->value_begin, n->value_end));
    if (owned)
        buf_printf(defs, "static void %s_close(struct yieldc_iter *it)\n{\n"
                         "    yieldc_close(&((struct %s *)it)->yieldc_src.it);\n}\n\n", name, name);
    buf_printf(defs, "static const struct yieldc_ops %s_ops = {\n    .next = %s_next, .value_size = sizeof(%s), "
                     ".name = \"GENEXPR\"%s%s%s\n};\n\n",
               name, name, n->value_type, owned ? ", .close = " : "", owned ? name : "", owned ? "_close" : "");
    buf_printf(defs, "static struct %s *%s_make(struct %s *self, %s", name, name, name, src_decl);
    for (size_t i = 0; i < g.ncaptured; i++)
        buf_printf(defs, ", %s", declarator(g.captured[i], g.captured[i]->name));
    buf_puts(defs, ")\n{\n    self->yieldc_src = yieldc_src;\n");
    for (size_t i = 0; i < g.ncaptured; i++)
        buf_printf(defs, "    self->%s = %s;\n", g.captured[i]->name, g.captured[i]->name);
    buf_puts(defs, "    return self;\n}\n\n");

    const char *take = owned ? "(" : n->source_kind == SOURCE_POINTER ? "(struct yieldc_iter *)(" : "(struct yieldc_iter *)&(";
    add_edit(n->macro_begin, n->arg_begin,
             arena_printf("(*%s_make(&(struct %s){ .it = YIELDC_ITER_INIT(&%s_ops) }, %s", name, name, name, take), false);
    struct buf args = {0};
    buf_puts(&args, ")");
    for (size_t i = 0; i < g.ncaptured; i++) {
        const struct var *v = g.captured[i];
        if (fn->is_generator && v->in_frame)
            buf_printf(&args, ", %s->%s", fn->self, v->field);
        else
            buf_printf(&args, ", %s", v->name);
    }
    buf_puts(&args, "))");
    add_edit(n->arg_end, n->macro_end, args.data, false);
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
    size_t at = fn->is_generator ? fn->frame_at : fn->begin;
    add_edit(at, at, defs.data, true);
}

/* ---- the generated parts of a generator --------------------------------- */

static void frame_foreach_fields(struct buf *b, const struct node *n)
{
    for (; n; n = n->next) {
        if (n->kind == NODE_FOREACH && n->loop_in_frame) {
            unsigned k = n->foreach_index;
            if (n->source_kind == SOURCE_VALUE)
                buf_printf(b, "    %s yieldc_src_%u, *yieldc_once_%u;\n", n->source_type, k, k);
            else
                buf_printf(b, "    struct yieldc_iter *yieldc_once_%u;\n", k);
        }
        frame_foreach_fields(b, n->child);
    }
}

/* Flags of pending cleanups, the sub-iterators of YIELD_FROMs (one at a time). */
static void frame_cleanup_fields(struct buf *b, const struct function *fn)
{
    bool flags = false;
    for (int i = 0; i < fn->ncleanups; i++)
        flags = flags || fn->cleanups[i].node->kind != NODE_YIELD;
    if (flags)
        buf_printf(b, "    unsigned char yieldc_armed[%d];\n", fn->ncleanups);
    struct buf subs = {0};
    for (int i = 0; i < fn->nyields; i++) {
        const struct node *y = fn->yield_nodes[i];
        if (!y->is_from)
            continue;
        if (y->source_kind != SOURCE_VALUE)
            buf_printf(&subs, "        struct yieldc_iter *p%d;\n", y->state);
        else if (y->source_on_heap)
            buf_printf(&subs, "        %s *h%d;\n", y->source_type, y->state);
        else
            buf_printf(&subs, "        %s s%d;\n", y->source_type, y->state);
        if (y->source_on_heap && y->value_used)
            buf_printf(b, "    %s yieldc_got_%d;\n", y->source_result, y->state);
    }
    if (subs.len)
        buf_printf(b, "    union {\n%s    } yieldc_sub;\n", subs.data);
}

/* Types defined in the body move before the frame, which may need them. */
static void moved_types(struct buf *b, const struct node *n)
{
    for (; n; n = n->next) {
        if (n->kind == NODE_DECL_STMT && decl_stmt_moves(n)) {
            /* keeps its own line numbers, for __LINE__ and diagnostics */
            buf_printf(b, "%s%zu\n", LINE_MARK_SOURCE, n->begin);
            buf_add(b, src->text + n->begin, n->end - n->begin);
            buf_puts(b, "\n");
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
    for (int k = 0; k < 3; k++) {
        size_t n = strlen(names[k]);
        used[k] = false;
        for (size_t i = fn->body->begin; i + n <= fn->body->end && !used[k]; i++)
            used[k] = strncmp(src->text + i, names[k], n) == 0;
        for (size_t i = 0; i < fn->nmacro_words && !used[k]; i++)
            used[k] = strcmp(fn->macro_words[i], names[k]) == 0;
    }
}

static bool needs_memcpy(const struct function *fn)
{
    for (const struct var *v = fn->locals; v; v = v->next)
        if (v->in_frame && needs_copy(v) && v->decl && v->decl->has_init)
            return true;
    return false;
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
        buf_printf(b, "    %s yieldc_result;\n", fn->result_type);
    for (const struct var *v = fn->params; v; v = v->next)
        buf_printf(b, "    %s;\n", field_decl(v));
    for (const struct var *v = fn->locals; v; v = v->next)
        if (v->in_frame)
            buf_printf(b, "    %s;\n", field_decl(v));
    frame_foreach_fields(b, fn->body);
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

static void rewrite_generator(const struct function *fn)
{
    struct buf b = {0};
    const char *name = fn->name;
    const char *self = fn->self;

    if (needs_memcpy(fn))
        buf_puts(&b, "#include <string.h>\n\n");

    if (fn->frame_at == fn->begin)
        frame_with_types(&b, fn);

    buf_printf(&b, "static enum yieldc_status %s_resume(struct yieldc_iter *%s, const void *%s, void *%s);\n",
               name, fn->it, fn->in, fn->out);
    bool has_close = closes(fn);
    if (has_close)
        buf_printf(&b, "static void %s_close(struct yieldc_iter *%s);\n", name, fn->it);
    buf_printf(&b, "static const struct yieldc_ops %s_ops = {\n"
                   "    .next = %s_resume, .value_size = %s, .name = \"%s\"",
               name, name, value_size(fn), name);
    if (has_close)
        buf_printf(&b, ",\n    .close = %s_close", name);
    if (fn->sent_type)
        buf_printf(&b, ",\n    .sent_size = sizeof(%s)", fn->sent_type);
    if (fn->result_type)
        buf_printf(&b, ",\n    .result_size = sizeof(%s), .result_offset = offsetof(struct %s_frame, yieldc_result)",
                   fn->result_type, name);
    buf_puts(&b, "\n};\n\n");
    if (has_close)
        buf_printf(&b, "static void %s_close(struct yieldc_iter *%s)\n{\n    (void)%s_resume(%s, &%s_ops, NULL);\n}\n\n",
                   name, fn->it, name, fn->it, name);

    /* the constructor: the user's signature, returning a frame that has run nothing */
    buf_printf(&b, "%s%s\n{\n", slice(fn->begin, fn->gen_macro_begin), constructor_signature(fn));
    buf_printf(&b, "    struct %s_frame %s = { .it = YIELDC_ITER_INIT(&%s_ops)", name, self, name);
    for (const struct var *v = fn->params; v; v = v->next)
        buf_printf(&b, ", .%s = %s", v->field, v->name);
    buf_printf(&b, " };\n    return %s;\n}\n\n", self);

    /* the resume function, up to the user's body */
    buf_printf(&b, "static enum yieldc_status %s_resume(struct yieldc_iter *%s, const void *%s, void *%s)\n{\n",
               name, fn->it, fn->in, fn->out);
    buf_printf(&b, "    struct %s_frame *%s = (struct %s_frame *)%s;\n", name, self, name, fn->it);
    if (fn->nyields) {
        buf_printf(&b, "    int %s = %s->it.state;\n\n", fn->state, self);
        buf_printf(&b, "    (void)%s;\n", fn->in);
        buf_printf(&b, "    %s->it.state = YIELDC_STATE_RUNNING;\n", self);
        if (closes(fn)) {
            /* yieldc_close: unwind from where it is suspended */
            buf_printf(&b, "    if (%s == (const void *)&%s_ops) {\n        switch (%s) {\n", fn->in, name, fn->state);
            for (int k = 0; k < fn->nyields; k++) {
                const struct node *y = fn->yield_nodes[k];
                const struct cleanup *c = innermost_cleanup(fn, y, true);
                if (c)
                    buf_printf(&b, "        case %d: goto yieldc_unwind_%d;\n", y->state, (int)(c - fn->cleanups));
            }
            buf_puts(&b, "        }\n        return YIELDC_END;\n    }\n");
        }
        buf_printf(&b, "    switch (%s) {\n", fn->state);
        for (int k = 1; k <= fn->nyields; k++)
            buf_printf(&b, "    case %d: goto yieldc_resume_%d;\n", k, k);
        buf_puts(&b, "    }\n");
    } else {
        buf_printf(&b, "    (void)%s;\n    (void)%s;\n", fn->in, fn->out);
        buf_printf(&b, "    %s->it.state = YIELDC_STATE_RUNNING;\n", self);
    }
    /* __func__ in the body, or in a macro it uses, names the user's function */
    bool func_used[3];
    function_names_used(fn, func_used);
    for (int k = 0; k < 3; k++)
        if (func_used[k])
            buf_printf(&b, "#define %s \"%s\"\n", function_names[k], name);
    add_edit(fn->begin, fn->body->begin, b.data, true);
}

/* After the body: the end, the unwinding of a close. */
static void rewrite_generator_end(const struct function *fn)
{
    bool func_used[3];
    function_names_used(fn, func_used);
    /* on the line of the body's closing brace, where a debugger expects the end */
    const char *chain = unwind_chain(fn);
    if (*chain) {
        /* what a close runs, by the cleanups pending where the generator is suspended */
        add_edit(fn->body->end, fn->body->end, " return YIELDC_END;", false);
        add_edit(fn->body->end, fn->body->end, arena_printf("    /* yieldc_close: the cleanups pending at each YIELD, innermost first */\n%s}\n", chain), true);
    } else {
        add_edit(fn->body->end, fn->body->end, " return YIELDC_END; }", false);
    }
    struct buf undefs = {0};
    for (int k = 0; k < 3; k++)
        if (func_used[k])
            buf_printf(&undefs, "#undef %s\n", function_names[k]);
    if (undefs.len)
        add_edit(fn->body->end, fn->body->end, undefs.data, true);
}

void rewrite_begin(const struct unit *unit)
{
    src = &unit->src;
}

void rewrite_unit(const struct unit *unit, struct edit_list *edits)
{
    src = &unit->src;
    out_edits = edits;
    for (const struct function *fn = unit->functions; fn; fn = fn->next)
        if (fn->body)
            rewrite_genexprs(fn);
    for (const struct function *fn = unit->functions; fn; fn = fn->next) {
        if (fn->is_generator && !fn->body) {
            /* a prototype: GENERATOR(int) f(int);  ->  struct f_frame f(int); */
            if (fn->frame_of) {
                struct buf b = {0};
                frame_with_types(&b, fn->frame_of);
                add_edit(fn->begin, fn->begin, b.data, true);
            }
            add_edit(fn->gen_macro_begin, fn->gen_macro_end, arena_printf("struct %s_frame", fn->name), false);
            continue;
        }
        if (!fn->body)
            continue;
        if (fn->is_generator)
            rewrite_generator(fn);
        struct body_ctx ctx = { fn, NULL, 0, 0 };
        rewrite_node(fn->body, &ctx);
        if (fn->is_generator) {
            rewrite_later(fn, ctx.later, ctx.nlater);
            rewrite_generator_end(fn);
        }
    }
}
