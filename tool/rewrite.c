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
    const char *head, *tail;

    if (f->source_kind == SOURCE_VALUE) {
        const char *tmp = framed ? arena_printf("%s->yieldc_src_%u", self, index)
                                 : arena_printf("yieldc_src_%u", index);
        head = framed ? arena_printf("%s = ", tmp)
                      : arena_printf("%s %s = ", f->source_type, tmp);
        tail = framed ? arena_printf(", %s = &%s", once, tmp)
                      : arena_printf(", *%s = &%s", once, tmp);
    } else {
        const char *cast = f->source_kind == SOURCE_POINTER ? "(struct yieldc_iter *)("
                                                            : "(struct yieldc_iter *)&(";
        head = framed ? arena_printf("%s = %s", once, cast)
                      : arena_printf("struct yieldc_iter *%s = %s", once, cast);
        tail = ")";
    }
    add_edit(f->macro_begin, f->arg_begin, arena_printf("for (%s", head), false);
    add_edit(f->arg_end, f->macro_end,
             arena_printf("%s; %s; %s = NULL) for (%s; yieldc_foreach_next_((struct yieldc_iter *)%s, "
                          "&%s, sizeof %s) == YIELDC_VALUE;)",
                          tail, once, once, decl, once, var, var),
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
    int yield_index;
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
        if (decl_stmt_moves(n))
            add_edit(n->begin, n->end, "", false);     /* moved before the frame */
        else if (!(n->parent && n->parent->kind == NODE_FOREACH))
            rewrite_decl_stmt(fn, n);
        break;
    case NODE_RETURN:
        add_edit(n->begin, n->begin + strlen("return"), "return YIELDC_END", false);
        break;
    case NODE_YIELD: {
        int k = ++ctx->yield_index;
        add_edit(n->macro_begin, n->arg_begin,
                 arena_printf("do { *(%s *)%s = (", fn->yield_type, fn->out), false);
        add_edit(n->arg_end, n->macro_end,
                 arena_printf("); %s->it.state = %d; return YIELDC_VALUE; yieldc_resume_%d:; } while (0)",
                              fn->self, k, k),
                 false);
        break;
    }
    default:
        break;
    }
}

static void rewrite_node(struct node *n, struct body_ctx *ctx)
{
    for (; n; n = n->next) {
        if (n->kind == NODE_FOREACH)
            rewrite_foreach(ctx->fn, n);
        if (ctx->fn->is_generator)
            rewrite_generator_node(n, ctx);
        rewrite_node(n->child, ctx);
    }
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
    if (!fn->is_static)
        buf_printf(b, "#ifndef YIELDC_FRAME_%s\n#define YIELDC_FRAME_%s\n", fn->name, fn->name);
    buf_printf(b, "struct %s_frame {\n    struct yieldc_iter it;\n", fn->name);
    for (const struct var *v = fn->params; v; v = v->next)
        buf_printf(b, "    %s;\n", field_decl(v));
    for (const struct var *v = fn->locals; v; v = v->next)
        if (v->in_frame)
            buf_printf(b, "    %s;\n", field_decl(v));
    frame_foreach_fields(b, fn->body);
    buf_puts(b, "};\n");
    if (!fn->is_static)
        buf_puts(b, "#endif\n");
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

    buf_printf(&b, "static enum yieldc_status %s_resume(struct yieldc_iter *%s, void *%s);\n",
               name, fn->it, fn->out);
    buf_printf(&b, "static const struct yieldc_ops %s_ops = { %s_resume, sizeof(%s), \"%s\" };\n\n",
               name, name, fn->yield_type, name);

    /* the constructor: the user's signature, returning a frame that has run nothing */
    buf_printf(&b, "%s%s\n{\n", slice(fn->begin, fn->gen_macro_begin), constructor_signature(fn));
    buf_printf(&b, "    struct %s_frame %s = { .it = YIELDC_ITER_INIT(&%s_ops)", name, self, name);
    for (const struct var *v = fn->params; v; v = v->next)
        buf_printf(&b, ", .%s = %s", v->field, v->name);
    buf_printf(&b, " };\n    return %s;\n}\n\n", self);

    /* the resume function, up to the user's body */
    buf_printf(&b, "static enum yieldc_status %s_resume(struct yieldc_iter *%s, void *%s)\n{\n",
               name, fn->it, fn->out);
    buf_printf(&b, "    struct %s_frame *%s = (struct %s_frame *)%s;\n", name, self, name, fn->it);
    if (fn->nyields) {
        buf_printf(&b, "    int %s = %s->it.state;\n\n", fn->state, self);
        buf_printf(&b, "    %s->it.state = YIELDC_STATE_RUNNING;\n", self);
        buf_printf(&b, "    switch (%s) {\n", fn->state);
        for (int k = 1; k <= fn->nyields; k++)
            buf_printf(&b, "    case %d: goto yieldc_resume_%d;\n", k, k);
        buf_puts(&b, "    }\n");
    } else {
        buf_printf(&b, "    (void)%s;\n", fn->out);
        buf_printf(&b, "    %s->it.state = YIELDC_STATE_RUNNING;\n", self);
    }
    /* __func__ in the body, or in a macro it uses, names the user's function */
    bool func_used[3];
    function_names_used(fn, func_used);
    for (int k = 0; k < 3; k++)
        if (func_used[k])
            buf_printf(&b, "#define %s \"%s\"\n", function_names[k], name);
    add_edit(fn->begin, fn->body->begin, b.data, true);

    /* on the line of the body's closing brace, where a debugger expects the end */
    add_edit(fn->body->end, fn->body->end, " return YIELDC_END; }", false);
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
        struct body_ctx ctx = { fn, 0 };
        rewrite_node(fn->body, &ctx);
    }
}
