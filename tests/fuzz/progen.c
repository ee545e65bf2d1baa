/*
 * progen.c - writes one random program for the differential fuzz test.
 *
 *     progen SEED [--enable=F,...] [--disable=F,...] [--all] [--drop=IDS] [--list]
 *
 * The program (on stdout) defines 1-4 generators and consumers that drive
 * them, and prints everything that could differ: every value yielded and
 * received, results, statuses, the side effects of DEFERs. It is valid,
 * terminating and free of undefined behaviour by construction:
 *
 *  - loops are bounded by counters that the loop head owns; a backward
 *    goto counts its passes; recursion goes through a depth parameter `d`
 *    that every call to the same or a later generator decreases, behind
 *    `if (d > 0u)`, so every cycle of calls decreases it;
 *  - arithmetic is unsigned (signed values come from bounded conversions),
 *    array indices are masked, divisors are made odd, shifts masked;
 *  - every variable is initialized where it is declared; a forward goto
 *    never skips a declaration that is used after its label;
 *  - in a statement that holds a YIELD, everything but the YIELD's own
 *    argument is free of side effects and reads only what no one else can
 *    change while the generator is suspended (yieldc runs such a statement
 *    after the resume, a compiler may evaluate parts of it before);
 *  - a GENEXPR names only variables that do not change while it lives (it
 *    copies them in yieldc, the reference reads them).
 *
 * The same text builds two ways: through yieldc, and as the reference
 * (-DYIELDC_REFERENCE with yieldc_reference.h), where each generator is a
 * plain function run as a coroutine. The parts that differ are under
 * #ifdef YIELDC_REFERENCE: each generator's signature line, `return;` in a
 * generator with a result type, and the tables the reference macros need.
 *
 * Reduction: the program is built as a tree of statement nodes before it is
 * printed. `--list` prints the nodes that may be dropped (id, parent id);
 * `--drop=IDS` prints the same program without them. A dropped node never
 * breaks validity: declarations, labels and loop counters are not
 * droppable, and a generator or consumer that nothing calls any more is
 * not printed.
 *
 * Memory: everything is allocated and never freed; the program is short-lived.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- text ----------------------------------------------------------------- */

struct buf {
    char *data;
    size_t len, cap;
};

static void *xmalloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (!p) {
        fprintf(stderr, "progen: out of memory\n");
        exit(2);
    }
    return p;
}

static void buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (b->len + (size_t)n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + (size_t)n + 1)
            cap *= 2;
        char *data = xmalloc(cap);
        if (b->data)
            memcpy(data, b->data, b->len);
        free(b->data);
        b->data = data;
        b->cap = cap;
    }
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

static void buf_printf(struct buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(b, fmt, ap);
    va_end(ap);
}

static char *fmt(const char *f, ...)
{
    struct buf b = {0};
    va_list ap;
    va_start(ap, f);
    buf_vprintf(&b, f, ap);
    va_end(ap);
    return b.data ? b.data : xmalloc(1);
}

/* ---- randomness: splitmix64, one stream per seed -------------------------- */

static uint64_t rng;

static uint64_t rnd64(void)
{
    uint64_t z = (rng += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* A number in [0, n). */
static unsigned rnd(unsigned n)
{
    return n ? (unsigned)(rnd64() % n) : 0;
}

static bool chance(unsigned percent)
{
    return rnd(100) < percent;
}

/* ---- feature switches ------------------------------------------------------ */

enum feature {
    F_SEND, F_RESULT, F_CLOSE, F_INTERLEAVE, F_DEFER, F_YIELD_FROM, F_FROM_RESULT, F_RECURSION,
    F_MUTUAL, F_FOREACH, F_GENEXPR, F_SOURCE_PARAM, F_FRAME_LOCAL, F_GOTO, F_SWITCH, F_STATIC,
    F_ADDRESS, F_SHADOW, F_TYPES, F_YIELD_ARG, F_MACRO_YIELD, F_MACRO_CHAIN, F_FROM_EXPR,
    F_MACRO_ARG, F_MACRO_MULTI, F_MACRO_TYPE, F_MACRO_FOREACH, F_YIELD_COND, F_YIELD_LOGIC, F_MULTI_YIELD,
    F_FOREACH_RECURSION, F_FROM_POINTER_RESULT, F_COMPOUND_ARRAY,
    F_DEFER_SHADOW, F_DEFER_STATIC, F_GENEXPR_NESTED, F_SEND_THROUGH, F_FOREACH_PASS,
    /* yieldc's known limits (docs/reference.md, "Not supported yet"): off by default;
     * prototypes before every definition, with frames kept as locals, make frames
     * that need each other */
    F_FOREACH_SOURCE_SCOPE, F_PROTOTYPES, F_YIELD_SOURCE,
    F_COUNT
};

static const struct {
    const char *name;
    bool on;
    const char *what;
} features[F_COUNT] = {
    [F_SEND] = { "send", true, "GENERATOR(T, S): x = YIELD(v), S x = YIELD(v); consumers that send" },
    [F_RESULT] = { "result", true, "GENERATOR(T, S, R): return expr, return;, yieldc_result" },
    [F_CLOSE] = { "close", true, "consumers that stop early and call yieldc_close" },
    [F_INTERLEAVE] = { "interleave", true, "consumers that step two frames in turn" },
    [F_DEFER] = { "defer", true, "DEFER in blocks, left by every path and by close" },
    [F_YIELD_FROM] = { "yield-from", true, "YIELD_FROM of calls, frame variables, pointers" },
    [F_FROM_RESULT] = { "from-result", true, "r = YIELD_FROM(call), R r = YIELD_FROM(call)" },
    [F_RECURSION] = { "recursion", true, "a generator that delegates to itself" },
    [F_MUTUAL] = { "mutual", true, "generators that delegate to later ones (prototypes)" },
    [F_FOREACH] = { "foreach", true, "FOREACH over calls, frame variables and pointers" },
    [F_GENEXPR] = { "genexpr", true, "GENEXPR and GENEXPR_IF as FOREACH and YIELD_FROM sources" },
    [F_SOURCE_PARAM] = { "source-param", true, "generators that take a struct yieldc_iter * (pipelines)" },
    [F_FRAME_LOCAL] = { "frame-local", true, "frames of other generators as locals of a generator" },
    [F_GOTO] = { "goto", true, "forward and backward goto, labels, YIELD after a label" },
    [F_SWITCH] = { "switch", true, "switch with fall-through and YIELD in its cases" },
    [F_STATIC] = { "static", true, "static locals shared by every instance" },
    [F_ADDRESS] = { "address", true, "pointers to locals, arrays and structs used across YIELDs" },
    [F_SHADOW] = { "shadow", true, "declarations that shadow outer locals, parameters, globals" },
    [F_TYPES] = { "types", true, "values of other types: unsigned char, long long, int, strings, structs" },
    [F_YIELD_ARG] = { "yield-arg", true, "a YIELD's value as a call argument, printf(..., YIELD(v)), or dropped: x = (YIELD(v), e)" },
    [F_MACRO_YIELD] = { "macro-yield", true, "#define EMIT(x) YIELD(x), with locals as arguments" },
    [F_MACRO_CHAIN] = { "macro-chain", true, "a chain of macros ending in YIELD" },
    [F_FROM_EXPR] = { "from-expr", true, "return YIELD_FROM(g()), 1u + YIELD_FROM(g()), f(YIELD_FROM(g()))" },
    [F_MACRO_ARG] = { "macro-arg", true, "EMIT(1u + ONE), EMIT(SQ(x)): macros in a YIELD macro's argument" },
    [F_MACRO_MULTI] = { "macro-multi", true, "do { YIELD(x); YIELD(y); } while (0) in a macro" },
    [F_MACRO_TYPE] = { "macro-type", true, "MK(struct s0) v = ...: a type through a function-like macro" },
    [F_MACRO_FOREACH] = { "macro-foreach", true, "FOREACH through a user macro" },
    [F_YIELD_COND] = { "yield-cond", true, "YIELD and YIELD_FROM in the condition of if/while/do/for/switch" },
    [F_YIELD_LOGIC] = { "yield-logic", true, "YIELD under &&, || and ?: (and not run when not evaluated)" },
    [F_MULTI_YIELD] = { "multi-yield", true, "several YIELDs in one statement" },
    [F_FOREACH_RECURSION] = { "foreach-recursion", true, "FOREACH over the generator's own call or a later one" },
    [F_FROM_POINTER_RESULT] = { "from-pointer-result", true, "r = YIELD_FROM(p), r = YIELD_FROM(frame)" },
    [F_COMPOUND_ARRAY] = { "compound-array", true, "array compound literals whose address lives across a YIELD" },
    [F_FOREACH_SOURCE_SCOPE] = { "foreach-source-scope", true,
                                 "a FOREACH source naming an outer variable that the loop variable hides" },
    [F_DEFER_SHADOW] = { "defer-shadow", true,
                         "a declaration after a DEFER, in its block or an inner one, hides a name the DEFER uses" },
    [F_DEFER_STATIC] = { "defer-static", true, "DEFER naming a static local" },
    [F_GENEXPR_NESTED] = { "genexpr-nested", true, "a GENEXPR as the source of a GENEXPR in a generator" },
    [F_PROTOTYPES] = { "prototypes", false, "prototypes of generators before every definition" },
    [F_YIELD_SOURCE] = { "yield-source", true, "a YIELD in an argument of a FOREACH's source: FOREACH (T v, g(d, x + YIELD(w)))" },
    [F_SEND_THROUGH] = { "send-through", true,
                         "sent values passed through a generator without a sent type to one with" },
    [F_FOREACH_PASS] = { "foreach-pass", true,
                         "FOREACH (T x, g(...)) YIELD(x); (a YIELD_FROM when the types match and nothing is sent)" },
};

static bool on[F_COUNT];

static bool set_features(const char *list, bool value)
{
    while (*list) {
        size_t n = strcspn(list, ",");
        bool found = false;
        for (int f = 0; f < F_COUNT; f++)
            if (strlen(features[f].name) == n && strncmp(features[f].name, list, n) == 0)
                on[f] = value, found = true;
        if (!found) {
            fprintf(stderr, "progen: unknown feature '%.*s'\n", (int)n, list);
            return false;
        }
        list += n;
        if (*list == ',')
            list++;
    }
    return true;
}

/* ---- types ----------------------------------------------------------------- */

/*
 * The types of values, yielded, sent, returned and held in locals. Every
 * expression is computed in unsigned and converted: u_to() makes a value of
 * a type from unsigned expressions, to_u() reads one back.
 */
enum type { T_NONE, T_U, T_WORD, T_UCHAR, T_ULL, T_INT, T_STR, T_S0, T_S1, T_COUNT };

static const char *const type_names[T_COUNT] = {
    "void", "unsigned", "word", "unsigned char", "unsigned long long", "int", "const char *",
    "struct s0", "struct s1",
};

static bool is_struct(int t)
{
    return t == T_S0 || t == T_S1;
}

/* `T name`, and through MK() now and then when the feature is on. */
static char *decl_of(int t, const char *name)
{
    if (on[F_MACRO_TYPE] && is_struct(t) && chance(40))
        return fmt("MK(%s) %s", type_names[t], name);
    return fmt("%s%s%s", type_names[t], t == T_STR ? "" : " ", name);
}

/* A type for values: mostly unsigned, so that generators connect. */
static int pick_type(void)
{
    if (!on[F_TYPES] || chance(55))
        return T_U;
    static const int others[] = { T_WORD, T_UCHAR, T_ULL, T_INT, T_STR, T_S0, T_S1 };
    return others[rnd(sizeof others / sizeof others[0])];
}

/* An unsigned value read from an lvalue `v` of type t. */
static char *to_u(int t, const char *v)
{
    switch (t) {
    case T_ULL: return fmt("(unsigned)(%s >> 3)", v);
    case T_UCHAR: case T_INT: return fmt("(unsigned)%s", v);
    case T_STR: return fmt("(unsigned)%s[0]", v);
    case T_S0: case T_S1: return fmt("(%s.a + %s.b[1] + %s.c)", v, v, v);
    default: return fmt("%s", v);
    }
}

/* printf arguments that show a value (an lvalue) of type t. */
static char *show(int t, const char *v, const char **format)
{
    switch (t) {
    case T_ULL: *format = "%llu"; return fmt("%s", v);
    case T_INT: *format = "%d"; return fmt("%s", v);
    case T_STR: *format = "%s"; return fmt("%s", v);
    case T_S0: case T_S1:
        *format = "{%u %u %u %u}";
        return fmt("%s.a, %s.b[0], %s.b[1], (unsigned)%s.c", v, v, v, v);
    default: *format = "%u"; return fmt("(unsigned)%s", v);
    }
}

static char *print_value(const char *tag, int t, const char *v)
{
    const char *f;
    char *args = show(t, v, &f);
    return fmt("printf(\"%s %s\\n\", %s);", tag, f, args);
}

/* A zero initializer. */
static const char *zero_of(int t)
{
    return is_struct(t) ? "{0}" : t == T_STR ? "\"\"" : "0";
}

/* ---- the model: generators, variables, statement nodes ---------------------- */

enum var_kind {
    V_VALUE,    /* a scalar, string or struct of `type` */
    V_ARRAY,    /* unsigned [4] */
    V_PTR,      /* unsigned *, to a V_VALUE of type unsigned or an element of a V_ARRAY */
    V_SPTR,     /* struct s0 *, to a V_VALUE of type struct s0 */
    V_FRAME,    /* YIELDC_FRAME(g) */
    V_ITER      /* struct yieldc_iter *, to values of `type` */
};

struct var {
    const char *name;
    int type;
    enum var_kind kind;
    int gen;            /* V_FRAME: whose frame */
    bool frozen;        /* never assigned after its declaration */
    bool shared;        /* a global or static local: others change it while we are suspended */
    bool global;        /* at file scope: read where it is, never copied */
    bool no_address;    /* register */
    bool const_target;  /* V_PTR: points to const (a parameter's array) */
    bool read;          /* named somewhere since its declaration */
    bool given;         /* V_FRAME: the source of a generator a consumer drives */
    bool stepped;       /* V_FRAME: stepped by a consumer in turn with another frame: no generator's source
                         * (a generator with YIELD_FROM that another's YIELD_FROM runs belongs to that one's
                         * chain and refuses a direct next, where Python would let both run it) */
};

enum param_kind { P_VALUE, P_ARRAY, P_SOURCE };

struct param {
    const char *name;
    int type;
    enum param_kind kind;   /* P_ARRAY: const unsigned *; P_SOURCE: struct yieldc_iter * of unsigned */
};

struct node {
    int id, parent;
    bool droppable;
    bool substatement;      /* the one statement of an if, loop or label: dropped, it is ';' */
    int indent;             /* of its children, relative to its own */
    char *head, *tail;      /* lines before and after its children */
    struct node *kids, *last, *next;
    unsigned gens;          /* the generators its own text names */
};

struct gen {
    char name[8];
    int T, S, R;            /* yielded, sent and result types; T_NONE: none */
    struct param params[4]; /* params[0] is always `unsigned d`, the depth budget */
    int nparams;
    bool is_static;
    bool declared;          /* a prototype comes before every definition */
    int nrec;               /* its calls of itself or of later generators */
    bool prototyped;        /* an earlier generator calls it: it needs a prototype */
    struct node *body;
};

#define MAX_GENS 4
#define MAX_VARS 1024
#define MAX_CONSUMERS 8

static struct gen gens[MAX_GENS];
static int ngens;
static struct node *consumers[MAX_CONSUMERS];
static int nconsumers;

static struct var vars[MAX_VARS];
static int nvars, nglobals;
static unsigned name_counter;

static int next_node_id = 1;

static struct node *node_new(bool droppable, char *head, char *tail)
{
    struct node *n = xmalloc(sizeof *n);
    n->id = next_node_id++;
    n->droppable = droppable;
    n->indent = 1;
    n->head = head;
    n->tail = tail;
    return n;
}

/* A single line, droppable. */
static struct node *line(char *text)
{
    return node_new(true, text, NULL);
}

static void add(struct node *parent, struct node *kid)
{
    kid->parent = parent->id;
    if (parent->last)
        parent->last->next = kid;
    else
        parent->kids = kid;
    parent->last = kid;
}

/* A block: where statements go, and what may still be added to it. */
struct block {
    struct block *up;
    struct node *node;
    int scope;              /* nvars when it was opened */
    char *end_label;        /* made by the first goto to its end */
    char *pending;          /* a label that a goto already names, placed later in this block */
    bool no_decl;           /* a declaration here could be skipped by a jump */
    bool no_defer;          /* a jump could enter or leave a DEFER's scope within this block */
    bool is_body;           /* the function's body: its scope is that of the parameters */
    struct buf defers;      /* the text of its DEFERs */
};

struct ctx {
    int gen;                /* the generator whose body this is, -1 in a consumer */
    const char *tag;        /* what its prints start with */
    struct block *blk;
    int loops;              /* enclosing loops: continue, and break */
    int breakable;          /* enclosing loops and switches: break */
    int mult;               /* product of the bounds of the enclosing loops */
    int depth;              /* nesting of statements */
    int budget;             /* statements left to write */
    struct node *after[4];  /* to add after the statement being written (prints) */
    int nafter;
};

static struct gen *self_gen(const struct ctx *c)
{
    return c->gen >= 0 ? &gens[c->gen] : NULL;
}

static struct var *declare(const char *name, int type, enum var_kind kind)
{
    if (nvars == MAX_VARS) {
        fprintf(stderr, "progen: too many variables\n");
        exit(2);
    }
    struct var *v = &vars[nvars++];
    memset(v, 0, sizeof *v);
    v->name = name;
    v->type = type;
    v->kind = kind;
    v->gen = -1;
    return v;
}

/* The variable `v` is visible: no later declaration hides its name. */
static bool visible(int i)
{
    for (int j = i + 1; j < nvars; j++)
        if (strcmp(vars[j].name, vars[i].name) == 0)
            return false;
    return true;
}

/* `text` names identifier `name`. */
static bool mentions(const char *text, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = text; p && (p = strstr(p, name)); p += n) {
        bool before = p > text && (p[-1] == '_' || (p[-1] >= 'a' && p[-1] <= 'z') || (p[-1] >= '0' && p[-1] <= '9')
                                   || (p[-1] >= 'A' && p[-1] <= 'Z'));
        char a = p[n];
        bool after = a == '_' || (a >= 'a' && a <= 'z') || (a >= '0' && a <= '9') || (a >= 'A' && a <= 'Z');
        if (!before && !after)
            return true;
    }
    return false;
}

static char *fresh_name(const char *prefix)
{
    return fmt("%s%u", prefix, name_counter++);
}

/*
 * A DEFER of this block or of one around it names `name`. yieldc pastes a
 * DEFER's statement where its block is left (its end, return, break, goto)
 * and a declaration in between that hides the name captures it
 * (defer-shadow).
 */
static bool defer_mentions(const struct ctx *c, const char *name)
{
    for (const struct block *b = c->blk; b; b = b->up)
        if (b->defers.data && mentions(b->defers.data, name))
            return true;
    return false;
}

/*
 * A name for a new variable in the current block: fresh, or now and then
 * the name of a visible variable declared outside this block, which it
 * then hides.
 */
static const char *new_name(struct ctx *c, const char *prefix)
{
    if (on[F_SHADOW] && chance(25)) {
        int start = c->blk->scope;
        int from = (int)rnd((unsigned)(start > 0 ? start : 1));
        for (int k = 0; k < start; k++) {
            int i = (from + k) % start;
            /* never d: the depth budget of every call and guard */
            if (!visible(i) || strcmp(vars[i].name, "gx") == 0 || strcmp(vars[i].name, "d") == 0)
                continue;
            if (!on[F_DEFER_SHADOW] && defer_mentions(c, vars[i].name))
                continue;
            return vars[i].name;
        }
    }
    return fresh_name(prefix);
}

/* ---- expressions --------------------------------------------------------------- */

enum {
    X_STABLE = 1,   /* only what no one else changes while we are suspended: no globals, statics, calls */
    X_FROZEN = 2,   /* only constants, `gx` and variables never assigned (a GENEXPR's copies) */
    X_NOMACRO = 4,  /* no user macros: the argument of a YIELD written through a macro */
    X_NOSTATIC = 8, /* no static locals */
};

/* The name a new declaration must not read in its own initializer. */
static const char *declaring;

static bool being_declared(const struct var *v)
{
    return declaring && strcmp(v->name, declaring) == 0;
}

static bool readable(const struct var *v, int flags)
{
    if (being_declared(v))
        return false;
    if (v->kind == V_FRAME || v->kind == V_ITER)
        return false;
    if ((flags & X_STABLE) && (v->shared || v->kind == V_PTR))
        return false;   /* (a pointer may point into a global array) */
    if ((flags & X_NOSTATIC) && v->shared && !v->global)
        return false;
    if (flags & X_FROZEN)
        return v->kind == V_VALUE && !is_struct(v->type) && ((v->frozen && !v->shared) || v->global);
    return true;
}

/* A random visible variable that `ok` accepts, or NULL. */
static struct var *pick_var(bool (*ok)(const struct var *, int), int flags)
{
    int n = 0;
    for (int i = 0; i < nvars; i++)
        if (visible(i) && ok(&vars[i], flags))
            n++;
    if (!n)
        return NULL;
    int k = (int)rnd((unsigned)n);
    for (int i = 0; i < nvars; i++)
        if (visible(i) && ok(&vars[i], flags) && k-- == 0)
            return &vars[i];
    return NULL;
}

static char *uexpr(struct ctx *c, int depth, int flags);

static char *constant(void)
{
    static const unsigned small[] = { 1, 2, 3, 5, 7, 9, 11, 16, 31, 100, 255, 1000 };
    if (chance(15))
        return fmt("%uu", (unsigned)rnd64());
    return fmt("%uu", small[rnd(sizeof small / sizeof small[0])]);
}

/* An unsigned value read from a variable. */
static char *read_var(struct ctx *c, struct var *v, int depth, int flags)
{
    v->read = true;
    switch (v->kind) {
    case V_ARRAY: return fmt("%s[(%s) & 3u]", v->name, uexpr(c, depth + 1, flags));
    case V_PTR: return fmt("*%s", v->name);
    case V_SPTR: return chance(50) ? fmt("%s->a", v->name) : fmt("%s->b[(%s) & 1u]", v->name, uexpr(c, depth + 1, flags));
    default:
        if (is_struct(v->type) && chance(50))
            return fmt("%s.b[(%s) & 1u]", v->name, uexpr(c, depth + 1, flags));
        return to_u(v->type, v->name);
    }
}

static char *leaf(struct ctx *c, int depth, int flags)
{
    if (chance(70)) {
        struct var *v = pick_var(readable, flags);
        if (v)
            return read_var(c, v, depth, flags);
    }
    if (!(flags & X_NOMACRO) && chance(8))
        return chance(50) ? "ONE" : fmt("SQ(%s)", constant());
    return constant();
}

/* An expression of type unsigned, without side effects, defined for every input. */
static char *uexpr(struct ctx *c, int depth, int flags)
{
    if (depth >= 3 || chance(35))
        return leaf(c, depth, flags);
    char *a = uexpr(c, depth + 1, flags), *b = uexpr(c, depth + 1, flags);
    if (strcmp(a, b) == 0)      /* x < x, x ^ x: compilers warn */
        b = constant();
    switch (rnd(14)) {
    case 0: return fmt("(%s + %s)", a, b);
    case 1: return fmt("(%s - %s)", a, b);
    case 2: return fmt("(%s * %s)", a, b);
    case 3: return fmt("(%s ^ %s)", a, b);
    case 4: return fmt("(%s & %s)", a, b);
    case 5: return fmt("(%s | %s)", a, b);
    case 6: return fmt("(%s << (%s & 7u))", a, b);
    case 7: return fmt("(%s >> (%s & 7u))", a, b);
    case 8: return fmt("(%s / (%s | 1u))", a, b);
    case 9: return fmt("(%s %% (%s | 1u))", a, b);
    case 10: return fmt("(unsigned)(%s < %s)", a, b);
    case 11: return fmt("(%s != 0u ? %s : %s)", a, b, uexpr(c, depth + 1, flags));  /* `x * y ? ...` warns */
    case 12: return (flags & (X_STABLE | X_FROZEN)) ? fmt("(~%s)", a) : fmt("mix(%s, %s)", a, b);
    default: return fmt("(unsigned)(unsigned char)%s", a);
    }
}

/* A condition: true now and then, false now and then. */
static char *cond(struct ctx *c, int flags)
{
    char *e = uexpr(c, 1, flags);
    switch (rnd(4)) {
    case 0: return fmt("%s %% %uu == %uu", e, 2 + rnd(3), rnd(2));
    case 1: return fmt("(%s & %uu) != 0u", e, 1u << rnd(4));
    case 2: return fmt("%s > %uu", e, 1 + rnd(200));
    default: return fmt("%s %% 3u != 1u", e);
    }
}

/* A value of type t, from unsigned expressions. */
static char *value_of(struct ctx *c, int t, int flags)
{
    char *e = uexpr(c, 1, flags);
    switch (t) {
    case T_UCHAR: return fmt("(unsigned char)%s", e);
    case T_ULL: return fmt("(unsigned long long)%s * 4099ull", e);
    case T_INT: return fmt("(int)(%s %% 2001u) - 1000", e);
    case T_STR: return fmt("names[%s & 3u]", e);
    case T_S0: case T_S1:
        /* parenthesized: the commas must not split a macro's arguments */
        return fmt("((%s){ %s, { %s, %s }, (unsigned char)%s })", type_names[t], e, uexpr(c, 2, flags),
                   uexpr(c, 2, flags), uexpr(c, 2, flags));
    default: return e;
    }
}

/* ---- blocks and declarations --------------------------------------------- */

static void open_block(struct ctx *c, struct block *b, struct node *n)
{
    memset(b, 0, sizeof *b);
    b->up = c->blk;
    b->node = n;
    b->scope = nvars;
    c->blk = b;
}

/*
 * Closes the innermost block: `(void)x;` for each of its variables never
 * read (no unused warnings), then the labels gotos jump to, then its
 * variables go out of scope.
 */
static void close_block(struct ctx *c)
{
    struct block *b = c->blk;
    if (b->pending)
        add(b->node, node_new(false, fmt("%s: ;", b->pending), NULL));
    if (b->end_label)
        add(b->node, node_new(false, fmt("%s: ;", b->end_label), NULL));
    /* after the labels: a goto to the end still closes the frames */
    for (int i = nvars - 1; i >= b->scope; i--)
        if (vars[i].kind == V_FRAME)    /* a frame left suspended could hold allocated sub-frames */
            add(b->node, line(fmt("yieldc_close(&%s.it);", vars[i].name)));
        else if (!vars[i].read)
            add(b->node, line(fmt("(void)%s;", vars[i].name)));
    if (!b->node->last)
        add(b->node, node_new(false, ";", NULL));
    nvars = b->scope;
    c->blk = b->up;
}

static bool can_declare(const struct ctx *c, bool sub)
{
    return !sub && !c->blk->no_decl && !c->blk->pending && nvars < MAX_VARS - 16;
}

static char *init_expr(struct ctx *c, int t, const char *name, int flags)
{
    declaring = name;
    char *e = value_of(c, t, flags);
    declaring = NULL;
    return e;
}

static unsigned print_counter;

/* A tag that makes each print line of the program unique. */
static char *tag(const struct ctx *c)
{
    return fmt("%s.%u", c->tag, print_counter++);
}

static void follow(struct ctx *c, struct node *n)
{
    if (c->nafter < 4)
        c->after[c->nafter++] = n;
}

static struct node *stmt(struct ctx *c, bool sub);
static void stmts(struct ctx *c, int n);

/* A YIELD of a value of type t, directly or through the user's macros. */
static char *yield_text(struct ctx *c, int t)
{
    const char *via = "YIELD";
    if (on[F_MACRO_CHAIN] && chance(15))
        via = "EMIT_CHAIN";
    else if (on[F_MACRO_YIELD] && chance(20))
        via = "EMIT";
    int flags = strcmp(via, "YIELD") != 0 && !on[F_MACRO_ARG] ? X_NOMACRO : 0;
    return fmt("%s(%s)", via, value_of(c, t, flags));
}

/* ---- simple statements ------------------------------------------------------ */

static struct node *s_yield(struct ctx *c, bool sub)
{
    struct gen *g = self_gen(c);
    (void)sub;
    if (!g)
        return NULL;
    if (on[F_MACRO_MULTI] && chance(10))
        return line(fmt("EMIT_TWICE(%s, %s);", value_of(c, g->T, 0), value_of(c, g->T, 0)));
    return line(fmt("%s;", yield_text(c, g->T)));
}

static bool assignable(const struct var *v, int flags)
{
    return readable(v, flags) && !v->frozen && (v->kind == V_VALUE || v->kind == V_ARRAY);
}

static int want_type;

static bool assignable_of_type(const struct var *v, int flags)
{
    return assignable(v, flags) && v->kind == V_VALUE && v->type == want_type;
}

static struct var *pick_of_type(int t, int flags)
{
    want_type = t;
    return pick_var(assignable_of_type, flags);
}

/* The received value: x = YIELD(v); S x = YIELD(v); x += YIELD(v); a[i] = YIELD(v); */
static struct node *s_receive(struct ctx *c, bool sub)
{
    struct gen *g = self_gen(c);
    if (!g || g->S == T_NONE)
        return NULL;
    unsigned form = rnd(4);
    const char *name = form == 0 && can_declare(c, sub) ? new_name(c, "r") : NULL;
    declaring = name;
    char *y = fmt("YIELD(%s)", value_of(c, g->T, 0));
    declaring = NULL;
    struct var *x = pick_of_type(g->S, X_STABLE);
    if (name) {
        char *text = fmt("%s = %s;", decl_of(g->S, name), y);
        x = declare(name, g->S, V_VALUE);
        follow(c, line(print_value(tag(c), g->S, name)));
        x->read = true;
        return node_new(false, text, NULL);
    }
    if (form == 1 && x && (x->type == T_U || x->type == T_WORD || x->type == T_ULL)) {
        x->read = true;
        follow(c, line(print_value(tag(c), x->type, x->name)));
        return line(fmt("%s %s= %s;", x->name, chance(50) ? "+" : "^", y));
    }
    if (form == 2 && g->S == T_U) {
        struct var *a = pick_var(assignable, X_STABLE);
        if (a && a->kind == V_ARRAY) {
            a->read = true;
            return line(fmt("%s[%uu] = %s;", a->name, rnd(4), y));
        }
    }
    if (!x)
        return NULL;
    x->read = true;
    follow(c, line(print_value(tag(c), x->type, x->name)));
    return line(fmt("%s = %s;", x->name, y));
}

/* The received value as a call argument: printf("...", YIELD(v)); (void)YIELD(v); x = (YIELD(v), e); */
static struct node *s_yield_argument(struct ctx *c, bool sub)
{
    struct gen *g = self_gen(c);
    (void)sub;
    if (!g || g->S == T_NONE || !on[F_YIELD_ARG])
        return NULL;
    char *y = fmt("YIELD(%s)", value_of(c, g->T, 0));
    struct var *x = chance(15) ? pick_of_type(T_U, X_STABLE) : NULL;
    if (x) {    /* the value dropped by a comma */
        x->read = true;
        follow(c, line(print_value(tag(c), T_U, x->name)));
        return line(fmt("%s = (%s, %s);", x->name, y, uexpr(c, 2, X_STABLE)));
    }
    if (is_struct(g->S) || g->S == T_STR || g->S == T_ULL || chance(20))
        return line(fmt("(void)%s;", y));
    if (g->S == T_U && chance(30))
        return line(fmt("printf(\"%s %%u\\n\", mix(%s, %s));", tag(c), y, uexpr(c, 2, X_STABLE)));
    return line(fmt("printf(\"%s %s\\n\", %s);", tag(c), g->S == T_INT ? "%d" : "%u", y));
}

static struct node *s_print(struct ctx *c, bool sub)
{
    (void)sub;
    if (chance(40)) {
        struct var *v = pick_var(readable, 0);
        if (v && v->kind == V_VALUE) {
            v->read = true;
            return line(print_value(tag(c), v->type, v->name));
        }
    }
    return line(fmt("printf(\"%s %%u\\n\", %s);", tag(c), uexpr(c, 0, 0)));
}

static struct node *s_assign(struct ctx *c, bool sub)
{
    (void)sub;
    struct var *v = pick_var(assignable, 0);
    if (!v)
        return NULL;
    if (v->kind == V_ARRAY)
        return line(fmt("%s[(%s) & 3u] = %s;", v->name, uexpr(c, 1, 0), uexpr(c, 0, 0)));
    if (is_struct(v->type)) {
        if (chance(50))
            return line(fmt("%s = %s;", v->name, value_of(c, v->type, 0)));
        return line(fmt("%s.%s = %s;", v->name, chance(50) ? "a" : "b[1]", uexpr(c, 0, 0)));
    }
    if ((v->type == T_U || v->type == T_WORD || v->type == T_ULL) && chance(40))
        return line(fmt("%s %s= %s;", v->name, chance(50) ? "+" : "*", uexpr(c, 1, 0)));
    char *value = value_of(c, v->type, 0);
    if (strcmp(value, v->name) == 0)    /* x = x: compilers warn */
        value = value_of(c, v->type, X_FROZEN);
    return line(fmt("%s = %s;", v->name, value));
}

/* Through a pointer to a local: *p, p->a, after a YIELD has passed. */
static struct node *s_through_pointer(struct ctx *c, bool sub)
{
    (void)sub;
    for (int i = nvars - 1; i >= 0; i--) {
        struct var *v = &vars[i];
        if (!visible(i) || (v->kind != V_PTR && v->kind != V_SPTR) || v->const_target || chance(40))
            continue;
        v->read = true;
        if (v->kind == V_PTR)
            return line(fmt("*%s += %s;", v->name, uexpr(c, 1, 0)));
        return line(fmt("%s->b[%uu] = %s;", v->name, rnd(2), uexpr(c, 1, 0)));
    }
    return NULL;
}

/* Declarations: several declarators, arrays, structs, pointers to locals, statics. */
static struct node *s_declare(struct ctx *c, bool sub)
{
    if (!can_declare(c, sub))
        return NULL;
    unsigned form = rnd(8);
    if (form == 0) {                              /* unsigned a[4] = { ... } */
        const char *name = new_name(c, "a");
        char *init = chance(30) ? fmt("{ [%u] = %s }", rnd(4), init_expr(c, T_U, name, 0))
                                : fmt("{ %s, %s, %s }", init_expr(c, T_U, name, 0), init_expr(c, T_U, name, 0),
                                      init_expr(c, T_U, name, 0));
        declare(name, T_U, V_ARRAY);
        return node_new(false, fmt("unsigned %s[4] = %s;", name, init), NULL);
    }
    if (form == 1 && on[F_ADDRESS]) {             /* unsigned *p = &x; struct s0 *q = &s; */
        struct var *target = NULL;
        const char *name = new_name(c, "p");
        for (int i = nvars - 1; i >= 0 && !target; i--)
            if (visible(i) && strcmp(vars[i].name, name) != 0 && !vars[i].shared && !vars[i].no_address && !vars[i].frozen && chance(50)
                && ((vars[i].kind == V_VALUE && (vars[i].type == T_U || vars[i].type == T_S0))
                    || vars[i].kind == V_ARRAY))
                target = &vars[i];
        if (!target)
            return NULL;
        target->read = true;
        if (target->kind == V_ARRAY) {
            declare(name, T_U, V_PTR)->frozen = true;
            return node_new(false, fmt("unsigned *%s = &%s[%u];", name, target->name, rnd(4)), NULL);
        }
        bool s = target->type == T_S0;
        declare(name, target->type, s ? V_SPTR : V_PTR)->frozen = true;
        return node_new(false, fmt("%s *%s = &%s;", type_names[target->type], name, target->name), NULL);
    }
    if (form == 2 && on[F_STATIC] && c->gen >= 0) {   /* static unsigned s = 3u; */
        const char *name = new_name(c, "st");
        declare(name, T_U, V_VALUE)->shared = true;
        return node_new(false, fmt("static unsigned %s = %uu;", name, rnd(50)), NULL);
    }
    if (form == 3 && on[F_COMPOUND_ARRAY] && c->gen >= 0) {   /* unsigned *p = (unsigned[]){ ... }; */
        const char *name = new_name(c, "cl");
        char *text = fmt("unsigned *%s = (unsigned[4]){ %s, %s, %s, %s };", name, init_expr(c, T_U, name, 0),
                         init_expr(c, T_U, name, 0), init_expr(c, T_U, name, 0), init_expr(c, T_U, name, 0));
        declare(name, T_U, V_PTR)->frozen = true;
        return node_new(false, text, NULL);
    }
    /* one type, one to three declarators, maybe qualified */
    int t = pick_type();
    const char *qual = "";
    bool frozen = false, reg = false;
    if (!is_struct(t) && t != T_STR && chance(25)) {
        static const char *const quals[] = { "const ", "volatile ", "register " };
        qual = quals[rnd(3)];
        frozen = qual[0] == 'c';
        reg = qual[0] == 'r';
    }
    unsigned n = 1 + (chance(30) ? rnd(3) : 0);
    struct buf b = {0};
    const char *names[3];
    for (unsigned k = 0; k < n; k++) {
        /* only the first may hide an outer name: the later initializers must not see it */
        const char *name = n == 1 ? new_name(c, "x") : fresh_name("x");
        names[k] = name;
        char *init = init_expr(c, t, name, 0);
        if (k == 0)
            buf_printf(&b, "%s%s = %s", qual, decl_of(t, name), init);
        else
            buf_printf(&b, ", %s%s = %s", t == T_STR ? "*" : "", name, init);
    }
    for (unsigned k = 0; k < n; k++) {
        struct var *v = declare(names[k], t, V_VALUE);
        v->frozen = frozen;
        v->no_address = reg;
    }
    buf_printf(&b, ";");
    return node_new(false, b.data, NULL);
}

/* ---- compound statements ------------------------------------------------------ */

static bool deep_enough(const struct ctx *c)
{
    return c->depth >= 4 || c->budget < 3;
}

/*
 * The body of `head`: a braced block of about n statements, or one
 * unbraced statement.
 */
static void fill_body(struct ctx *c, struct node *n, const char *head, int count, bool braced)
{
    if (braced) {
        struct block b;
        n->head = fmt("%s {", head);
        n->tail = "}";
        open_block(c, &b, n);
        stmts(c, count);
        close_block(c);
    } else {
        n->head = fmt("%s", head);
        struct node *k = stmt(c, true);
        k->substatement = true;
        add(n, k);
    }
}

static struct node *s_if(struct ctx *c, bool sub)
{
    (void)sub;
    if (deep_enough(c))
        return NULL;
    struct node *n = node_new(true, NULL, NULL);
    n->indent = 0;
    struct node *then = node_new(false, NULL, NULL);
    fill_body(c, then, fmt("if (%s)", cond(c, 0)), 1 + (int)rnd(3), chance(60));
    add(n, then);
    if (chance(40)) {
        struct node *other = node_new(false, NULL, NULL);
        fill_body(c, other, "else", 1 + (int)rnd(3), chance(60));
        add(n, other);
    }
    return n;
}

/* A loop whose head owns its bound: for, while (w++ < K), do ... while (++w < K). */
static struct node *s_loop(struct ctx *c, bool sub)
{
    if (deep_enough(c))
        return NULL;
    unsigned bound = 1 + rnd(3), form = rnd(3);
    int saved_mult = c->mult;
    c->loops++;
    c->breakable++;
    c->mult *= (int)bound;
    struct node *n;
    (void)sub;
    if (form == 0) {
        int mark = nvars;
        const char *i = new_name(c, "i");
        char *head;
        if (chance(25)) {
            const char *j = fresh_name("j");
            declaring = i;      /* j's initializer sees the new i */
            char *init = uexpr(c, 2, 0);
            declaring = NULL;
            head = fmt("for (unsigned %s = 0u, %s = %s; %s < %uu; %s++, %s += 2u)", i, j, init, i, bound, i, j);
            declare(j, T_U, V_VALUE)->frozen = true;
            vars[nvars - 1].read = true;
        } else {
            head = fmt("for (unsigned %s = 0u; %s < %uu; %s++)", i, i, bound, i);
        }
        struct var *v = declare(i, T_U, V_VALUE);
        v->frozen = true;
        v->read = true;
        n = node_new(true, NULL, NULL);
        fill_body(c, n, head, 1 + (int)rnd(3), chance(70));
        nvars = mark;
    } else {
        /* { unsigned w = 0u; while (w++ < K) ... } */
        const char *w = fresh_name("w");
        n = node_new(true, "{", "}");
        struct block b;
        open_block(c, &b, n);
        add(n, node_new(false, fmt("unsigned %s = 0u;", w), NULL));
        declare(w, T_U, V_VALUE)->read = true;
        vars[nvars - 1].frozen = true;
        struct node *loop = node_new(true, NULL, NULL);
        if (form == 1) {
            fill_body(c, loop, fmt("while (%s++ < %uu)", w, bound), 1 + (int)rnd(3), chance(70));
        } else {
            fill_body(c, loop, "do", 1 + (int)rnd(3), true);
            loop->tail = fmt("} while (++%s < %uu);", w, bound);
        }
        add(n, loop);
        close_block(c);
    }
    c->mult = saved_mult;
    c->loops--;
    c->breakable--;
    return n;
}

static struct node *s_block(struct ctx *c, bool sub)
{
    (void)sub;
    if (deep_enough(c))
        return NULL;
    struct node *n = node_new(true, "{", "}");
    struct block b;
    open_block(c, &b, n);
    stmts(c, 1 + (int)rnd(4));
    close_block(c);
    return n;
}

/*
 * switch (e % 4u) { case 0: ... break; case 2: ... (falls through) default: ... }
 * Its body takes no declaration and no DEFER: a case label jumps past them.
 */
static struct node *s_switch(struct ctx *c, bool sub)
{
    (void)sub;
    if (!on[F_SWITCH] || deep_enough(c))
        return NULL;
    struct node *n = node_new(true, fmt("switch (%s %% 4u) {", uexpr(c, 1, 0)), "}");
    struct block b;
    open_block(c, &b, n);
    b.no_decl = b.no_defer = true;
    c->breakable++;
    unsigned ncases = 1 + rnd(4);
    bool used[4] = { false };
    for (unsigned k = 0; k < ncases; k++) {
        unsigned v = rnd(4);
        bool dflt = k == ncases - 1 && chance(40);
        if (used[v] && !dflt)
            continue;
        used[v] = true;
        struct node *group = node_new(false, dflt ? "default:" : fmt("case %u:", v), NULL);
        /* its statements are the group's children; they are statements of the switch body */
        struct node *saved = b.node;
        b.node = group;
        stmts(c, 1 + (int)rnd(2));
        b.node = saved;
        bool falls = k + 1 < ncases && chance(35);
        group->tail = falls ? "/* fall through */" : "break;";
        if (falls)
            add(group, node_new(false, ";", NULL));
        add(n, group);
        if (dflt)
            break;
    }
    c->breakable--;
    close_block(c);
    return n;
}

/* ---- jumps ----------------------------------------------------------------------- */

/*
 * if (c) goto L; to a label later in an enclosing block: at its end, or a
 * label still to be placed between two of its statements (until then the
 * block takes no declaration, which the jump would skip, and no DEFER,
 * whose scope it would enter).
 */
static struct node *s_goto(struct ctx *c, bool sub)
{
    (void)sub;
    if (!on[F_GOTO])
        return NULL;
    int levels = 0;
    for (struct block *b = c->blk; b; b = b->up)
        levels++;
    struct block *target = c->blk;
    for (unsigned k = rnd((unsigned)levels); k > 0 && target->up; k--)
        target = target->up;
    char *label;
    if (target->pending) {
        label = target->pending;
    } else if (chance(50)) {
        label = target->pending = fresh_name("L");
    } else {
        if (!target->end_label)
            target->end_label = fresh_name("E");
        label = target->end_label;
    }
    /* a DEFER later in the target block would be jumped over */
    target->no_defer = true;
    return line(chance(80) ? fmt("if (%s) goto %s;", cond(c, 0), label) : fmt("goto %s;", label));
}

/*
 * { unsigned b = 0u; L: s; ...; if (++b < K) goto L; }: a loop made of a
 * backward goto, with a statement right after the label.
 */
static struct node *s_backward_goto(struct ctx *c, bool sub)
{
    (void)sub;
    if (!on[F_GOTO] || deep_enough(c))
        return NULL;
    const char *counter = fresh_name("b"), *label = fresh_name("B");
    unsigned bound = 1 + rnd(3);
    struct node *n = node_new(true, "{", "}");
    struct block b;
    open_block(c, &b, n);
    b.no_defer = true;      /* whether a jump back past a DEFER runs it is not in the contract */
    add(n, node_new(false, fmt("unsigned %s = 0u;", counter), NULL));
    declare(counter, T_U, V_VALUE)->read = true;
    vars[nvars - 1].frozen = true;
    int saved_mult = c->mult;
    c->mult *= (int)bound;
    struct node *at = node_new(false, fmt("%s:", label), NULL);
    struct node *first = stmt(c, true);
    first->substatement = true;
    add(at, first);
    add(n, at);
    stmts(c, (int)rnd(3));
    add(n, node_new(true, fmt("if (++%s < %uu) goto %s;", counter, bound, label), NULL));
    c->mult = saved_mult;
    close_block(c);
    return n;
}

static struct node *s_break(struct ctx *c, bool sub)
{
    (void)sub;
    if (!c->breakable)
        return NULL;
    const char *what = c->loops && chance(40) ? "continue" : "break";
    return line(fmt("if (%s) %s;", cond(c, 0), what));
}

static struct node *s_return(struct ctx *c, bool sub)
{
    (void)sub;
    struct gen *g = self_gen(c);
    if (chance(60))
        return NULL;
    if (!g)
        for (int i = nglobals; i < nvars; i++)
            if (vars[i].kind == V_FRAME)
                return NULL;    /* it would not be closed */
    char *when = fmt("if (%s)", cond(c, 0));
    if (!g || g->R == T_NONE)
        return line(fmt("%s return;", when));
    if (chance(25)) {   /* a zero result; plain C has no `return;` in a function with a value */
        return line(fmt("%s {\n#ifdef YIELDC_REFERENCE\n    return (%s){0};\n#else\n    return;\n#endif\n}",
                        when, type_names[g->R]));
    }
    return line(fmt("%s return %s;", when, value_of(c, g->R, 0)));
}

/* ---- DEFER ----------------------------------------------------------------------- */

static bool closable(const struct var *v, int flags)
{
    (void)flags;
    return v->kind == V_FRAME;
}

static bool defer_allowed(const struct ctx *c, bool sub)
{
    return on[F_DEFER] && c->gen >= 0 && !sub && !c->blk->no_defer && !c->blk->pending && !c->blk->end_label;
}

/* DEFER(statement): a print of what it can see, a change to an outer variable, a close. */
static struct node *s_defer(struct ctx *c, bool sub)
{
    if (!defer_allowed(c, sub))
        return NULL;
    char *what;
    struct var *v;
    int flags = on[F_DEFER_STATIC] ? 0 : X_NOSTATIC;
    switch (rnd(4)) {
    case 0:
        v = pick_var(assignable, flags);
        if (v && v->kind == V_VALUE && !is_struct(v->type) && v->type != T_STR && v->type != T_INT) {
            what = fmt("%s += %s", v->name, uexpr(c, 1, flags));
            break;
        }
        /* fall through */
    case 1:
        v = pick_var(closable, 0);
        if (v) {
            v->read = true;
            what = fmt("yieldc_close(&%s.it)", v->name);
            break;
        }
        /* fall through */
    default:
        what = fmt("printf(\"%s %%u\\n\", %s)", tag(c), uexpr(c, 0, flags));
    }
    buf_printf(&c->blk->defers, "%s\n", what);
    return line(fmt("DEFER(%s);", what));
}

/* ---- generator calls and iterator sources ------------------------------------------ */

/* May `t` be delivered where `want` is expected (the same size: FOREACH and GENEXPR check it)? */
static bool same_values(int t, int want)
{
    if (want == T_NONE)
        return true;
    return t == want || ((t == T_U || t == T_WORD) && (want == T_U || want == T_WORD));
}

/* A generator with sent type `sub` can take the values sent to one with `outer`. */
static bool sends_fit(int outer, int sub)
{
    /* one without a sent type may still be sent values, which it passes through (send-through) */
    return sub == T_NONE || outer == sub || (on[F_SEND_THROUGH] && outer == T_NONE);
}

static bool source_var(const struct var *v, int flags)
{
    (void)flags;
    return (v->kind == V_FRAME || v->kind == V_ITER) && !being_declared(v);
}

/* Sources may not be calls (they would make a generator that nothing closes). */
static bool no_calls;

struct source {
    char *text;
    int T;          /* the type of its values */
    int gen;        /* the generator it comes from; -1: a GENEXPR or a source parameter */
    bool guarded;   /* a call that needs `if (d > 0u)` */
    bool call;
};

static bool genexpr_source(struct ctx *c, struct source *s, int nesting);

/*
 * A pointer to an iterator of unsigned values nobody sends to, for a
 * source parameter: a frame's, a pointer's, or in a consumer
 * &GENEXPR(...).it, which lives until the end of the block.
 */
static char *source_argument(struct ctx *c)
{
    struct source g;
    if (c->gen < 0 && on[F_GENEXPR] && chance(15)) {
        /* nothing closes it: it must own no generator, which could hold allocated sub-frames */
        no_calls = true;
        bool made = genexpr_source(c, &g, 1);
        no_calls = false;
        if (made)
            return fmt("&%s.it", g.text);
    }
    for (int i = nvars - 1; i >= 0; i--) {
        struct var *v = &vars[i];
        /* a frame two generators delegate to, stepped in turn, would be refused by one of them
         * while the other's YIELD_FROM runs it (yieldc's chains; Python would let both run it) */
        if (!visible(i) || !source_var(v, 0) || chance(30) || (v->given && c->gen < 0) || v->stepped)
            continue;
        bool fits = v->kind == V_FRAME ? gens[v->gen].T == T_U && gens[v->gen].S == T_NONE
                                       : v->type == T_U && (v->gen < 0 || gens[v->gen].S == T_NONE);
        if (!fits)
            continue;
        v->read = true;
        v->given = v->given || c->gen < 0;
        return v->kind == V_FRAME ? fmt("&%s.it", v->name) : fmt("%s", v->name);
    }
    return NULL;
}

static bool has_source_param(const struct gen *g)
{
    for (int k = 0; k < g->nparams; k++)
        if (g->params[k].kind == P_SOURCE)
            return true;
    return false;
}

static bool array_var(const struct var *v, int flags)
{
    (void)flags;
    return v->kind == V_ARRAY && !being_declared(v);
}

static char *received(struct ctx *c);
static bool scalar_sent(int t);

/* Set while a FOREACH's source is chosen where one of its arguments may YIELD (yield-source). */
static bool yield_in_arguments;

/* The arguments of a call of generator j, or NULL when none can be made. */
static char *call_of(struct ctx *c, int j, bool guarded)
{
    struct gen *g = &gens[j];
    struct buf b = {0};
    /* the other arguments may be evaluated before or after the YIELD: no reads of what the consumer changes */
    int flags = yield_in_arguments ? X_STABLE : 0;
    if (c->gen < 0)
        buf_printf(&b, "%s(%uu", g->name, rnd(3));
    else
        buf_printf(&b, "%s(%s", g->name, guarded ? "d - 1u" : "d");
    for (int k = 1; k < g->nparams; k++) {
        const struct param *p = &g->params[k];
        if (p->kind == P_SOURCE) {
            char *s = source_argument(c);
            if (!s)
                return NULL;
            buf_printf(&b, ", %s", s);
        } else if (p->kind == P_ARRAY) {
            struct var *a = pick_var(array_var, 0);
            if (!a)
                return NULL;    /* every array is hidden */
            a->read = true;
            buf_printf(&b, ", %s", a->name);
        } else if (yield_in_arguments && p->type == T_U) {
            yield_in_arguments = false;     /* one: the order of a call's arguments is unspecified */
            buf_printf(&b, ", %s + %s", value_of(c, p->type, flags), received(c));
        } else {
            buf_printf(&b, ", %s", value_of(c, p->type, flags));
        }
    }
    buf_printf(&b, ")");
    return b.data;
}

/*
 * May generator j be called from here? From a generator: an earlier one
 * always (it keeps the depth), itself or a later one only behind
 * `if (d > 0u)` with the depth decreased (*guarded), where few enclosing
 * loops multiply the calls.
 */
static bool may_call(struct ctx *c, int j, int self_feature, int later_feature, bool *guarded)
{
    *guarded = false;
    if (c->gen < 0 || j < c->gen)
        return true;
    if (!on[j == c->gen ? self_feature : later_feature] || c->mult > 2 || gens[c->gen].nrec >= 2)
        return false;
    *guarded = true;
    if (j > c->gen)
        gens[j].prototyped = true;
    return true;
}



/*
 * A source of values of type `want` (T_NONE: any) whose generator can take
 * the values sent as `sent`: a generator call, a frame variable, an
 * iterator pointer or a GENEXPR.
 */
static bool pick_source(struct ctx *c, int want, int sent, bool foreach, int nesting, struct source *s)
{
    memset(s, 0, sizeof *s);
    for (int attempt = 0; attempt < 8; attempt++) {
        unsigned kind = rnd(10);
        /* yieldc puts a prototyped generator's frame at its prototype, before the frames it would hold */
        bool inline_frame = foreach && c->gen >= 0 && gens[c->gen].prototyped && !on[F_PROTOTYPES];
        if (kind < 5 && !no_calls && !inline_frame) {
            int j = (int)rnd((unsigned)ngens);
            bool guarded;
            int self_f = foreach ? F_FOREACH_RECURSION : F_RECURSION;
            int later_f = foreach ? F_FOREACH_RECURSION : F_MUTUAL;
            if (!same_values(gens[j].T, want) || !sends_fit(sent, gens[j].S))
                continue;
            if (!may_call(c, j, self_f, later_f, &guarded))
                continue;
            char *call = call_of(c, j, guarded);
            if (!call)
                continue;
            *s = (struct source){ call, gens[j].T, j, guarded, true };
            return true;
        }
        if (kind < 8) {
            struct var *v = pick_var(source_var, 0);
            if (!v)
                continue;
            int t = v->kind == V_FRAME ? gens[v->gen].T : v->type;
            int g = v->gen;
            if (!same_values(t, want) || (g >= 0 && !sends_fit(sent, gens[g].S)) || (v->given && c->gen < 0)
                || v->stepped)
                continue;   /* a frame given to one consumer's generator is not given to another */
            v->read = true;
            v->given = v->given || c->gen < 0;
            *s = (struct source){ fmt("%s", v->name), t, g, false, false };
            return true;
        }
        if (on[F_GENEXPR] && nesting < 2 && same_values(T_U, want) && genexpr_source(c, s, nesting))
            return true;
    }
    return false;
}

/* GENEXPR(value, unsigned gx, source) or GENEXPR_IF(..., condition): values of type unsigned. */
static bool genexpr_source(struct ctx *c, struct source *s, int nesting)
{
    struct source inner;
    yield_in_arguments = false;     /* (yieldc refuses a YIELD in a GENEXPR's source) */
    if (c->gen >= 0 && !on[F_GENEXPR_NESTED])
        nesting = 2;    /* a GENEXPR inside a GENEXPR breaks yieldc in a generator */
    if (!pick_source(c, T_U, T_NONE, true, nesting + 1, &inner))
        return false;
    int mark = nvars;
    struct var *gx = declare("gx", T_U, V_VALUE);
    gx->frozen = true;
    char *value = uexpr(c, 1, X_FROZEN);
    char *text = chance(50) ? fmt("GENEXPR(%s, unsigned gx, %s)", value, inner.text)
                            : fmt("GENEXPR_IF(%s, unsigned gx, %s, %s)", value, inner.text, cond(c, X_FROZEN));
    nvars = mark;
    *s = (struct source){ text, T_U, -1, inner.guarded, true };
    return true;
}

/* Wraps a statement that calls a later generator or itself: if (d > 0u) ... */
static struct node *guard(struct node *n, bool guarded)
{
    if (!guarded)
        return n;
    struct node *g = node_new(true, "if (d > 0u)", NULL);
    n->substatement = true;
    add(g, n);
    return g;
}

/* A frame variable or iterator pointer whose generator has a result (from-pointer-result). */
static bool result_source(const struct gen *g, struct source *s)
{
    for (int i = nvars - 1; i >= 0; i--) {
        struct var *v = &vars[i];
        if (!visible(i) || !source_var(v, 0) || v->gen < 0)
            continue;
        const struct gen *sub = &gens[v->gen];
        if (sub->R != T_U || !same_values(sub->T, g->T) || !sends_fit(g->S, sub->S))
            continue;
        v->read = true;
        *s = (struct source){ fmt("%s", v->name), sub->T, v->gen, false, false };
        return true;
    }
    return false;
}

/*
 * { YIELDC_FRAME(g) f = g(...); DEFER(close); struct yieldc_iter *p = &f.it; unsigned r = YIELD_FROM(p); }
 * for an earlier generator g with an unsigned result (from-pointer-result).
 */
static struct node *from_pointer_result(struct ctx *c)
{
    struct gen *g = self_gen(c);
    if (g->prototyped)      /* a frame held as a local puts this generator's frame after it (as s_frame) */
        return NULL;
    for (int j = 0; j < c->gen; j++) {
        const struct gen *sub = &gens[j];
        if (sub->R != T_U || !same_values(sub->T, g->T) || !sends_fit(g->S, sub->S) || chance(30))
            continue;
        char *call = call_of(c, j, false);
        if (!call)
            continue;
        const char *f = fresh_name("f"), *p = fresh_name("ip"), *r = fresh_name("fr");
        bool pointer = chance(60);
        struct node *n = node_new(true, "{", "}");
        add(n, node_new(false, fmt("YIELDC_FRAME(%s) %s = %s;", sub->name, f, call), NULL));
        add(n, node_new(false, fmt("DEFER(yieldc_close(&%s.it));", f), NULL));
        if (pointer)
            add(n, node_new(false, fmt("struct yieldc_iter *%s = &%s.it;", p, f), NULL));
        add(n, node_new(false, fmt("unsigned %s = YIELD_FROM(%s);", r, pointer ? p : f), NULL));
        add(n, line(print_value(tag(c), T_U, r)));
        return n;
    }
    return NULL;
}

/* YIELD_FROM(source); r = YIELD_FROM(call); R r = YIELD_FROM(call); */
static struct node *s_yield_from(struct ctx *c, bool sub)
{
    struct gen *g = self_gen(c);
    struct source s;
    if (g && on[F_YIELD_FROM] && on[F_FROM_POINTER_RESULT] && on[F_DEFER] && chance(40)) {
        struct node *n = from_pointer_result(c);
        if (n)
            return n;
    }
    const char *name = can_declare(c, sub) ? new_name(c, "fr") : NULL;
    declaring = name;
    bool found = g && on[F_YIELD_FROM] && ((on[F_FROM_POINTER_RESULT] && chance(50) && result_source(g, &s))
                                           || pick_source(c, g->T, g->S, false, 0, &s));
    declaring = NULL;
    if (!found)
        return NULL;
    if (s.guarded)
        gens[c->gen].nrec++;
    char *from = fmt("YIELD_FROM(%s)", s.text);
    int R = s.gen >= 0 ? gens[s.gen].R : T_NONE;
    bool value_known = s.call ? on[F_FROM_RESULT] : on[F_FROM_POINTER_RESULT] && (s.gen >= 0 || R == T_U);
    if (R == T_NONE || !value_known || s.gen < 0 || chance(30))
        return guard(line(fmt("%s;", from)), s.guarded);
    if (!s.call && R != T_U)
        return guard(line(fmt("%s;", from)), s.guarded);
    if (on[F_FROM_EXPR] && chance(40)) {
        if (g->R == R && chance(30))
            return guard(line(fmt("return %s;", from)), s.guarded);
        if (R == T_U && on[F_YIELD_COND] && !deep_enough(c) && chance(40)) {
            struct node *n = node_new(true, NULL, NULL);
            fill_body(c, n, fmt("if (%s %% 2u == 0u)", from), 1, chance(50));
            return guard(n, s.guarded);
        }
        if (R == T_U)
            return guard(line(fmt("printf(\"%s %%u\\n\", %s + %s);", tag(c), uexpr(c, 2, X_STABLE), from)),
                         s.guarded);
    }
    if (!s.guarded && name && chance(50)) {
        char *text = fmt("%s = %s;", decl_of(R, name), from);
        declare(name, R, V_VALUE)->read = true;
        follow(c, line(print_value(tag(c), R, name)));
        return node_new(false, text, NULL);
    }
    struct var *x = pick_of_type(R, X_STABLE);
    if (!x)
        return guard(line(fmt("%s;", from)), s.guarded);
    x->read = true;
    struct node *n = node_new(true, "{", "}");
    add(n, line(fmt("%s = %s;", x->name, from)));
    add(n, line(print_value(tag(c), R, x->name)));
    return guard(n, s.guarded);
}

/*
 * FOREACH (T v, source) body: in a generator the body may YIELD; break,
 * continue, return and goto leave it.
 */
static struct node *s_foreach(struct ctx *c, bool sub)
{
    struct source s;
    (void)sub;
    if (!on[F_FOREACH] || deep_enough(c))
        return NULL;
    /* without foreach-source-scope, the source does not name what the loop variable hides */
    const char *name = new_name(c, "v");
    declaring = on[F_FOREACH_SOURCE_SCOPE] ? NULL : name;
    struct gen *g = self_gen(c);
    yield_in_arguments = on[F_YIELD_SOURCE] && g && scalar_sent(g->S) && chance(25);
    bool found = pick_source(c, T_NONE, T_NONE, true, 0, &s);
    declaring = NULL;
    yield_in_arguments = false;
    if (!found)
        return NULL;
    if (s.guarded)
        gens[c->gen].nrec++;
    int mark = nvars;
    struct var *v = declare(name, s.T, V_VALUE);
    v->frozen = true;
    int saved_mult = c->mult;
    c->loops++;
    c->breakable++;
    c->mult *= 3;
    struct node *n = node_new(true, NULL, NULL);
    char *head = on[F_MACRO_FOREACH] && chance(30)
                     ? fmt("EACH(%s, %s)", decl_of(s.T, name), s.text)
                     : fmt("FOREACH (%s, %s)", decl_of(s.T, name), s.text);
    struct gen *self = self_gen(c);
    if (on[F_FOREACH_PASS] && self && same_values(s.T, self->T) && chance(20)) {
        /* passes each value on as it is, as Python's `for x in g(): yield x` */
        v->read = true;
        struct node *k = line(fmt("YIELD(%s);", name));
        if (chance(50)) {
            n->head = fmt("%s {", head);
            n->tail = "}";
        } else {
            n->head = head;
            k->substatement = true;
        }
        add(n, k);
    } else if (chance(80)) {    /* the loop variable is shown first: the values are what a FOREACH is about */
        struct block b;
        n->head = fmt("%s {", head);
        n->tail = "}";
        open_block(c, &b, n);
        v->read = true;
        add(n, line(print_value(tag(c), s.T, name)));
        struct gen *g = self_gen(c);
        if (g && same_values(s.T, g->T) && chance(50))     /* passes the value on, changed */
            add(n, line(fmt("YIELD(%s);", g->T == T_U || g->T == T_WORD ? fmt("%s + 1u", name) : name)));
        stmts(c, (int)rnd(3));
        close_block(c);
    } else {
        v->read = true;
        n->head = head;
        struct node *k = line(print_value(tag(c), s.T, name));
        k->substatement = true;
        add(n, k);
    }
    c->mult = saved_mult;
    c->loops--;
    c->breakable--;
    nvars = mark;
    return guard(n, s.guarded);
}

/* YIELDC_FRAME(g) f = g(...); and a pointer to it: frames held by a generator or a consumer. */

/*
 * Frames are closed by every way out of their block (no leaks): in a
 * generator with a DEFER, in a consumer by living in its body, which
 * nothing leaves but by its end (a consumer does not return once it has one).
 */
static struct node *s_frame(struct ctx *c, bool sub)
{
    if (!can_declare(c, sub))
        return NULL;
    if (c->gen >= 0 ? !on[F_FRAME_LOCAL] || !defer_allowed(c, sub) || gens[c->gen].prototyped
                    : !c->blk->is_body || c->blk->end_label)   /* a goto to the end would skip it, not its close */
        return NULL;
    int limit = c->gen >= 0 ? c->gen : ngens;     /* a generator holds only earlier frames */
    if (limit == 0)
        return NULL;
    int j = (int)rnd((unsigned)limit);
    const char *name = new_name(c, "f");
    declaring = name;
    char *call = call_of(c, j, false);
    declaring = NULL;
    if (!call)
        return NULL;
    char *text = chance(50) ? fmt("YIELDC_FRAME(%s) %s = %s;", gens[j].name, name, call)
                            : fmt("struct %s_frame %s = %s;", gens[j].name, name, call);
    struct var *f = declare(name, gens[j].T, V_FRAME);
    f->gen = j;
    if (c->gen >= 0) {
        buf_printf(&c->blk->defers, "%s\n", name);
        follow(c, line(fmt("DEFER(yieldc_close(&%s.it));", name)));
    }
    if (on[F_YIELD_FROM] && chance(35)) {
        const char *p = fresh_name("ip");
        text = fmt("%s\nstruct yieldc_iter *%s = &%s.it;", text, p, name);
        struct var *it = declare(p, gens[j].T, V_ITER);
        it->gen = j;
        f->read = true;
    }
    return node_new(false, text, NULL);
}

/* A manual next of a frame or iterator pointer: { T t = 0; if (yieldc_next(...) == YIELDC_VALUE) ... } */
static struct node *s_next(struct ctx *c, bool sub)
{
    (void)sub;
    struct var *v = pick_var(source_var, 0);
    if (!v)
        return NULL;
    v->read = true;
    int t = v->kind == V_FRAME ? gens[v->gen].T : v->type;
    char *it = v->kind == V_FRAME ? fmt("&%s.it", v->name) : fmt("%s", v->name);
    const char *tmp = fresh_name("t");
    struct node *n = node_new(true, "{", "}");
    add(n, node_new(false, fmt("%s = %s;", decl_of(t, tmp), zero_of(t)), NULL));
    struct node *then = node_new(true, fmt("if (yieldc_next(%s, &%s) == YIELDC_VALUE)", it, tmp), NULL);
    struct node *shown = line(print_value(tag(c), t, tmp));
    shown->substatement = true;
    add(then, shown);
    add(n, then);
    if (chance(30))
        add(n, line(fmt("printf(\"%s ended %%d\\n\", yieldc_ended(%s));", tag(c), it)));
    return n;
}

/* ---- YIELD inside expressions (not supported yet) ---------------------------------- */

/* (unsigned)YIELD(v): the value received, as unsigned. */
static char *received(struct ctx *c)
{
    return fmt("(unsigned)YIELD(%s)", value_of(c, self_gen(c)->T, 0));
}

static bool scalar_sent(int t)
{
    return t == T_U || t == T_WORD || t == T_UCHAR || t == T_INT || t == T_ULL;
}

/* if (YIELD ...), while (... YIELD ...), do ... while (YIELD ...), switch (YIELD ...) */
static struct node *yield_in_condition(struct ctx *c, bool sub)
{
    (void)sub;
    if (deep_enough(c))
        return NULL;
    struct node *n = node_new(true, NULL, NULL);
    int saved_mult = c->mult;
    switch (rnd(5)) {
    case 0:
        fill_body(c, n, fmt("if (%s %% 2u == 0u)", received(c)), 1 + (int)rnd(2), chance(60));
        return n;
    case 4: {   /* the step adds at least 1: bounded */
        int mark = nvars;
        const char *i = fresh_name("i");
        declare(i, T_U, V_VALUE)->frozen = true;
        vars[nvars - 1].read = true;
        c->loops++, c->breakable++, c->mult *= 3;
        fill_body(c, n, fmt("for (unsigned %s = 0u; %s < %uu; %s += %s %% 2u + 1u)", i, i, 2 + rnd(3), i, received(c)),
                  1 + (int)rnd(2), chance(60));
        nvars = mark;
        break;
    }
    case 1:     /* ends when a plain next sends zero; each pass waits for a next */
        c->loops++, c->breakable++, c->mult *= 3;
        fill_body(c, n, fmt("while (%s %% 4u != 0u)", received(c)), 1 + (int)rnd(2), chance(60));
        break;
    case 2:
        c->loops++, c->breakable++, c->mult *= 3;
        fill_body(c, n, "do", 1 + (int)rnd(2), true);
        n->tail = fmt("} while (%s %% 3u == 1u);", received(c));
        break;
    default: {
        char *y = received(c);
        c->breakable++;
        n->head = fmt("switch (%s %% 3u) {", y);
        n->tail = "}";
        struct block b;
        open_block(c, &b, n);
        b.no_decl = b.no_defer = true;
        add(n, node_new(false, "case 0:", NULL));
        stmts(c, 1);
        add(n, node_new(false, "break;", NULL));
        add(n, node_new(false, "default:", NULL));
        stmts(c, 1);
        add(n, node_new(false, "break;", NULL));
        close_block(c);
        c->breakable--;
        return n;
    }
    }
    c->mult = saved_mult;
    c->loops--, c->breakable--;
    return n;
}

/* x = c ? y : YIELD(v); x = c && YIELD(v); (void)(c || YIELD(v)); a YIELD not evaluated must not run */
static struct node *yield_in_logic(struct ctx *c)
{
    char *when = cond(c, X_STABLE), *y = received(c);
    struct var *x = pick_of_type(T_U, X_STABLE);
    char *e;
    switch (rnd(3)) {
    case 0: e = chance(50) ? fmt("(%s) ? %s : %s", when, uexpr(c, 2, X_STABLE), y)
                           : fmt("(%s) ? %s : %s", when, y, uexpr(c, 2, X_STABLE)); break;
    case 1: e = fmt("(unsigned)((%s) && %s %% 2u == 0u)", when, y); break;
    default: e = fmt("(unsigned)((%s) || %s > 5u)", when, y); break;
    }
    if (!x)
        return line(fmt("printf(\"%s %%u\\n\", %s);", tag(c), e));
    x->read = true;
    follow(c, line(print_value(tag(c), T_U, x->name)));
    return line(fmt("%s = %s;", x->name, e));
}

/* Several YIELDs in one statement, in an order C defines. */
static struct node *several_yields(struct ctx *c, bool sub)
{
    struct gen *g = self_gen(c);
    if (can_declare(c, sub) && chance(40)) {
        const char *a = fresh_name("y"), *b = fresh_name("y");
        char *text = fmt("unsigned %s = %s, %s = %s;", a, received(c), b, received(c));
        declare(a, T_U, V_VALUE)->read = true;
        declare(b, T_U, V_VALUE)->read = true;
        follow(c, line(fmt("printf(\"%s %%u %%u\\n\", %s, %s);", tag(c), a, b)));
        return node_new(false, text, NULL);
    }
    if ((g->T == T_U || g->T == T_WORD) && chance(50))
        return line(fmt("YIELD(%s + 1u);", received(c)));
    return line(fmt("(void)(%s && %s);", received(c), received(c)));
}

static struct node *s_yield_expression(struct ctx *c, bool sub)
{
    struct gen *g = self_gen(c);
    if (!g || !scalar_sent(g->S))
        return NULL;
    int options[3], n = 0;
    if (on[F_YIELD_COND])
        options[n++] = 0;
    if (on[F_YIELD_LOGIC])
        options[n++] = 1;
    if (on[F_MULTI_YIELD])
        options[n++] = 2;
    if (!n)
        return NULL;
    switch (options[rnd((unsigned)n)]) {
    case 0: return yield_in_condition(c, sub);
    case 1: return yield_in_logic(c);
    default: return several_yields(c, sub);
    }
}

/* ---- consumers ------------------------------------------------------------------------ */

/* A generator for a consumer to drive, with a call of it (making a source frame first if it needs one). */
static int consumer_call(struct ctx *c, struct node *block, bool (*fits)(const struct gen *), char **call)
{
    for (int attempt = 0; attempt < 8; attempt++) {
        int j = (int)rnd((unsigned)ngens);
        if (fits && !fits(&gens[j]))
            continue;
        if (has_source_param(&gens[j]) && !source_argument(c)) {
            /* a frame of unsigned values to feed it */
            for (int k = 0; k < ngens; k++) {
                if (gens[k].T != T_U || gens[k].S != T_NONE || has_source_param(&gens[k]))
                    continue;
                const char *name = fresh_name("src");
                char *source = call_of(c, k, false);
                if (!source)
                    continue;
                add(block, node_new(false, fmt("YIELDC_FRAME(%s) %s = %s;", gens[k].name, name, source), NULL));
                declare(name, T_U, V_FRAME)->gen = k;
                break;
            }
        }
        *call = call_of(c, j, false);
        if (*call)
            return j;
    }
    return -1;
}

/* Closes the frames declared since `mark`, last first, at the end of a consumer's block. */
static void close_frames(struct node *block, int mark)
{
    for (int i = nvars - 1; i >= mark; i--)
        if (vars[i].kind == V_FRAME)
            add(block, line(fmt("yieldc_close(&%s.it);", vars[i].name)));
    nvars = mark;
}

/* What a consumer shows of an ended frame: its result, or that it has none. */
static void show_result(struct ctx *c, struct node *block, int j, const char *frame)
{
    int R = gens[j].R;
    if (R == T_NONE) {
        add(block, line(fmt("printf(\"%s result %%d\\n\", yieldc_result(&%s.it) != NULL);", tag(c), frame)));
        return;
    }
    const char *r = fresh_name("res");
    struct node *n = node_new(true, "{", "}");
    add(n, node_new(false, fmt("const void *%s = yieldc_result(&%s.it);", r, frame), NULL));
    struct node *then = node_new(false, fmt("if (%s) {", r), "}");
    add(then, node_new(false, fmt("%s = *(const %s *)%s;", decl_of(R, fmt("%s_v", r)), type_names[R], r), NULL));
    add(then, line(print_value(tag(c), R, fmt("%s_v", r))));
    add(n, then);
    add(n, node_new(false, "else", NULL));
    add(n, node_new(false, fmt("    printf(\"%s no result\\n\");", tag(c)), NULL));
    add(block, n);
}

static void close_and_show(struct ctx *c, struct node *block, int j, const char *frame, const char *out)
{
    if (on[F_CLOSE] && chance(60)) {
        add(block, line(fmt("printf(\"%s close %%d\\n\", yieldc_close(&%s.it));", tag(c), frame)));
        add(block, line(fmt("printf(\"%s again %%d ended %%d\\n\", yieldc_next(&%s.it, &%s), yieldc_ended(&%s.it));",
                            tag(c), frame, out, frame)));
    }
    if (on[F_RESULT])
        show_result(c, block, j, frame);
}

/*
 * Adds to a consumer's block: YIELDC_FRAME(g) f = g(...); T o = 0; for a
 * generator that `fits` accepts (NULL: any). False when there is none.
 */
static bool frame_begin(struct ctx *c, struct node *n, bool (*fits)(const struct gen *), int *j, const char **f,
                        const char **o)
{
    char *call;
    *j = consumer_call(c, n, fits, &call);
    if (*j < 0)
        return false;
    *f = fresh_name("f"), *o = fresh_name("o");
    int T = gens[*j].T;
    add(n, node_new(false, fmt("YIELDC_FRAME(%s) %s = %s;", gens[*j].name, *f, call), NULL));
    add(n, node_new(false, fmt("%s = %s;", decl_of(T, *o), zero_of(T)), NULL));
    declare(*f, T, V_FRAME)->gen = *j;
    return true;
}

/* The end of a consumer's block: its frames are closed, its variables go. */
static struct node *drive_end(struct node *n, int mark)
{
    close_frames(n, mark);
    return n;
}

/* { frame; while (yieldc_next(...) == YIELDC_VALUE) { show; maybe stop early } close; result } */
static struct node *d_manual(struct ctx *c, bool sub)
{
    (void)sub;
    struct node *n = node_new(true, "{", "}");
    int mark = nvars, j;
    const char *f, *o;
    if (c->gen >= 0 || !frame_begin(c, n, NULL, &j, &f, &o)) {
        nvars = mark;
        return NULL;
    }
    const char *k = fresh_name("k");
    add(n, node_new(false, fmt("unsigned %s = 0u;", k), NULL));
    struct node *loop = node_new(true, fmt("while (yieldc_next(&%s.it, &%s) == YIELDC_VALUE) {", f, o), "}");
    add(loop, line(print_value(tag(c), gens[j].T, o)));
    add(loop, node_new(false, fmt("%s++;", k), NULL));
    if (on[F_CLOSE] && chance(50))
        add(loop, line(fmt("if (%s == %uu)\n    break;", k, 1 + rnd(4))));
    add(n, loop);
    add(n, line(fmt("printf(\"%s count %%u\\n\", %s);", tag(c), k)));
    close_and_show(c, n, j, f, o);
    return drive_end(n, mark);
}

static bool takes_sends(const struct gen *g)
{
    return g->S != T_NONE;
}

/* A consumer that sends: the first send (before the start) is dropped; then sends and nexts in turn. */
static struct node *d_send(struct ctx *c, bool sub)
{
    (void)sub;
    struct node *n = node_new(true, "{", "}");
    int mark = nvars, j;
    const char *f, *o;
    if (c->gen >= 0 || !on[F_SEND] || !frame_begin(c, n, takes_sends, &j, &f, &o)) {
        nvars = mark;
        return NULL;
    }
    const char *in = fresh_name("in"), *st = fresh_name("st"), *k = fresh_name("k");
    int T = gens[j].T, S = gens[j].S;
    add(n, node_new(false, fmt("%s = %s;", decl_of(S, in), value_of(c, S, 0)), NULL));
    add(n, node_new(false, fmt("int %s = %s;", st, chance(60) ? fmt("yieldc_send(&%s.it, &%s, &%s)", f, in, o)
                                                             : fmt("yieldc_next(&%s.it, &%s)", f, o)),
                    NULL));
    int mark2 = nvars;
    declare(k, T_U, V_VALUE)->frozen = true;
    vars[nvars - 1].read = true;
    struct node *loop = node_new(false, fmt("for (unsigned %s = 0u; %s == YIELDC_VALUE && %s < %uu; %s++) {", k,
                                            st, k, 4 + rnd(12), k),
                                 "}");
    add(loop, line(print_value(tag(c), T, o)));
    add(loop, node_new(false, fmt("%s = %s;", in, value_of(c, S, 0)), NULL));
    add(loop, node_new(false, fmt("%s = %s %% %uu == %uu ? yieldc_next(&%s.it, &%s) : yieldc_send(&%s.it, &%s, &%s);",
                                  st, k, 2 + rnd(3), rnd(2), f, o, f, in, o),
                       NULL));
    nvars = mark2;
    add(n, loop);
    add(n, line(fmt("printf(\"%s status %%d\\n\", %s);", tag(c), st)));
    close_and_show(c, n, j, f, o);
    return drive_end(n, mark);
}

/* Two frames stepped in turn; with one generator twice, its static locals are shared. */
static struct node *d_interleave(struct ctx *c, bool sub)
{
    (void)sub;
    struct node *n = node_new(true, "{", "}");
    int mark = nvars, js[2];
    const char *f[2], *o[2], *live[2], *in[2];
    for (int k = 0; k < 2; k++) {
        if (c->gen >= 0 || !on[F_INTERLEAVE] || !frame_begin(c, n, NULL, &js[k], &f[k], &o[k])) {
            nvars = mark;
            return NULL;
        }
        vars[nvars - 1].stepped = true;     /* (frame_begin declared it last) */
        live[k] = fresh_name("live"), in[k] = NULL;
        add(n, node_new(false, fmt("int %s = 1;", live[k]), NULL));
        int S = gens[js[k]].S;
        if (S != T_NONE && on[F_SEND]) {
            in[k] = fresh_name("in");
            add(n, node_new(false, fmt("%s = %s;", decl_of(S, in[k]), value_of(c, S, 0)), NULL));
        }
    }
    const char *i = fresh_name("i");
    struct node *loop = node_new(false, fmt("for (unsigned %s = 0u; %s < %uu && (%s || %s); %s++) {", i, i,
                                            10 + rnd(30), live[0], live[1], i),
                                 "}");
    for (int k = 0; k < 2; k++) {
        char *step = in[k] ? fmt("yieldc_send(&%s.it, &%s, &%s)", f[k], in[k], o[k])
                           : fmt("yieldc_next(&%s.it, &%s)", f[k], o[k]);
        struct node *turn = node_new(true, fmt("if (%s && %s %% %uu != %uu) {", live[k], i, 2 + rnd(2), rnd(2)), "}");
        add(turn, node_new(false, fmt("%s = %s == YIELDC_VALUE;", live[k], step), NULL));
        struct node *shown = node_new(false, fmt("if (%s)", live[k]), NULL);
        add(shown, line(print_value(tag(c), gens[js[k]].T, o[k])));
        shown->kids->substatement = true;
        add(turn, shown);
        if (in[k])
            add(turn, line(fmt("%s = %s;", in[k], value_of(c, gens[js[k]].S, 0))));
        add(loop, turn);
    }
    add(n, loop);
    for (int k = 0; k < 2; k++)
        close_and_show(c, n, js[k], f[k], o[k]);
    return drive_end(n, mark);
}

/* Steps a frame a few times, closes it (possibly before its start), and looks at it again. */
static struct node *d_close(struct ctx *c, bool sub)
{
    (void)sub;
    struct node *n = node_new(true, "{", "}");
    int mark = nvars, j;
    const char *f, *o;
    if (c->gen >= 0 || !on[F_CLOSE] || !frame_begin(c, n, NULL, &j, &f, &o)) {
        nvars = mark;
        return NULL;
    }
    int T = gens[j].T;
    for (unsigned k = rnd(4); k > 0; k--) {
        struct node *step = node_new(true, fmt("if (yieldc_next(&%s.it, &%s) == YIELDC_VALUE)", f, o), NULL);
        add(step, line(print_value(tag(c), T, o)));
        step->kids->substatement = true;
        add(n, step);
    }
    add(n, line(fmt("printf(\"%s close %%d\\n\", yieldc_close(&%s.it));", tag(c), f)));
    add(n, line(fmt("printf(\"%s close again %%d ended %%d\\n\", yieldc_close(&%s.it), yieldc_ended(&%s.it));",
                    tag(c), f, f)));
    add(n, line(fmt("printf(\"%s next %%d\\n\", yieldc_next(&%s.it, &%s));", tag(c), f, o)));
    if (on[F_RESULT])
        show_result(c, n, j, f);
    return drive_end(n, mark);
}

/* ---- choosing statements ------------------------------------------------------------- */

typedef struct node *(*stmt_fn)(struct ctx *c, bool sub);

struct choice {
    stmt_fn fn;
    int in_generator, in_consumer;  /* weights */
};

static const struct choice choices[] = {
    { s_yield, 14, 0 },
    { s_receive, 6, 0 },
    { s_yield_argument, 3, 0 },
    { s_yield_expression, 5, 0 },
    { s_print, 7, 3 },
    { s_assign, 7, 2 },
    { s_through_pointer, 3, 1 },
    { s_declare, 8, 3 },
    { s_if, 7, 3 },
    { s_loop, 7, 3 },
    { s_block, 3, 2 },
    { s_switch, 3, 1 },
    { s_goto, 3, 2 },
    { s_backward_goto, 2, 1 },
    { s_break, 3, 2 },
    { s_return, 2, 1 },
    { s_defer, 5, 0 },
    { s_yield_from, 6, 0 },
    { s_foreach, 5, 8 },
    { s_frame, 3, 4 },
    { s_next, 2, 3 },
    { d_manual, 0, 6 },
    { d_send, 0, 4 },
    { d_interleave, 0, 3 },
    { d_close, 0, 4 },
};

#define NCHOICES ((int)(sizeof choices / sizeof choices[0]))

/* One statement; `sub`: it is the substatement of an if, a loop or a label (not a declaration). */
static struct node *stmt(struct ctx *c, bool sub)
{
    int total = 0;
    for (int k = 0; k < NCHOICES; k++)
        total += c->gen >= 0 ? choices[k].in_generator : choices[k].in_consumer;
    c->budget--;
    c->depth++;
    struct node *n = NULL;
    for (int attempt = 0; attempt < 30 && !n; attempt++) {
        int r = (int)rnd((unsigned)total);
        for (int k = 0; k < NCHOICES; k++) {
            r -= c->gen >= 0 ? choices[k].in_generator : choices[k].in_consumer;
            if (r < 0) {
                c->nafter = 0;
                n = choices[k].fn(c, sub);
                break;
            }
        }
    }
    if (!n)
        n = s_print(c, sub);
    c->depth--;
    if (sub)
        c->nafter = 0;
    return n;
}

/* Up to n statements at the end of the innermost block (and its pending label, now and then). */
static void stmts(struct ctx *c, int n)
{
    for (int k = 0; k < n && c->budget > 0; k++) {
        struct block *b = c->blk;
        if (b->pending && chance(35)) {
            struct node *at = node_new(false, fmt("%s:", b->pending), NULL);
            b->pending = NULL;
            struct node *s = stmt(c, true);
            s->substatement = true;
            add(at, s);
            add(b->node, at);
            continue;
        }
        struct node *s = stmt(c, false);
        add(b->node, s);
        for (int i = 0; i < c->nafter; i++)
            add(b->node, c->after[i]);
        c->nafter = 0;
    }
}

/* ---- generators and consumers ------------------------------------------------------ */

static void declare_globals(void)
{
    nvars = 0;
    struct var *v = declare("gv0", T_U, V_VALUE);
    v->shared = v->global = v->read = true;
    v = declare("gv1", T_U, V_VALUE);
    v->shared = v->global = v->read = true;
    v = declare("garr", T_U, V_ARRAY);
    v->shared = v->global = v->read = true;
    nglobals = nvars;
}

static const char *param_decl(const struct param *p)
{
    switch (p->kind) {
    case P_ARRAY: return fmt("const unsigned *%s", p->name);
    case P_SOURCE: return fmt("struct yieldc_iter *%s", p->name);
    default: return decl_of(p->type, p->name);
    }
}

static void make_signature(int i)
{
    struct gen *g = &gens[i];
    snprintf(g->name, sizeof g->name, "gen%d", i);
    g->T = pick_type();
    static const int sent[] = { T_U, T_U, T_WORD, T_INT, T_UCHAR, T_S0 };
    g->S = on[F_SEND] && chance(45) ? (on[F_TYPES] ? sent[rnd(6)] : T_U) : T_NONE;
    g->R = on[F_RESULT] && chance(45) ? pick_type() : T_NONE;
    if (g->R == T_STR)
        g->R = T_U;     /* a zero result would be a null string */
    g->params[0] = (struct param){ "d", T_U, P_VALUE };
    g->nparams = 1;
    bool source = false;
    for (unsigned k = rnd(3); k > 0; k--) {
        struct param *p = &g->params[g->nparams];
        p->name = fmt("q%d", g->nparams);   /* not "p": fresh pointers are p<n> */
        p->kind = P_VALUE;
        p->type = chance(60) ? T_U : pick_type();
        if (chance(20))
            p->kind = P_ARRAY;
        else if (on[F_SOURCE_PARAM] && !source && i > 0 && chance(25)) {
            p->kind = P_SOURCE;
            p->name = "src";
            source = true;
        }
        g->nparams++;
    }
    g->is_static = chance(30);
}

/* printf("gen1 start d=%u ...\n", d, ...): every parameter is used. */
static char *start_print(const struct gen *g)
{
    struct buf f = {0}, a = {0};
    for (int k = 0; k < g->nparams; k++) {
        const struct param *p = &g->params[k];
        if (p->kind == P_ARRAY) {
            buf_printf(&f, " %s=%%u", p->name);
            buf_printf(&a, ", %s[%d]", p->name, k % 4);
        } else if (p->kind == P_SOURCE) {
            buf_printf(&f, " %s=%%d", p->name);
            buf_printf(&a, ", %s != NULL", p->name);
        } else {
            const char *format;
            char *shown = show(p->type, p->name, &format);
            buf_printf(&f, " %s=%s", p->name, format);
            buf_printf(&a, ", %s", shown);
        }
    }
    return fmt("printf(\"%s start%s\\n\"%s);", g->name, f.data, a.data);
}

static void make_generator(int i)
{
    struct gen *g = &gens[i];
    struct ctx c = { .gen = i, .tag = g->name, .mult = 1, .budget = 6 + (int)rnd(30) };
    nvars = nglobals;
    g->body = node_new(false, NULL, NULL);
    struct block b;
    open_block(&c, &b, g->body);
    b.is_body = true;
    for (int k = 0; k < g->nparams; k++) {
        const struct param *p = &g->params[k];
        struct var *v = declare(p->name, p->type, p->kind == P_ARRAY ? V_PTR : p->kind == P_SOURCE ? V_ITER : V_VALUE);
        v->frozen = v->read = true;
        v->const_target = p->kind == P_ARRAY;
        if (p->kind == P_SOURCE)
            v->type = T_U;
    }
    add(g->body, node_new(false, start_print(g), NULL));
    /* recursion is bounded, but can branch: a budget of starts keeps programs small */
    if (g->R == T_NONE)
        add(g->body, node_new(false, "if (++starts > 300u)\n    return;", NULL));
    else
        add(g->body, node_new(false, fmt("if (++starts > 300u) {\n#ifdef YIELDC_REFERENCE\n    return (%s){0};\n"
                                          "#else\n    return;\n#endif\n}", type_names[g->R]), NULL));
    while (c.budget > 0)
        stmts(&c, 1);
    add(g->body, line(fmt("printf(\"%s end\\n\");", g->name)));
    close_block(&c);
}

static void make_consumer(int k)
{
    struct ctx c = { .gen = -1, .tag = fmt("c%d", k), .mult = 1, .budget = 3 + (int)rnd(8) };
    nvars = nglobals;
    struct node *n = node_new(true, fmt("static void c%d(void)\n{", k), "}");
    struct block b;
    open_block(&c, &b, n);
    b.is_body = true;
    add(n, node_new(false, fmt("printf(\"c%d\\n\");", k), NULL));
    while (c.budget > 0)
        stmts(&c, 1);
    close_block(&c);
    consumers[k] = n;
}

/* ---- printing the program ------------------------------------------------------------ */

static bool *dropped;
static int max_drop;

static bool is_dropped(const struct node *n)
{
    return n->id < max_drop && dropped[n->id];
}

static void emit_lines(struct buf *out, const char *text, int indent)
{
    while (*text) {
        size_t n = strcspn(text, "\n");
        buf_printf(out, "%*s%.*s\n", indent * 4, "", (int)n, text);
        text += n;
        if (*text == '\n')
            text++;
    }
}

static void emit_node(struct buf *out, const struct node *n, int indent)
{
    if (is_dropped(n)) {
        if (n->substatement)
            emit_lines(out, ";", indent);
        return;
    }
    if (n->head)
        emit_lines(out, n->head, indent);
    for (const struct node *k = n->kids; k; k = k->next)
        emit_node(out, k, indent + n->indent);
    if (n->tail)
        emit_lines(out, n->tail, indent);
}

/* Does `text` name generator j (a call, its frame type, YIELDC_FRAME(genJ))? */
static bool names_gen(const char *text, int j)
{
    char name[16];
    snprintf(name, sizeof name, "gen%d", j);
    size_t n = strlen(name);
    for (const char *p = text; p && (p = strstr(p, name)); p += n) {
        bool start = p == text || !(p[-1] == '_' || (p[-1] >= 'a' && p[-1] <= 'z') || (p[-1] >= '0' && p[-1] <= '9'));
        if (start && (p[n] == '(' || p[n] == ')' || p[n] == '_'))
            return true;
    }
    return false;
}

static bool node_names_gen(const struct node *n, int j)
{
    if (is_dropped(n))
        return false;
    if ((n->head && names_gen(n->head, j)) || (n->tail && names_gen(n->tail, j)))
        return true;
    for (const struct node *k = n->kids; k; k = k->next)
        if (node_names_gen(k, j))
            return true;
    return false;
}

/* The generators that the consumers left reach, directly or through other generators. */
static void find_used(bool used[MAX_GENS])
{
    memset(used, 0, MAX_GENS * sizeof used[0]);
    for (int k = 0; k < nconsumers; k++)
        for (int j = 0; j < ngens; j++)
            if (node_names_gen(consumers[k], j))
                used[j] = true;
    for (bool grew = true; grew;) {
        grew = false;
        for (int i = 0; i < ngens; i++)
            for (int j = 0; j < ngens && used[i]; j++)
                if (!used[j] && node_names_gen(gens[i].body, j))
                    used[j] = grew = true;
    }
}

static char *params_text(const struct gen *g)
{
    struct buf b = {0};
    for (int k = 0; k < g->nparams; k++)
        buf_printf(&b, "%s%s", k ? ", " : "", param_decl(&g->params[k]));
    return b.data;
}

static char *generator_macro(const struct gen *g, unsigned variant)
{
    const char *T = type_names[g->T], *S = type_names[g->S], *R = type_names[g->R];
    if (g->R != T_NONE)
        return fmt("GENERATOR(%s, %s, %s)", T, S, R);
    if (g->S != T_NONE)
        return variant % 2 ? fmt("GENERATOR(%s, %s, void)", T, S) : fmt("GENERATOR(%s, %s)", T, S);
    switch (variant % 3) {
    case 0: return fmt("GENERATOR(%s)", T);
    case 1: return fmt("GENERATOR(%s, void)", T);
    default: return fmt("GENERATOR(%s, void, void)", T);
    }
}

/* The reference's version of a generator: frame, arguments, entry, constructor, result reader. */
static void emit_reference_prologue(struct buf *out, const struct gen *g)
{
    const char *name = g->name, *ret = g->R == T_NONE ? "void" : type_names[g->R];
    char *params = params_text(g);
    struct buf fields = {0}, args = {0}, unpack = {0};
    for (int k = 0; k < g->nparams; k++) {
        buf_printf(&fields, " %s;", param_decl(&g->params[k]));
        buf_printf(&args, "%s%s", k ? ", " : "", g->params[k].name);
        buf_printf(&unpack, "%sa->%s", k ? ", " : "", g->params[k].name);
    }
    buf_printf(out, "YCR_FRAME(%s);\nstruct %s_args_ {%s };\nstatic %s %s_body_(%s);\n", name, name, fields.data,
               ret, name, params);
    if (g->R == T_NONE)
        buf_printf(out, "static void %s_entry_(void) { struct %s_args_ *a = ycr_args(); %s_body_(%s); }\n", name,
                   name, name, unpack.data);
    else
        buf_printf(out,
                   "static void %s_entry_(void) { struct %s_args_ *a = ycr_args(); %s = %s_body_(%s); "
                   "ycr_set_result(&r, sizeof r); }\n",
                   name, name, decl_of(g->R, "r"), name, unpack.data);
    buf_printf(out,
               "static struct %s_frame %s(%s) { struct %s_args_ a = { %s }; "
               "return (struct %s_frame){ { ycr_new(%s_entry_, &a, sizeof a, %s) } }; }\n",
               name, name, params, name, args.data, name, name,
               g->R == T_NONE ? "0" : fmt("sizeof(%s)", type_names[g->R]));
    if (g->R == T_NONE)
        buf_printf(out, "static void %s_result_(struct ycr_co *co) { (void)co; }\n", name);
    else
        buf_printf(out, "static %s %s_result_(struct ycr_co *co) { %s; memcpy(&r, co->result, sizeof r); return r; }\n",
                   ret, name, decl_of(g->R, "r"));
}

static void emit_generator(struct buf *out, const struct gen *g, unsigned variant)
{
    buf_printf(out, "\n#ifdef YIELDC_REFERENCE\n#undef YCR_T\n#undef YCR_S\n#define YCR_T %s\n#define YCR_S %s\n",
               type_names[g->T], g->S == T_NONE ? "int" : type_names[g->S]);
    buf_printf(out, "static %s %s_body_(%s)\n#else\n%s%s %s(%s)\n#endif\n{\n",
               g->R == T_NONE ? "void" : type_names[g->R], g->name, params_text(g), g->is_static ? "static " : "",
               generator_macro(g, variant), g->name, params_text(g));
    emit_node(out, g->body, 0);
    if (g->R != T_NONE)
        buf_printf(out, "#ifdef YIELDC_REFERENCE\n    return (%s){0};\n#endif\n", type_names[g->R]);
    buf_printf(out, "}\n");
}

/*
 * The reference's FOREACH cannot take its declaration apart: for each
 * FOREACH (or EACH) it gets the variable's name from YCR_FE_<line>.
 */
static void emit_foreach_table(struct buf *out, const char *body, int first_line)
{
    int lineno = first_line;
    for (const char *p = body; *p; lineno++) {
        size_t n = strcspn(p, "\n");
        char *text = fmt("%.*s", (int)n, p);
        p += n + (p[n] == '\n');
        const char *s = text + strspn(text, " ");
        if (*s == '#')
            continue;
        char *at = strstr(text, "FOREACH (");
        if (at)
            at += strlen("FOREACH (");
        else if ((at = strstr(text, "EACH(")) != NULL)
            at += strlen("EACH(");
        if (!at)
            continue;
        int depth = 0;
        const char *end = at;
        for (; *end && !(depth == 0 && *end == ','); end++)
            depth += *end == '(' ? 1 : *end == ')' ? -1 : 0;
        const char *id = end;
        while (id > at && (id[-1] == ' '))
            id--;
        const char *last = id;
        while (id > at && (id[-1] == '_' || (id[-1] >= 'a' && id[-1] <= 'z') || (id[-1] >= '0' && id[-1] <= '9')))
            id--;
        buf_printf(out, "#define YCR_FE_%d %.*s\n", lineno, (int)(last - id), id);
        if (strstr(at, "FOREACH (") || strstr(at, "EACH(")) {
            fprintf(stderr, "progen: two FOREACHs on line %d\n", lineno);
            exit(2);
        }
    }
}

/* The body of the reference starts at this line, whatever comes before it. */
#define BODY_LINE 10001

static void emit_program(struct buf *out, const char *command)
{
    bool used[MAX_GENS];
    find_used(used);
    unsigned variant = (unsigned)rnd64();

    struct buf body = {0};
    for (int i = 0; i < ngens; i++)
        if (used[i])
            emit_generator(&body, &gens[i], variant >> i);
    for (int k = 0; k < nconsumers; k++)
        if (!is_dropped(consumers[k])) {
            buf_printf(&body, "\n");
            emit_node(&body, consumers[k], 0);
        }
    buf_printf(&body, "\nint main(void)\n{\n");
    for (int k = 0; k < nconsumers; k++)
        if (!is_dropped(consumers[k]))
            buf_printf(&body, "    c%d();\n", k);
    buf_printf(&body, "    printf(\"done\\n\");\n    return 0;\n}\n");

    buf_printf(out, "/* %s */\n", command);
    buf_printf(out,
               "#ifdef YIELDC_REFERENCE\n#include \"yieldc_reference.h\"\n#else\n#include <yieldc.h>\n#endif\n"
               "#include <stdio.h>\n\n"
               "#define ONE 1u\n#define SQ(x) ((x) * (x))\n#define MK(x) x\n#define EMIT(x) YIELD(x)\n"
               "#define EMIT_VIA(x) EMIT(x)\n#define EMIT_CHAIN(x) EMIT_VIA(x)\n"
               "#define EMIT_TWICE(x, y) do { YIELD(x); YIELD(y); } while (0)\n"
               "#define EACH(decl, source) FOREACH (decl, source)\n\n"
               "typedef unsigned word;\n"
               "struct s0 { unsigned a; unsigned b[2]; unsigned char c; };\n"
               "struct s1 { unsigned a; unsigned b[2]; unsigned char c; };\n\n"
               "const char *const names[4] = { \"ant\", \"bee\", \"cat\", \"dog\" };\n"
               "unsigned gv0 = 3u, gv1 = 7u, starts;\n"
               "unsigned garr[4] = { 1u, 2u, 3u, 4u };\n\n"
               "static inline unsigned mix(unsigned a, unsigned b)\n{\n    return a * 31u + (b ^ (b >> 3));\n}\n\n");

    buf_printf(out, "#ifdef YIELDC_REFERENCE\n");
    for (int i = 0; i < ngens; i++)
        if (used[i])
            emit_reference_prologue(out, &gens[i]);
    buf_printf(out, "#define YCR_RESULT_OF(x) _Generic((x), ");
    for (int i = 0; i < ngens; i++)
        if (used[i])
            buf_printf(out, "struct %s_frame: %s_result_, ", gens[i].name, gens[i].name);
    buf_printf(out, "struct ycr_genexpr_frame: ycr_no_result, default: ycr_pointer_result)\n");
    emit_foreach_table(out, body.data, BODY_LINE);
    buf_printf(out, "#else\n");
    for (int i = 0; i < ngens; i++) {
        bool later_use = false;
        for (int j = 0; j < i; j++)
            later_use |= used[j] && node_names_gen(gens[j].body, i);
        if (used[i] && (later_use || gens[i].declared))
            buf_printf(out, "%s%s %s(%s);\n", gens[i].is_static ? "static " : "", generator_macro(&gens[i], variant >> i),
                       gens[i].name, params_text(&gens[i]));
    }
    buf_printf(out, "#endif\n#ifdef YIELDC_REFERENCE\n#line %d\n#endif\n", BODY_LINE - 1);
    buf_printf(out, "%s", body.data);
}

/* ---- the command line ---------------------------------------------------------------- */

static bool parse_drops(const char *list)
{
    max_drop = next_node_id;
    dropped = xmalloc((size_t)max_drop * sizeof dropped[0]);
    while (*list) {
        char *end;
        long a = strtol(list, &end, 10), b = a;
        if (end == list)
            return false;
        if (*end == '-')
            b = strtol(end + 1, &end, 10);
        for (long k = a; k <= b && k < max_drop; k++)
            if (k > 0)
                dropped[k] = true;
        list = end;
        if (*list == ',')
            list++;
        else if (*list)
            return false;
    }
    return true;
}

/*
 * The droppable nodes, outermost first: "id depth parent", where depth
 * counts the droppable nodes around it and parent is the innermost (0: none).
 */
static void list_nodes(const struct node *n, int depth, int parent)
{
    if (n->droppable)
        printf("%d %d %d\n", n->id, depth, parent);
    for (const struct node *k = n->kids; k; k = k->next)
        list_nodes(k, depth + n->droppable, n->droppable ? n->id : parent);
}

static void usage(void)
{
    fprintf(stderr, "usage: progen SEED [--enable=F,...] [--disable=F,...] [--all] [--drop=IDS] [--list]\n"
                    "       progen --features\n");
    exit(2);
}

int main(int argc, char **argv)
{
    const char *drops = NULL;
    bool list = false, have_seed = false;
    unsigned long long seed = 0;
    struct buf command = {0};

    for (int f = 0; f < F_COUNT; f++)
        on[f] = features[f].on;
    buf_printf(&command, "progen");
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--features") == 0) {
            for (int f = 0; f < F_COUNT; f++)
                printf("%-20s %-3s %s\n", features[f].name, features[f].on ? "on" : "off", features[f].what);
            return 0;
        } else if (strcmp(a, "--all") == 0) {
            for (int f = 0; f < F_COUNT; f++)
                on[f] = true;
        } else if (strncmp(a, "--enable=", 9) == 0) {
            if (!set_features(a + 9, true))
                return 2;
        } else if (strncmp(a, "--disable=", 10) == 0) {
            if (!set_features(a + 10, false))
                return 2;
        } else if (strncmp(a, "--drop=", 7) == 0) {
            drops = a + 7;
            continue;
        } else if (strcmp(a, "--list") == 0) {
            list = true;
            continue;
        } else if (a[0] >= '0' && a[0] <= '9' && !have_seed) {
            seed = strtoull(a, NULL, 10);
            have_seed = true;
        } else {
            usage();
        }
        buf_printf(&command, " %s", a);
    }
    if (!have_seed)
        usage();

    rng = seed * 0x2545f4914f6cdd1dull + 1;
    declare_globals();
    ngens = 1 + (int)rnd(MAX_GENS);
    for (int i = 0; i < ngens; i++)
        make_signature(i);
    for (int i = 0; i < ngens; i++) {
        gens[i].declared = on[F_PROTOTYPES] && chance(30);
        make_generator(i);
    }
    nconsumers = 2 + (int)rnd(MAX_CONSUMERS - 2);
    for (int k = 0; k < nconsumers; k++)
        make_consumer(k);

    if (list) {
        for (int i = 0; i < ngens; i++)
            list_nodes(gens[i].body, 0, 0);
        for (int k = 0; k < nconsumers; k++)
            list_nodes(consumers[k], 0, 0);
        return 0;
    }
    if (!parse_drops(drops ? drops : "")) {
        fprintf(stderr, "progen: bad --drop list\n");
        return 2;
    }
    struct buf out = {0};
    emit_program(&out, command.data);
    fputs(out.data, stdout);
    return 0;
}
