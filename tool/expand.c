/*
 * expand.c - macro invocations expanded in place, as the C preprocessor
 * would (C11 6.10.3), for the invocations that hold generator constructs.
 *
 * yieldc rewrites text. A construct written through a macro (a YIELD in
 * `#define EMIT(x) YIELD(x)`, a frame local's type spelled `MK(struct S)`,
 * a FOREACH in a user's loop macro) has no text of its own to rewrite, so
 * main.c has the invocations around such constructs replaced by their
 * expansion and the file parsed again. Everything else in the file keeps
 * its macros. yieldc's own pseudo-keywords (YIELD, FOREACH, ...) are kept
 * as invocations: they are what the second parse finds.
 *
 * The algorithm is the standard's, with hide sets (Prosser's): a macro's
 * name is not expanded again inside its own expansion; arguments are
 * expanded before they are substituted, except next to # and ##; the
 * result is rescanned with the rest of the input. `, ## __VA_ARGS__` and
 * __VA_OPT__ work as gcc and clang do. Builtin macros (__LINE__, __FILE__,
 * __COUNTER__) stay as they are: the compiler expands them in the output,
 * which keeps the user's lines.
 */
#include "tool.h"

#include <ctype.h>
#include <string.h>

/* The names of the macros an expansion is inside: not expanded again. */
struct hideset {
    const char *name;
    const struct hideset *next;
};

struct tok {
    const char *text;
    enum pp_kind kind;
    bool space;                 /* whitespace before it */
    const struct hideset *hide;
    enum { ROLE_TOKEN, ROLE_PASTE, ROLE_EMPTY, ROLE_VARIADIC } role;    /* while substituting: a
                                   body's ##, an empty argument next to one (a placemarker), the
                                   first token of the variable arguments next to one */
};

struct toks {
    struct tok *items;
    size_t len, cap;
};

struct expander {
    pp_lookup *lookup;
    void *ctx;
    const char *const *keep;    /* names never expanded */
    const char *why;            /* what went wrong, or NULL */
    int depth;
};

static bool hidden(const struct hideset *h, const char *name)
{
    for (; h; h = h->next)
        if (strcmp(h->name, name) == 0)
            return true;
    return false;
}

static const struct hideset *hide_add(const struct hideset *h, const char *name)
{
    if (hidden(h, name))
        return h;
    struct hideset *n = arena_alloc(sizeof *n);
    n->name = name;
    n->next = h;
    return n;
}

/* The names in both a and b, and `name`: the hide set of a function-like macro's expansion. */
static const struct hideset *hide_meet(const struct hideset *a, const struct hideset *b, const char *name)
{
    const struct hideset *r = NULL;
    for (; a; a = a->next)
        if (hidden(b, a->name))
            r = hide_add(r, a->name);
    return hide_add(r, name);
}

static void push(struct toks *l, struct tok t)
{
    *ARRAY_PUSH(l->items, l->len, l->cap) = t;
}

static void append(struct toks *l, const struct toks *m)
{
    for (size_t i = 0; i < m->len; i++)
        push(l, m->items[i]);
}

static bool is_punct(const struct tok *t, const char *p)
{
    return t->kind == PP_PUNCT && strcmp(t->text, p) == 0;
}

static bool kept(const struct expander *x, const char *name)
{
    for (const char *const *k = x->keep; *k; k++)
        if (strcmp(*k, name) == 0)
            return true;
    return false;
}

static int param_index(const struct pp_macro *m, const struct tok *t)
{
    if (t->kind != PP_IDENT)
        return -1;
    for (int i = 0; i < m->nparams; i++)
        if (strcmp(m->params[i], t->text) == 0)
            return i;
    return -1;
}

/* `#arg`: the argument as written, in a string literal. */
static struct tok stringize(const struct toks *arg)
{
    struct buf b = {0};
    buf_puts(&b, "\"");
    for (size_t i = 0; i < arg->len; i++) {
        const struct tok *t = &arg->items[i];
        if (i && t->space)
            buf_puts(&b, " ");
        bool literal = t->kind == PP_STRING;
        for (const char *c = t->text; *c; c++) {
            if (literal && (*c == '"' || *c == '\\'))
                buf_puts(&b, "\\");
            buf_add(&b, c, 1);
        }
    }
    buf_puts(&b, "\"");
    return (struct tok){ b.data, PP_STRING, false, NULL, ROLE_TOKEN };
}

/* `a ## b`: one token of their spellings put together. */
static struct tok paste(struct tok a, struct tok b)
{
    const char *text = arena_printf("%s%s", a.text, b.text);
    enum pp_kind kind = PP_OTHER;
    if (isalpha((unsigned char)text[0]) || text[0] == '_') {
        kind = PP_IDENT;
        for (const char *c = text; *c; c++)
            if (!isalnum((unsigned char)*c) && *c != '_')
                kind = PP_OTHER;
    } else if (a.kind == PP_PUNCT) {
        kind = PP_PUNCT;
    } else if (isdigit((unsigned char)text[0])) {
        kind = PP_NUMBER;
    }
    return (struct tok){ text, kind, a.space, NULL, ROLE_TOKEN };
}

static struct toks expand_list(struct expander *x, struct toks in);

/* Replace the body of `m` with its arguments substituted, then join what ## joins. */
static struct toks substitute(struct expander *x, const struct pp_macro *m, struct toks *args, int nargs,
                              const struct hideset *hide, bool space)
{
    struct toks items = {0};
    for (int i = 0; i < m->nbody; i++) {
        struct tok b = { m->body[i].text, m->body[i].kind, m->body[i].space, NULL, ROLE_TOKEN };
        bool next_paste = i + 1 < m->nbody && m->body[i + 1].kind == PP_PUNCT && strcmp(m->body[i + 1].text, "##") == 0;
        bool prev_paste = i > 0 && m->body[i - 1].kind == PP_PUNCT && strcmp(m->body[i - 1].text, "##") == 0;
        if (m->function_like && is_punct(&b, "#") && i + 1 < m->nbody) {
            struct tok next = { m->body[i + 1].text, m->body[i + 1].kind, false, NULL, ROLE_TOKEN };
            int q = param_index(m, &next);
            if (q >= 0) {
                struct tok str = stringize(q < nargs ? &args[q] : &(struct toks){0});
                str.space = b.space;
                push(&items, str);
                i++;
                continue;
            }
        }
        if (is_punct(&b, "##") && i > 0 && i + 1 < m->nbody) {
            b.role = ROLE_PASTE;
            push(&items, b);
            continue;
        }
        if (m->variadic && b.kind == PP_IDENT && strcmp(b.text, "__VA_OPT__") == 0 && i + 1 < m->nbody
            && strcmp(m->body[i + 1].text, "(") == 0) {
            /* __VA_OPT__(tokens): the tokens when the variable arguments are not empty */
            int depth = 0, j = i + 1;
            for (; j < m->nbody; j++) {
                if (strcmp(m->body[j].text, "(") == 0)
                    depth++;
                else if (strcmp(m->body[j].text, ")") == 0 && --depth == 0)
                    break;
            }
            if (nargs >= m->nparams && m->nparams > 0 && args[m->nparams - 1].len > 0) {
                struct pp_macro inner = *m;
                inner.body = m->body + i + 2;
                inner.nbody = j - i - 2;
                struct toks t = substitute(x, &inner, args, nargs, NULL, b.space);
                append(&items, &t);
            }
            i = j;
            continue;
        }
        int p = m->function_like ? param_index(m, &b) : -1;
        if (p < 0) {
            push(&items, b);
            continue;
        }
        struct toks *arg = p < nargs ? &args[p] : &(struct toks){0};
        size_t start = items.len;
        if (prev_paste || next_paste) {         /* next to ##: as written */
            if (!arg->len)
                push(&items, (struct tok){ "", PP_OTHER, b.space, NULL, ROLE_EMPTY });
            append(&items, arg);
            if (arg->len && m->variadic && p == m->nparams - 1)
                items.items[start].role = ROLE_VARIADIC;
        } else {
            struct toks copy = {0};
            append(&copy, arg);
            struct toks e = expand_list(x, copy);
            append(&items, &e);
        }
        if (items.len > start)
            items.items[start].space = b.space;
    }
    /* join: `a ## b` is one token; an empty side leaves the other; `, ## __VA_ARGS__` (GNU)
     * drops the comma when there are no variable arguments and joins nothing otherwise */
    struct toks out = {0};
    for (size_t i = 0; i < items.len; i++) {
        struct tok t = items.items[i];
        if (t.role != ROLE_PASTE) {
            push(&out, t);
            continue;
        }
        if (!out.len || i + 1 >= items.len)
            continue;
        struct tok left = out.items[out.len - 1], right = items.items[++i];
        bool comma = is_punct(&left, ",") && m->variadic;
        if (comma && right.role == ROLE_EMPTY) {
            out.len--;
        } else if (comma && right.role == ROLE_VARIADIC) {
            right.role = ROLE_TOKEN;
            push(&out, right);
        } else if (left.role == ROLE_EMPTY) {
            out.items[out.len - 1] = right;
            out.items[out.len - 1].space = left.space;
        } else if (right.role != ROLE_EMPTY) {
            out.items[out.len - 1] = paste(left, right);
        }
    }
    struct toks result = {0};
    for (size_t i = 0; i < out.len; i++) {
        struct tok t = out.items[i];
        if (t.role == ROLE_EMPTY)
            continue;
        t.role = ROLE_TOKEN;
        for (const struct hideset *k = hide; k; k = k->next)
            t.hide = hide_add(t.hide, k->name);
        push(&result, t);
    }
    if (result.len)
        result.items[0].space = space;
    return result;
}

/*
 * The arguments of a function-like invocation whose `(` is at `open`:
 * split at top-level commas (the variable ones kept together); `*close`
 * is the index of its `)`, or -1 when there is none.
 */
static int collect_args(const struct toks *in, size_t open, const struct pp_macro *m, struct toks **args,
                        long *close)
{
    int n = 0, cap = m->nparams > 0 ? m->nparams : 1, depth = 0;
    *args = arena_alloc((size_t)(cap + 1) * sizeof **args);
    *close = -1;
    for (size_t i = open + 1; i < in->len; i++) {
        const struct tok *t = &in->items[i];
        if (is_punct(t, "(")) {
            depth++;
        } else if (is_punct(t, ")")) {
            if (depth-- == 0) {
                *close = (long)i;
                break;
            }
        } else if (is_punct(t, ",") && depth == 0 && !(m->variadic && n + 1 >= m->nparams)) {
            n++;
            if (n >= cap) {
                struct toks *grown = arena_alloc((size_t)(cap * 2 + 1) * sizeof *grown);
                memcpy(grown, *args, (size_t)cap * sizeof *grown);
                *args = grown;
                cap *= 2;
            }
            continue;
        }
        push(&(*args)[n], *t);
    }
    /* `f()` of a macro with one parameter has one empty argument; of none, none */
    return m->nparams == 0 && n == 0 && (*args)[0].len == 0 ? 0 : n + 1;
}

static struct toks expand_list(struct expander *x, struct toks in)
{
    struct toks out = {0};
    if (++x->depth > 256) {
        x->why = "the expansion does not end";
        x->depth--;
        return in;
    }
    size_t i = 0;
    while (i < in.len && !x->why) {
        struct tok t = in.items[i];
        const struct pp_macro *m = t.kind == PP_IDENT && !hidden(t.hide, t.text) && !kept(x, t.text)
                                       ? x->lookup(x->ctx, t.text) : NULL;
        if (!m) {
            push(&out, t);
            i++;
            continue;
        }
        struct toks rest = {0}, r;
        if (!m->function_like) {
            r = substitute(x, m, NULL, 0, hide_add(t.hide, m->name), t.space);
            for (size_t k = i + 1; k < in.len; k++)
                push(&rest, in.items[k]);
        } else {
            if (i + 1 >= in.len || !is_punct(&in.items[i + 1], "(")) {
                push(&out, t);      /* a function-like macro's name alone is not an invocation */
                i++;
                continue;
            }
            struct toks *args;
            long close;
            int nargs = collect_args(&in, i + 1, m, &args, &close);
            if (close < 0) {
                x->why = arena_printf("the arguments of macro '%s' do not end inside the invocation", m->name);
                break;
            }
            if (nargs != m->nparams && !(m->variadic && nargs == m->nparams - 1)) {
                x->why = arena_printf("macro '%s' is given %d arguments for %d parameters", m->name, nargs,
                                      m->nparams);
                break;
            }
            r = substitute(x, m, args, nargs, hide_meet(t.hide, in.items[close].hide, m->name), t.space);
            for (size_t k = (size_t)close + 1; k < in.len; k++)
                push(&rest, in.items[k]);
        }
        /* rescan the expansion with the rest of the input */
        append(&r, &rest);
        in = r;
        i = 0;
    }
    x->depth--;
    return out;
}

/* Two tokens that would read as another token (or a comment) if they touched. */
static bool would_join(const struct tok *a, const struct tok *b)
{
    bool word_a = a->kind == PP_IDENT || a->kind == PP_NUMBER || a->kind == PP_OTHER;
    bool word_b = b->kind == PP_IDENT || b->kind == PP_NUMBER || b->kind == PP_OTHER;
    if (word_a && word_b)
        return true;
    if (a->kind == PP_NUMBER && b->text[0] == '.')
        return true;
    const char *joiners = "+-*/%&|^!=<>#.:";
    return a->kind == PP_PUNCT && b->kind == PP_PUNCT && strchr(joiners, a->text[strlen(a->text) - 1])
           && strchr(joiners, b->text[0]);
}

const char *pp_expand(const struct pp_token *tokens, size_t ntokens, pp_lookup *lookup, void *ctx,
                      const char *const *keep, const char **why)
{
    struct expander x = { lookup, ctx, keep, NULL, 0 };
    struct toks in = {0};
    for (size_t i = 0; i < ntokens; i++)
        push(&in, (struct tok){ tokens[i].text, tokens[i].kind, tokens[i].space, NULL, ROLE_TOKEN });
    struct toks out = expand_list(&x, in);
    if (x.why) {
        *why = x.why;
        return NULL;
    }
    struct buf b = {0};
    for (size_t i = 0; i < out.len; i++) {
        if (i && (out.items[i].space || would_join(&out.items[i - 1], &out.items[i])))
            buf_puts(&b, " ");
        buf_puts(&b, out.items[i].text);
    }
    return b.data ? b.data : "";
}

const struct pp_macro *pp_define(const struct pp_token *t, size_t n, bool function_like)
{
    struct pp_macro *m = arena_alloc(sizeof *m);
    m->name = t[0].text;
    size_t i = 1;
    if (function_like) {
        m->function_like = true;
        m->params = arena_alloc((n + 1) * sizeof *m->params);
        for (i = 2; i < n && strcmp(t[i].text, ")") != 0; i++) {
            if (strcmp(t[i].text, ",") == 0)
                continue;
            if (strcmp(t[i].text, "...") == 0) {
                m->variadic = true;
                if (i > 2 && strcmp(t[i - 1].text, ",") != 0)
                    continue;   /* GNU `args...`: the name before is the variable parameter */
                m->params[m->nparams++] = "__VA_ARGS__";
            } else {
                m->params[m->nparams++] = t[i].text;
            }
        }
        i++;
    }
    m->body = t + i;
    m->nbody = (int)(n - i);
    return m;
}
