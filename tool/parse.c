/*
 * parse.c - the only file that talks to libclang.
 *
 * yieldc parses the user's file with the user's flags plus
 * -DYIELDC_TRANSPILING, under which <yieldc.h> gives the pseudo-keywords
 * parse-only meanings that leave a trace in the syntax tree:
 *
 *   GENERATOR(T) f(...)   a function returning struct yieldc_generator_
 *   GENERATOR(T, S, R) f  the same, whatever the types
 *   YIELD(v)              a call yieldc_yield_(0, (v)), of type int
 *   YIELD_FROM(src)       a call yieldc_yield_from_(0, (src)), of type int
 *   FOREACH(decl, src)    for (; yieldc_foreach_(0, (src));) for (decl;;)
 *   DEFER(stmt)           do if (yieldc_defer_(0)) { stmt; } while (0)
 *   GENEXPR(v, decl, src) (*(struct yieldc_generator_ *)yieldc_genexpr_(0, (src), ({ decl; (v); })))
 *
 * The parse sees `int` where a YIELD's sent value or a YIELD_FROM's result
 * is used and a frame where a generator returns its result: clang's errors
 * about those conversions are left to the compiler, which sees the real
 * types in the output (analyze.c drops them).
 *
 * A generated prelude maps each `NAME_frame` of a generator defined in the
 * file to struct yieldc_generator_, so `struct NAME_frame g = NAME(...);`
 * parses too.
 *
 * The walk copies what later steps need (kinds, byte offsets, names, type
 * spellings) into struct function / struct node / struct var and disposes
 * every CXString at once. Offsets are file locations in the main file: for
 * a token inside a macro argument, where it was written; for a token of a
 * macro's body, where the macro was invoked. build() makes the nodes, one
 * build_ function per construct it recognises.
 *
 * The translation unit stays until the next parse, for what needs it
 * later: the text with user macro invocations expanded in place (with
 * expand.c) for main.c's next pass, and the frames' sizes as the compiler
 * lays out the output (measure_frames). The flags of -p come from a
 * compile_commands.json here too.
 */
#define _XOPEN_SOURCE 700  /* realpath */
#include "tool.h"

#include <clang-c/CXCompilationDatabase.h>
#include <clang-c/Index.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#ifndef YIELDC_RUNTIME_INCLUDE_DIR
#define YIELDC_RUNTIME_INCLUDE_DIR "."
#endif

#define PRELUDE_PATH "/yieldc-prelude/yieldc_prelude.h"

/* A macro invocation in the main file. */
struct expansion {
    const char *name;
    size_t begin, end;
    bool stringifies;           /* its definition uses # or ## */
};

/* One #define; a name defined again has a chain of them, the newest first. */
struct macro_def {
    const char *name;
    CXCursor cursor;
    size_t offset;              /* where the main file defines it; SIZE_MAX: in another file */
    struct macro_def *older;    /* the definition of the same name before this one */
    /* read from its definition once, for all its expansions (read_macro) */
    bool read;
    bool function_like;         /* `NAME(` with nothing between the name and the parenthesis */
    bool stringifies;           /* its replacement uses # or ## */
    const char **words;         /* the identifiers and keywords of its replacement, in order */
    size_t nwords;
    const struct pp_token *tokens;  /* all of `NAME(params) replacement`, for the expander */
    size_t ntokens;
    const struct pp_macro *pp;  /* as the expander takes it (NULL: a builtin, not expandable) */
};

/* An `#undef NAME` of the main file: libclang keeps no record of them. */
struct undef {
    const char *name;
    size_t offset;
};

/* A type written without a tag, by its place (" at f.c:3:5)"), and the tag yieldc gives it ("struct yieldc_f_type_1"). */
struct given_tag {
    const char *spelling, *as_tag;
};

struct parser {
    struct unit *unit;
    struct given_tag *given_tags;   /* of the function being walked */
    size_t nspellings, cap_spellings, ngiven_tags;
    CXTranslationUnit tu;
    CXFile included;            /* the last file found included in a function body, and where */
    size_t included_at;
    CXFile file;
    struct expansion *expansions;
    size_t nexpansions, cap_expansions;
    /* the function being walked: its variables, as cursors and as vars */
    struct function *fn;
    CXCursor *var_cursors;
    size_t *var_index;          /* hash of var_cursors: index + 1, 0 for empty */
    size_t cap_var_index;
    struct var **vars;
    size_t nvars, cap_vars;
    struct clang_error **clang_tail;
    /* every macro definition of the translation unit, by name (the newest of each) */
    struct macro_def **macros;
    size_t nmacros, cap_macros;
    struct undef *undefs;       /* in file order; read at the first need */
    size_t nundefs;
    bool undefs_read;
    size_t expanding_at;        /* the invocation being expanded in place: where its macros are looked up */
    size_t specifiers_end;      /* a later declarator being added: where the first one's name is */
    /* the types the generator being walked declares: T, S, R */
    struct generator_types {
        CXType t[3];
        bool have[3];
    } fn_types;
    CXIndex index;
    /* every generator declared in the translation unit, headers included */
    struct generator_decl {
        const char *name;
        CXCursor cursor;
    } *generators;
    size_t ngenerators, cap_generators;
};

static char *take_string(CXString s)
{
    const char *c = clang_getCString(s);
    char *copy = arena_strdup(c ? c : "");
    clang_disposeString(s);
    return copy;
}

static bool is_ident_char(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

/* ---- locations ---------------------------------------------------------- */

static bool file_offset(struct parser *p, CXSourceLocation loc, size_t *offset)
{
    CXFile file;
    unsigned off;
    clang_getFileLocation(loc, &file, NULL, NULL, &off);
    if (!file || !clang_File_isEqual(file, p->file))
        return false;
    *offset = off;
    return true;
}

/* The byte range of a cursor in the main file; false if it is elsewhere. */
static bool cursor_range(struct parser *p, CXCursor c, size_t *begin, size_t *end)
{
    CXSourceRange r = clang_getCursorExtent(c);
    if (!file_offset(p, clang_getRangeStart(r), begin))
        return false;
    if (!file_offset(p, clang_getRangeEnd(r), end) || *end < *begin)
        *end = *begin;
    return true;
}

/* The first non-blank character at or after `i` (0 at the end). */
static char next_char(const struct source *src, size_t i)
{
    while (i < src->len && isspace((unsigned char)src->text[i]))
        i++;
    return i < src->len ? src->text[i] : 0;
}

/* Where the last character before `i` that is neither blank, '(' nor in a
 * comment is: `&x`, `&(x)` and `& (comment) x` all take x's address. */
static size_t prev_pos(const struct source *src, size_t i)
{
    const char *t = src->text;
    for (;;) {
        while (i > 0 && (isspace((unsigned char)t[i - 1]) || t[i - 1] == '('))
            i--;
        if (i >= 2 && t[i - 1] == '/' && t[i - 2] == '*') {      /* skip a comment */
            i -= 2;
            while (i >= 2 && !(t[i - 2] == '/' && t[i - 1] == '*'))
                i--;
            i = i >= 2 ? i - 2 : 0;
            continue;
        }
        return i > 0 ? i - 1 : (size_t)-1;
    }
}

/* Whether the operand at `i` follows a unary & (not the && of a condition). */
static bool after_address_of(const struct source *src, size_t i)
{
    size_t at = prev_pos(src, i);
    return at != (size_t)-1 && src->text[at] == '&' && !(at > 0 && src->text[at - 1] == '&');
}

/*
 * A binary operator node is a plain assignment when the first `=` after
 * its left operand is not part of `==`. Its left operand is not built yet,
 * so find the operator by scanning from the node's start over one operand.
 */
static bool is_plain_assignment(const struct source *src, const struct node *n)
{
    int depth = 0;
    for (size_t i = n->begin; i < n->end; i++) {
        char c = src->text[i];
        if (c == '(' || c == '[')
            depth++;
        else if (c == ')' || c == ']')
            depth--;
        else if (depth == 0 && strchr("=!<>+-*/%&|^", c)) {
            if (c == '=')
                return i + 1 < n->end && src->text[i + 1] != '=';
            return false;
        }
    }
    return false;
}

/*
 * Whether identifier `name` is written at `offset`. It is not when the
 * token comes from a macro's body: its file location is then the macro's
 * invocation.
 */
static bool names_at(const struct source *src, size_t offset, const char *name)
{
    size_t n = strlen(name);
    return offset + n <= src->len && strncmp(src->text + offset, name, n) == 0
           && (offset + n == src->len || !is_ident_char(src->text[offset + n]));
}

/* The first of the main file's invocations, which are in file order, that starts at or after `offset`. */
static size_t first_expansion_from(const struct parser *p, size_t offset)
{
    size_t lo = 0, hi = p->nexpansions;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (p->expansions[mid].begin < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static const struct expansion *expansion_at(struct parser *p, const char *name, size_t begin)
{
    /* the first at `begin`, then those after it at the same place (a macro and one in its
     * first argument cannot both start there) */
    for (size_t i = first_expansion_from(p, begin); i < p->nexpansions && p->expansions[i].begin == begin; i++)
        if (!name || strcmp(p->expansions[i].name, name) == 0)
            return &p->expansions[i];
    return NULL;
}

static const struct expansion *expansion_within(struct parser *p, const char *name,
                                                size_t begin, size_t end)
{
    for (size_t i = first_expansion_from(p, begin); i < p->nexpansions && p->expansions[i].begin < end; i++)
        if (strcmp(p->expansions[i].name, name) == 0)
            return &p->expansions[i];
    return NULL;
}

/* The innermost user macro invocation whose arguments hold `offset`, if any. */
static const struct expansion *macro_around(const struct parser *p, size_t offset)
{
    /* the last one starting before offset, then back over the few that may nest */
    for (size_t i = first_expansion_from(p, offset), seen = 0; i > 0 && seen < 64; i--, seen++) {
        const struct expansion *e = &p->expansions[i - 1];
        if (offset < e->end && strcmp(e->name, "YIELD") != 0 && strcmp(e->name, "FOREACH") != 0
            && strcmp(e->name, "GENERATOR") != 0)
            return e;
    }
    return NULL;
}

/*
 * The arguments of a macro invocation NAME(a, b): offsets just inside the
 * parentheses, split at top-level commas (at most `max` arguments).
 */
int invocation_args(const struct source *src, size_t begin, size_t end, size_t *begins, size_t *ends, int max)
{
    size_t i = begin;
    while (i < end && src->text[i] != '(')
        i++;
    if (i >= end || end == 0 || src->text[end - 1] != ')')
        return 0;
    int n = 0, depth = 0;
    begins[n] = i + 1;
    for (i = i + 1; i < end - 1; i++) {
        char c = src->text[i];
        if (c == '"' || c == '\'') {
            for (i++; i < end - 1 && src->text[i] != c; i++)
                if (src->text[i] == '\\')
                    i++;
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            depth--;
        } else if (c == ',' && depth == 0 && n + 1 < max) {
            ends[n++] = i;
            begins[n] = i + 1;
        }
    }
    ends[n++] = end - 1;
    return n;
}

static size_t skip_space(const struct source *src, size_t i)
{
    while (i < src->len && isspace((unsigned char)src->text[i]))
        i++;
    return i;
}

static size_t trim_end(const struct source *src, size_t begin, size_t end)
{
    while (end > begin && isspace((unsigned char)src->text[end - 1]))
        end--;
    return end;
}

/* ---- types -------------------------------------------------------------- */

static bool is_parse_frame(CXType t)
{
    CXType canon = clang_getCanonicalType(t);
    if (canon.kind != CXType_Record)
        return false;   /* (spelling a type costs far more than asking its kind) */
    char *s = take_string(clang_getTypeSpelling(canon));
    return strcmp(s, "struct yieldc_generator_") == 0;
}

static const char *qualifiers(CXType t)
{
    const char *q = "";
    if (clang_isConstQualifiedType(t))
        q = arena_printf("%s const", q);
    if (clang_isVolatileQualifiedType(t))
        q = arena_printf("%s volatile", q);
    if (clang_isRestrictQualifiedType(t))
        q = arena_printf("%s restrict", q);
    return q;
}

/* The qualifiers of `a` and of `b` (each as qualifiers() gives them), each once, in C's order. */
static const char *merged_qualifiers(const char *a, const char *b)
{
    static const char *const words[] = { " const", " volatile", " restrict" };
    const char *q = "";
    for (size_t i = 0; i < 3; i++)
        if (strstr(a, words[i]) || strstr(b, words[i]))
            q = arena_printf("%s%s", q, words[i]);
    return q;
}

/* Whether a type's spelling holds a typeof (`const typeof (e)`, `__typeof__(T)`). */
static bool spells_typeof(const char *s)
{
    for (const char *w = s; (w = strstr(w, "typeof")) != NULL; w += 6) {
        const char *start = w;
        while (start > s && start[-1] == '_')
            start--;
        const char *end = w + 6;
        while (*end == '_')
            end++;
        if ((start == s || !is_ident_char(start[-1])) && !is_ident_char(*end))
            return true;
    }
    return false;
}

/*
 * Spell type `t` around declarator `inner` (as C writes `int (*fp)(int)`):
 * pointers prepend, arrays and functions append, with parentheses where
 * the binding would change. `base` replaces the spelling of the innermost
 * parse-frame type (a generator frame as the user wrote it). `outer` are
 * the qualifiers of the arrays `t` is the element of: clang keeps those of
 * `const int a[3]` on the array, and they qualify the element.
 */
static char *declare_in(CXType t, const char *outer, const char *inner, const char *base, bool *unnamed)
{
    switch (t.kind) {
    case CXType_Pointer: {
        CXType pointee = clang_getPointeeType(t);
        enum CXTypeKind k = clang_getCanonicalType(pointee).kind;
        const char *q = merged_qualifiers(qualifiers(t), outer);
        char *d = arena_printf("*%s%s%s", *q ? q + 1 : "", *q && *inner ? " " : "", inner);
        if (k == CXType_ConstantArray || k == CXType_IncompleteArray || k == CXType_VariableArray
            || k == CXType_FunctionProto || k == CXType_FunctionNoProto)
            d = arena_printf("(%s)", d);
        return declare_in(pointee, "", d, base, unnamed);
    }
    case CXType_ConstantArray:
        return declare_in(clang_getArrayElementType(t), merged_qualifiers(qualifiers(t), outer),
                          arena_printf("%s[%lld]", inner, clang_getArraySize(t)), base, unnamed);
    case CXType_IncompleteArray:
    case CXType_VariableArray:
        return declare_in(clang_getArrayElementType(t), merged_qualifiers(qualifiers(t), outer),
                          arena_printf("%s[]", inner), base, unnamed);
    case CXType_FunctionProto:
    case CXType_FunctionNoProto: {
        struct buf params = {0};
        int n = clang_getNumArgTypes(t);
        for (int i = 0; i < n; i++) {
            if (i)
                buf_puts(&params, ", ");
            buf_puts(&params, declare_in(clang_getArgType(t, (unsigned)i), "", "", base, unnamed));
        }
        if (clang_isFunctionTypeVariadic(t))
            buf_puts(&params, n ? ", ..." : "...");
        else if (n == 0 && t.kind == CXType_FunctionProto)
            buf_puts(&params, "void");
        return declare_in(clang_getResultType(t), "", arena_printf("%s(%s)", inner, params.data ? params.data : ""),
                          base, unnamed);
    }
    default: {
        char *s = take_string(clang_getTypeSpelling(t));
        if (spells_typeof(s) || strstr(s, "__auto_type")) {
            /* `__typeof__(n + 1L)` names the body's variables, which mean nothing in the frame */
            CXType canon = clang_getCanonicalType(t);
            if (canon.kind != t.kind || !clang_equalTypes(canon, t))
                return declare_in(canon, outer, inner, base, unnamed);
        }
        if (strstr(s, "(unnamed") || strstr(s, "(anonymous"))
            *unnamed = true;
        const char *own = qualifiers(t);
        if (base && is_parse_frame(t)) {
            const char *q = merged_qualifiers(own, outer);
            s = arena_printf("%s%s%s", *q ? q + 1 : "", *q ? " " : "", base);
        } else if (*outer) {    /* the array's qualifiers that the element's spelling lacks */
            const char *q = merged_qualifiers(outer, "");
            for (const char *w = q; *w;) {
                const char *next = strchr(w + 1, ' ');
                size_t len = next ? (size_t)(next - w) : strlen(w);
                if (!strstr(own, arena_strndup(w, len)))
                    s = arena_printf("%.*s %s", (int)(len - 1), w + 1, s);
                w += len;
            }
        }
        return *inner ? arena_printf("%s %s", s, inner) : s;
    }
    }
}

static char *declare(CXType t, const char *inner, const char *base, bool *unnamed)
{
    return declare_in(t, "", inner, base, unnamed);
}

/*
 * Spell around a marker and split there: prefix NAME suffix. A frame member
 * must be assignable, so `assignable` drops a top-level const
 * (`const int k` -> `int k`, `char *const p` -> `char *p`).
 */
static struct type_spelling spell_type(CXType t, const char *base, bool *unnamed, bool assignable,
                                       bool *still_const)
{
    char *d = declare(t, "\x01", base, unnamed);
    char *mark = strchr(d, '\x01');
    struct type_spelling ts = { arena_strndup(d, (size_t)(mark - d)), arena_strdup(mark + 1) };
    if (assignable && clang_isConstQualifiedType(clang_getCanonicalType(t))) {
        size_t n = strlen(ts.prefix);
        *still_const = true;
        CXType elem = clang_getCanonicalType(t);    /* an array's const is its elements' */
        while (elem.kind == CXType_ConstantArray || elem.kind == CXType_IncompleteArray
               || elem.kind == CXType_VariableArray)
            elem = clang_getCanonicalType(clang_getArrayElementType(elem));
        if (elem.kind == CXType_Pointer) {
            /* `char *const p`: the const after the last star */
            if (n >= 6 && strcmp(ts.prefix + n - 6, "const ") == 0) {
                ts.prefix = arena_printf("%.*s", (int)(n - 6), ts.prefix);
                *still_const = false;
            }
        } else if (strncmp(ts.prefix, "const ", 6) == 0) {
            ts.prefix += 6;
            *still_const = false;
        }
    }
    return ts;
}

/* A VLA, or a pointer to (an array of) one: types a goto must not jump into the scope of. */
static bool is_variably_modified(CXType t)
{
    for (int depth = 0; depth < 16; depth++) {
        t = clang_getCanonicalType(t);
        if (t.kind == CXType_VariableArray)
            return true;
        if (t.kind == CXType_Pointer)
            t = clang_getPointeeType(t);
        else if (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray)
            t = clang_getArrayElementType(t);
        else
            return false;
    }
    return false;
}

static enum CXVisitorResult find_const_field(CXCursor c, CXClientData data);

/* A struct or union with a const member somewhere inside cannot be assigned. */
static bool has_const_member(CXType t)
{
    t = clang_getCanonicalType(t);
    while (t.kind == CXType_ConstantArray)
        t = clang_getCanonicalType(clang_getArrayElementType(t));
    if (t.kind != CXType_Record)
        return false;
    bool found = false;
    clang_Type_visitFields(t, find_const_field, &found);
    return found;
}

static enum CXVisitorResult find_const_field(CXCursor c, CXClientData data)
{
    CXType t = clang_getCursorType(c);
    if (clang_isConstQualifiedType(clang_getCanonicalType(t)) || has_const_member(t)) {
        *(bool *)data = true;
        return CXVisit_Break;
    }
    return CXVisit_Continue;
}

/* `_Alignas(...)` or `alignas(...)` as written in [begin, end), or "". */
static const char *alignment_specifier(const struct source *src, size_t begin, size_t end)
{
    static const char *const words[] = { "_Alignas", "alignas" };
    for (size_t w = 0; w < 2; w++) {
        size_t n = strlen(words[w]);
        for (size_t i = begin; i + n < end; i++) {
            if (strncmp(src->text + i, words[w], n) != 0 || (i > 0 && is_ident_char(src->text[i - 1]))
                || is_ident_char(src->text[i + n]))
                continue;
            size_t j = i + n;
            while (j < end && src->text[j] != '(')
                j++;
            int depth = 0;
            for (; j < end; j++) {
                if (src->text[j] == '(')
                    depth++;
                else if (src->text[j] == ')' && --depth == 0)
                    return arena_strndup(src->text + i, j + 1 - i);
            }
        }
    }
    return "";
}

/* An array or function parameter spelled as the pointer C adjusts it to. */
static struct type_spelling spell_adjusted_param(CXType t, const char *base, bool *unnamed)
{
    CXType canon = clang_getCanonicalType(t);
    char *d;
    if (canon.kind == CXType_FunctionProto || canon.kind == CXType_FunctionNoProto) {
        d = declare(t, "(*\x01)", base, unnamed);
    } else {
        /* the element as written (`myint`), unless the array itself is a typedef's */
        bool written = t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray
                       || t.kind == CXType_VariableArray;
        CXType elem = clang_getArrayElementType(written ? t : canon);
        enum CXTypeKind ek = clang_getCanonicalType(elem).kind;
        bool paren = ek == CXType_ConstantArray || ek == CXType_IncompleteArray || ek == CXType_VariableArray;
        /* `const int a[]` is `const int *a`: the array's qualifiers go to the element */
        d = declare_in(elem, merged_qualifiers(qualifiers(canon), qualifiers(t)), paren ? "(*\x01)" : "*\x01",
                       base, unnamed);
    }
    char *mark = strchr(d, '\x01');
    struct type_spelling ts = { arena_strndup(d, (size_t)(mark - d)), arena_strdup(mark + 1) };
    return ts;
}

/*
 * Where the main file declares a type that spelling `t` needs in full (a
 * struct by value, any typedef name), or SIZE_MAX if headers declare them
 * all: a pointer to a struct needs no declaration.
 */
static size_t main_file_type_decl(struct parser *p, CXType t)
{
    for (int depth = 0; depth < 16; depth++) {
        if (t.kind == CXType_Pointer) {
            CXType pointee = clang_getPointeeType(t);
            if (pointee.kind == CXType_Elaborated || pointee.kind == CXType_Record)
                return (size_t)-1;
            t = pointee;
        } else if (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray) {
            t = clang_getArrayElementType(t);
        } else if (t.kind == CXType_Typedef || t.kind == CXType_Elaborated || t.kind == CXType_Record
                   || t.kind == CXType_Enum) {
            size_t offset;
            if (file_offset(p, clang_getCursorLocation(clang_getTypeDeclaration(t)), &offset))
                return offset;
            if (t.kind != CXType_Typedef)
                return (size_t)-1;
            t = clang_getTypedefDeclUnderlyingType(clang_getTypeDeclaration(t));
        } else {
            return (size_t)-1;
        }
    }
    return (size_t)-1;
}

/* ---- variables ---------------------------------------------------------- */

/* The variable of the current function that cursor `c` declares, by hash. */
static struct var *find_var(struct parser *p, CXCursor c)
{
    if (!p->cap_var_index)
        return NULL;
    size_t i = clang_hashCursor(c) & (p->cap_var_index - 1);
    for (; p->var_index[i]; i = (i + 1) & (p->cap_var_index - 1)) {
        size_t k = p->var_index[i] - 1;
        if (clang_equalCursors(p->var_cursors[k], c))
            return p->vars[k];
    }
    return NULL;
}

static void index_var(struct parser *p, size_t k)
{
    if ((p->nvars + 1) * 2 > p->cap_var_index) {
        p->cap_var_index = p->cap_var_index ? p->cap_var_index * 2 : 64;
        p->var_index = arena_alloc(p->cap_var_index * sizeof *p->var_index);
        for (size_t j = 0; j < p->nvars; j++)
            if (j != k)
                index_var(p, j);
    }
    size_t i = clang_hashCursor(p->var_cursors[k]) & (p->cap_var_index - 1);
    while (p->var_index[i])
        i = (i + 1) & (p->cap_var_index - 1);
    p->var_index[i] = k + 1;
}

/* The type of a frame variable as written: `struct f_frame` or YIELDC_FRAME(f). */
static const char *frame_type_as_written(struct parser *p, size_t decl_begin, size_t name_begin)
{
    const struct source *src = &p->unit->src;
    size_t end = name_begin;
    while (end > decl_begin && (isspace((unsigned char)src->text[end - 1])
                                || src->text[end - 1] == '*' || src->text[end - 1] == '('))
        end--;
    size_t begin = decl_begin;
    static const char *const skip[] = { "static", "register", "auto", "extern", "const", "volatile" };
    for (bool again = true; again;) {
        again = false;
        begin = skip_space(src, begin);
        for (size_t i = 0; i < sizeof skip / sizeof *skip; i++) {
            size_t n = strlen(skip[i]);
            if (begin + n < end && strncmp(src->text + begin, skip[i], n) == 0
                && !is_ident_char(src->text[begin + n])) {
                begin += n;
                again = true;
            }
        }
    }
    return arena_strndup(src->text + begin, end > begin ? end - begin : 0);
}

static const char *frame_generator_name(const struct source *src, size_t begin, size_t name);

static void spell_given_tags(struct parser *p, struct var *v);

static struct var *add_var(struct parser *p, CXCursor c, bool is_param, size_t decl_begin)
{
    struct var *v = arena_alloc(sizeof *v);
    v->name = take_string(clang_getCursorSpelling(c));
    v->is_param = is_param;
    v->decl_offset = decl_begin;
    enum CX_StorageClass sc = clang_Cursor_getStorageClass(c);
    v->is_static = sc == CX_SC_Static;
    v->is_extern = sc == CX_SC_Extern;

    CXType t = clang_getCursorType(c);
    enum CXTypeKind k = clang_getCanonicalType(t).kind;
    v->is_array = k == CXType_ConstantArray || k == CXType_IncompleteArray || k == CXType_VariableArray;
    /* a parameter `int a[n]` (or `a[static n]`) is adjusted to `int *a`: only its element type can
     * still be variably modified (`int a[][n]` is `int (*a)[n]`) */
    v->is_vla = is_param && v->is_array ? is_variably_modified(clang_getArrayElementType(clang_getCanonicalType(t)))
                                        : is_variably_modified(t);
    v->has_const_member = has_const_member(t);
    v->is_const = clang_isConstQualifiedType(t) != 0;
    v->is_scalar = k != CXType_Record && k != CXType_Elaborated && !v->is_array
                   && k != CXType_Invalid && k != CXType_Unexposed;
    size_t name_begin = decl_begin;
    file_offset(p, clang_getCursorLocation(c), &name_begin);
    const char *base = frame_type_as_written(p, decl_begin, p->specifiers_end ? p->specifiers_end : name_begin);
    if (is_param && (v->is_array || k == CXType_FunctionProto || k == CXType_FunctionNoProto)) {
        /* C adjusts an array parameter to a pointer to its element, a function to a pointer to it */
        v->type = spell_adjusted_param(t, base, &v->unnamed_type);
        v->is_array = false;
        k = CXType_Pointer;
    } else {
        v->type = spell_type(t, base, &v->unnamed_type, true, &v->const_field);
    }
    spell_given_tags(p, v);
    v->align_spec = alignment_specifier(&p->unit->src, decl_begin, name_begin);
    if (k == CXType_Record || k == CXType_ConstantArray)     /* a generator's frame, or an array of them */
        v->frame_of = frame_generator_name(&(struct source){ NULL, base, strlen(base) }, 0, strlen(base));
    v->local_type_at = main_file_type_decl(p, t);
    v->size = clang_Type_getSizeOf(t) > 0 ? clang_Type_getSizeOf(t) : 0;
    v->align = clang_Type_getAlignOf(t) > 0 ? clang_Type_getAlignOf(t) : 0;
    clang_getFileLocation(clang_getCursorLocation(c), NULL, &v->line, NULL, NULL);

    size_t cap = p->cap_vars, n = p->nvars;
    *ARRAY_PUSH(p->var_cursors, n, cap) = c;
    *ARRAY_PUSH(p->vars, p->nvars, p->cap_vars) = v;
    index_var(p, p->nvars - 1);
    return v;
}

/* ---- the tree of a function body --------------------------------------- */

static enum node_kind kind_of(CXCursor c)
{
    switch (clang_getCursorKind(c)) {
    case CXCursor_CompoundStmt: return NODE_COMPOUND;
    case CXCursor_DeclStmt: return NODE_DECL_STMT;
    case CXCursor_VarDecl: return NODE_VAR_DECL;
    case CXCursor_DeclRefExpr: return NODE_DECL_REF;
    case CXCursor_ReturnStmt: return NODE_RETURN;
    case CXCursor_IfStmt: return NODE_IF;
    case CXCursor_WhileStmt: return NODE_WHILE;
    case CXCursor_DoStmt: return NODE_DO;
    case CXCursor_ForStmt: return NODE_FOR;
    case CXCursor_SwitchStmt: return NODE_SWITCH;
    case CXCursor_CaseStmt:
    case CXCursor_DefaultStmt: return NODE_CASE;
    case CXCursor_LabelStmt: return NODE_LABEL;
    case CXCursor_GotoStmt: return NODE_GOTO;
    case CXCursor_BreakStmt: return NODE_BREAK;
    case CXCursor_ContinueStmt: return NODE_CONTINUE;
    case CXCursor_IndirectGotoStmt: return NODE_INDIRECT_GOTO;
    case CXCursor_AddrLabelExpr: return NODE_ADDR_LABEL;
    case CXCursor_StmtExpr: return NODE_STMT_EXPR;
    case CXCursor_CallExpr: return NODE_CALL;
    case CXCursor_InitListExpr: return NODE_INIT_LIST;
    case CXCursor_CompoundLiteralExpr: return NODE_COMPOUND_LITERAL;
    case CXCursor_FunctionDecl: return NODE_FUNCTION_DECL;
    case CXCursor_StructDecl:
    case CXCursor_UnionDecl:
    case CXCursor_EnumDecl:
    case CXCursor_TypedefDecl: return NODE_TYPE_DECL;
    default: return NODE_OTHER;
    }
}

static bool is_call_to(CXCursor c, const char *name)
{
    if (clang_getCursorKind(c) != CXCursor_CallExpr)
        return false;
    char *s = take_string(clang_getCursorSpelling(c));
    return strcmp(s, name) == 0;
}

/* first_under's `through`: look into every cursor, or into none (its children only). */
#define INTO_EVERY_CURSOR ((enum CXCursorKind)-1)
#define INTO_NO_CURSOR ((enum CXCursorKind)0)

struct cursor_search {
    enum CXCursorKind kind, through;
    CXCursor found;
};

static enum CXChildVisitResult search_cursor(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct cursor_search *s = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == s->kind) {
        s->found = c;
        return CXChildVisit_Break;
    }
    return s->through == INTO_EVERY_CURSOR || k == s->through ? CXChildVisit_Recurse : CXChildVisit_Continue;
}

/* The first cursor of `kind` under `c`, looking into the cursors of kind `through`; a null cursor if none. */
static CXCursor first_under(CXCursor c, enum CXCursorKind kind, enum CXCursorKind through)
{
    struct cursor_search s = { kind, through, clang_getNullCursor() };
    clang_visitChildren(c, search_cursor, &s);
    return s.found;
}

/* The variable a declaration statement (or a statement holding one) declares first. */
static CXCursor first_var_decl(CXCursor c)
{
    return first_under(c, CXCursor_VarDecl, CXCursor_DeclStmt);
}

/* Look through parentheses and implicit conversions. */
static CXCursor strip_expr(CXCursor c);

static enum CXChildVisitResult first_child(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    *(CXCursor *)data = c;
    return CXChildVisit_Break;
}

static CXCursor strip_expr(CXCursor c)
{
    for (;;) {
        enum CXCursorKind k = clang_getCursorKind(c);
        if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr)
            return c;
        CXCursor child = clang_getNullCursor();
        clang_visitChildren(c, first_child, &child);
        if (clang_Cursor_isNull(child))
            return c;
        c = child;
    }
}

static enum CXVisitorResult first_field(CXCursor c, CXClientData data)
{
    *(CXType *)data = clang_getCanonicalType(clang_getCursorType(c));
    return CXVisit_Break;
}

/* An iterator is a struct yieldc_iter or a struct that begins with one. */
static bool is_iterator_record(CXType record)
{
    for (int depth = 0; depth < 8 && record.kind == CXType_Record; depth++) {
        char *s = take_string(clang_getTypeSpelling(record));
        if (strcmp(s, "struct yieldc_iter") == 0)
            return true;
        CXType field = { CXType_Invalid, { NULL, NULL } };
        clang_Type_visitFields(record, first_field, &field);
        record = field;
    }
    return false;
}

static bool is_genexpr_at(struct parser *p, size_t offset)
{
    return expansion_at(p, "GENEXPR", offset) || expansion_at(p, "GENEXPR_IF", offset);
}


/* ---- types: what GENERATOR declares, and checks at the user's line ----- */

/*
 * GENERATOR(T, S, R) parses as __typeof__(yieldc_generator_types_(0,
 * (T (*)(void))0, ...)): the casts are children of the function's cursor,
 * before its body, and their result types are T, S and R.
 */
static enum CXChildVisitResult find_type_casts(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct generator_types *g = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_CompoundStmt)
        return CXChildVisit_Break;
    if (k != CXCursor_CStyleCastExpr)
        return CXChildVisit_Recurse;
    CXType pointer = clang_getCursorType(c);
    CXType fn = clang_getPointeeType(clang_getCanonicalType(pointer).kind == CXType_Pointer ? pointer
                                                                                         : clang_getCanonicalType(pointer));
    for (int i = 0; i < 3; i++)
        if (!g->have[i]) {
            g->t[i] = clang_getResultType(fn);
            g->have[i] = g->t[i].kind != CXType_Invalid;
            break;
        }
    return CXChildVisit_Continue;
}

static struct generator_types declared_types(CXCursor fn)
{
    struct generator_types g;
    memset(&g, 0, sizeof g);
    clang_visitChildren(fn, find_type_casts, &g);
    return g;
}

static bool declares(const struct generator_types *g, int i)
{
    return g->have[i] && clang_getCanonicalType(g->t[i]).kind != CXType_Void;
}

/* A type's spelling without const, volatile and restrict, canonical: the type a value has. */
static const char *unqualified(CXType t)
{
    char *s = take_string(clang_getTypeSpelling(clang_getCanonicalType(t)));
    struct buf b = {0};
    static const char *const words[] = { "const", "volatile", "restrict" };
    for (size_t i = 0; s[i];) {
        bool dropped = false;
        for (size_t w = 0; w < 3 && !dropped; w++) {
            size_t n = strlen(words[w]);
            if (strncmp(s + i, words[w], n) == 0 && (i == 0 || !is_ident_char(s[i - 1])) && !is_ident_char(s[i + n])) {
                i += n;
                while (s[i] == ' ')
                    i++;
                dropped = true;
            }
        }
        if (!dropped)
            buf_add(&b, s + i++, 1);
    }
    char *u = b.data ? b.data : arena_strdup("");
    size_t n = strlen(u);
    while (n && u[n - 1] == ' ')
        u[--n] = '\0';
    return u;
}

static bool same_type(CXType a, CXType b)
{
    return strcmp(unqualified(a), unqualified(b)) == 0;
}

/* Types the parse sees as stand-ins (a generator's frame) or cannot judge: never reported. */
static bool judgeable(CXType t)
{
    CXType c = clang_getCanonicalType(t);
    return c.kind != CXType_Invalid && c.kind != CXType_Unexposed && !is_parse_frame(t)
           && !strstr(unqualified(t), "yieldc_generator_");
}

static bool is_arithmetic(CXType c)
{
    return (c.kind >= CXType_Bool && c.kind <= CXType_LongDouble) || c.kind == CXType_Enum
           || c.kind == CXType_Complex || c.kind == CXType_Float128 || c.kind == CXType_Half
           || c.kind == CXType_Float16;
}

/* The integer constant 0: a null pointer constant. */
static bool is_zero_constant(CXCursor e)
{
    CXEvalResult r = clang_Cursor_Evaluate(e);
    bool zero = r && clang_EvalResult_getKind(r) == CXEval_Int && clang_EvalResult_getAsLongLong(r) == 0
                && is_arithmetic(clang_getCanonicalType(clang_getCursorType(e)));
    if (r)
        clang_EvalResult_dispose(r);
    return zero;
}

/*
 * Whether a value `from` (the expression `e`) may be assigned to an object
 * of type `to` (C11 6.5.16.1): arithmetic to arithmetic, compatible
 * pointers (void * either way, qualifiers aside), a null pointer constant
 * to a pointer, a pointer to _Bool, a struct or union to the same one.
 */
static bool assignable(CXType to, CXType from, CXCursor e)
{
    CXType a = clang_getCanonicalType(to), b = clang_getCanonicalType(from);
    if (!judgeable(to) || !judgeable(from))
        return true;
    if (is_arithmetic(a) && is_arithmetic(b))
        return true;
    if (a.kind == CXType_Bool && b.kind == CXType_Pointer)
        return true;
    if (a.kind == CXType_Pointer) {
        CXType pa = clang_getCanonicalType(clang_getPointeeType(a));
        if (b.kind == CXType_ConstantArray || b.kind == CXType_IncompleteArray || b.kind == CXType_VariableArray)
            return pa.kind == CXType_Void || same_type(pa, clang_getArrayElementType(b));
        if (b.kind == CXType_FunctionProto || b.kind == CXType_FunctionNoProto)
            return same_type(pa, b);
        if (b.kind == CXType_Pointer) {
            CXType pb = clang_getCanonicalType(clang_getPointeeType(b));
            return pa.kind == CXType_Void || pb.kind == CXType_Void || same_type(pa, pb);
        }
        return is_zero_constant(e);
    }
    return same_type(a, b);
}

static const char *spelled(CXType t)
{
    return take_string(clang_getTypeSpelling(t));
}

static bool is_qualifier_word(const char *w, size_t n)
{
    static const char *const words[] = { "const", "volatile", "restrict", "__const", "__const__",
                                         "__volatile", "__volatile__", "__restrict", "__restrict__" };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == n && strncmp(w, words[i], n) == 0)
            return true;
    return false;
}

/*
 * A type name without function or array declarators (GENERATOR's T, S, R)
 * less its top-level const, volatile and restrict: those after the last
 * `*`, or all of them when there is none.
 *     "const int" -> "int",  "int const" -> "int",  "const char *const" -> "const char *"
 */
static const char *without_top_qualifiers(const char *s)
{
    const char *star = strrchr(s, '*');
    size_t from = star ? (size_t)(star - s) + 1 : 0;
    struct buf b = {0};
    buf_add(&b, s, from);
    for (size_t i = from; s[i];) {
        size_t w = i;
        while (is_ident_char(s[w]))
            w++;
        if (w > i && is_qualifier_word(s + i, w - i)) {
            for (i = w; s[i] == ' ' || s[i] == '\t' || s[i] == '\n'; i++)
                ;
        } else {
            buf_add(&b, s + i, w > i ? w - i : 1);
            i = w > i ? w : i + 1;
        }
    }
    char *u = b.data ? b.data : arena_strdup("");
    size_t n = strlen(u);
    while (n && (u[n - 1] == ' ' || u[n - 1] == '\t' || u[n - 1] == '\n'))
        u[--n] = '\0';
    return u;
}

/*
 * The type, `written` as the user spells it, of the storage the generated
 * code assigns: a yielded value goes through `*(T *)out = v;`, a result
 * into the frame's `R yieldc_result;`, a sent value is read as
 * `*(S const *)in`. A top-level qualifier is the user's view of the value
 * and would make that storage read-only (or spell `const int const`):
 *     GENERATOR(const int, const int, const char *const)
 *         -> *(int *)out = v;   *(int const *)in;   const char *yieldc_result;
 * A qualifier hidden in a typedef or a macro leaves the text as it was:
 * then the canonical type is spelled, when it has a name.
 */
static const char *storage_type(const char *written, CXType t)
{
    CXType c = clang_getCanonicalType(t);
    if (!clang_isConstQualifiedType(c) && !clang_isVolatileQualifiedType(c) && !clang_isRestrictQualifiedType(c))
        return written;
    const char *s = without_top_qualifiers(written);
    if (strcmp(s, written) != 0)
        return s;
    const char *canonical = spelled(c);
    if (strstr(canonical, "(unnamed") || strstr(canonical, "(anonymous"))
        return written;
    return without_top_qualifiers(canonical);
}

/* A type mistake found at `at`, reported by the analysis with yieldc's own errors. */
static void type_error(struct node *n, size_t at, const char *message)
{
    if (!n->type_error) {
        n->type_error = message;
        n->type_error_at = at;
    }
}

/* The generator a FunctionDecl cursor declares, by its GENERATOR's types; false if it is not one. */
static bool generator_decl_types(CXCursor fn, struct generator_types *g)
{
    if (clang_getCursorKind(fn) != CXCursor_FunctionDecl || !is_parse_frame(clang_getCursorResultType(fn)))
        return false;
    *g = declared_types(fn);
    return true;
}

/* A generator declared anywhere in the translation unit, by name (its GENERATOR's types). */
static bool generator_by_name(struct parser *p, const char *name, struct generator_types *g)
{
    for (size_t i = 0; i < p->ngenerators; i++)
        if (strcmp(p->generators[i].name, name) == 0)
            return generator_decl_types(p->generators[i].cursor, g);
    return false;
}

/* R of a generator, as a frame member that takes a copy of it */
static const char *result_text(const struct generator_types *g)
{
    return declares(g, 2) ? storage_type(spelled(g->t[2]), g->t[2]) : NULL;
}

/*
 * The generator a frame variable belongs to, from its type as written:
 * `struct NAME_frame` or YIELDC_FRAME(NAME), or a pointer to one.
 */
static const char *frame_generator_name(const struct source *src, size_t begin, size_t name)
{
    static const char *const forms[] = { "YIELDC_FRAME", "struct" };
    for (size_t f = 0; f < 2; f++) {
        size_t n = strlen(forms[f]);
        for (size_t i = begin; i + n < name; i++) {
            if (strncmp(src->text + i, forms[f], n) != 0 || (i > begin && is_ident_char(src->text[i - 1]))
                || is_ident_char(src->text[i + n]))
                continue;
            size_t j = i + n;
            while (j < name && (isspace((unsigned char)src->text[j]) || src->text[j] == '('))
                j++;
            size_t w = j;
            while (w < name && is_ident_char(src->text[w]))
                w++;
            if (f == 0 && w > j)
                return arena_strndup(src->text + j, w - j);
            if (f == 1 && w - j > 6 && strncmp(src->text + w - 6, "_frame", 6) == 0)
                return arena_strndup(src->text + j, w - j - 6);
        }
    }
    return NULL;
}

static struct var *find_var(struct parser *p, CXCursor c);

/* The variable a source names: itself, or the first one its expression refers to. */
static const struct var *source_variable(struct parser *p, CXCursor source)
{
    /* `g`, `&g.it`, `p`, `(struct yieldc_iter *)&g` */
    CXCursor ref = clang_getCursorKind(source) == CXCursor_DeclRefExpr
                       ? source : first_under(source, CXCursor_DeclRefExpr, INTO_EVERY_CURSOR);
    return clang_Cursor_isNull(ref) ? NULL : find_var(p, clang_getCursorReferenced(ref));
}

/* The result type of the generator whose frame an iterator variable or pointer source designates, if known. */
static const char *source_variable_result(struct parser *p, CXCursor source)
{
    const struct var *v = source_variable(p, source);
    if (!v)
        return NULL;
    const char *type = arena_printf("%s%s", v->type.prefix, v->type.suffix);
    const char *generator = frame_generator_name(&(struct source){ NULL, type, strlen(type) }, 0, strlen(type));
    struct generator_types g;
    return generator && generator_by_name(p, generator, &g) ? result_text(&g) : NULL;
}

/*
 * The generator whose frame a source designates when it is written
 * `frame` or `&frame.it`, with `frame` a variable of that frame's type (not
 * a pointer, not an array): its next function can then be called directly.
 */
static const char *source_frame_of(struct parser *p, CXCursor source, bool pointer)
{
    size_t b, e;
    if (!cursor_range(p, source, &b, &e))
        return NULL;
    const char *t = p->unit->src.text;
    if (pointer) {
        if (b >= e || t[b] != '&')
            return NULL;
        b++;
        while (b < e && isspace((unsigned char)t[b]))
            b++;
        size_t i = e;
        while (i > b && isspace((unsigned char)t[i - 1]))
            i--;
        if (i < b + 2 || t[i - 1] != 't' || t[i - 2] != 'i')
            return NULL;
        i -= 2;
        while (i > b && isspace((unsigned char)t[i - 1]))
            i--;
        if (i == b || t[i - 1] != '.')
            return NULL;
        e = i - 1;
        while (e > b && isspace((unsigned char)t[e - 1]))
            e--;
    }
    for (size_t i = b; i < e; i++)
        if (!is_ident_char(t[i]))
            return NULL;
    const struct var *v = source_variable(p, source);
    if (!v || v->is_array || v->is_scalar || strlen(v->name) != e - b || strncmp(v->name, t + b, e - b) != 0)
        return NULL;
    return v->frame_of;
}

/* Classify the source of FOREACH or YIELD_FROM from the marker call's second argument. */
static void check_source_types(struct parser *p, struct node *n, const struct generator_types *g, CXCursor var);

/* Where a generator call and its arguments are in the file's text (nsource_args -1 when not all are). */
static void call_arguments(struct parser *p, struct node *n, CXCursor call)
{
    int count = clang_Cursor_getNumArguments(call);
    size_t end;
    n->nsource_args = -1;
    if (count < 0 || !cursor_range(p, call, &n->source_call_begin, &end))
        return;
    n->source_args = arena_alloc(2 * ((size_t)count + 1) * sizeof *n->source_args);
    for (int i = 0; i < count; i++)
        if (!cursor_range(p, clang_Cursor_getArgument(call, (unsigned)i), &n->source_args[2 * i],
                          &n->source_args[2 * i + 1]))
            return;
    n->source_args[2 * count] = end;     /* the call's end */
    n->nsource_args = count;
}

/* Classify the source of FOREACH or YIELD_FROM (`var`: FOREACH's variable) from the marker call. */
static void classify_source(struct parser *p, struct node *n, CXCursor marker, CXCursor var)
{
    CXCursor arg = strip_expr(clang_Cursor_getArgument(marker, 1));
    CXType t = clang_getCursorType(arg);
    CXType canon = clang_getCanonicalType(t);
    size_t ab, ae;
    n->source_kind = SOURCE_INVALID;
    if (cursor_range(p, arg, &ab, &ae) && is_genexpr_at(p, ab)) {
        n->source_kind = SOURCE_VALUE;      /* its type is named by the analysis */
    } else if (canon.kind == CXType_Pointer) {
        if (is_iterator_record(clang_getCanonicalType(clang_getPointeeType(canon)))) {
            n->source_kind = SOURCE_POINTER;
            n->source_result = source_variable_result(p, arg);
            n->source_frame_of = source_frame_of(p, arg, true);
        }
    } else if (is_iterator_record(canon)) {
        if (clang_getCursorKind(arg) != CXCursor_CallExpr) {
            n->source_kind = SOURCE_LVALUE;
            n->source_result = source_variable_result(p, arg);
            n->source_frame_of = source_frame_of(p, arg, false);
        } else if (!is_parse_frame(t)) {
            n->source_kind = SOURCE_VALUE;
            n->source_type = take_string(clang_getTypeSpelling(t));
            n->source_size = clang_Type_getSizeOf(t);
            n->source_align = clang_Type_getAlignOf(t);
        } else {
            CXCursor callee = clang_getCursorReferenced(arg);
            struct generator_types g;
            if (!clang_Cursor_isNull(callee)) {
                n->source_kind = SOURCE_VALUE;
                n->source_generator = take_string(clang_getCursorSpelling(callee));
                call_arguments(p, n, arg);
                n->source_type = arena_printf("struct %s_frame", n->source_generator);
                if (generator_decl_types(callee, &g)) {
                    n->source_declared_generator = g.have[0];
                    n->source_result = result_text(&g);
                    check_source_types(p, n, &g, var);
                }
            }
        }
    }
}

/*
 * A YIELD_FROM passes its source's values and the values sent to it
 * straight through: the types must be the same (a GENERATOR(void) takes
 * any); a FOREACH writes its source's values into its variable.
 */
static void check_source_types(struct parser *p, struct node *n, const struct generator_types *g, CXCursor var)
{
    if (!p->fn || (!p->fn->is_generator && n->kind == NODE_YIELD))
        return;
    if (n->kind != NODE_YIELD) {    /* FOREACH, GENEXPR: their variable takes the values */
        CXType vt = clang_getCursorType(var);
        if (!clang_Cursor_isNull(var) && declares(g, 0) && judgeable(g->t[0]) && judgeable(vt)
            && !same_type(vt, g->t[0]))
            type_error(n, n->decl_arg_begin,
                       arena_printf("%s variable '%s' has type '%s', but generator '%s' yields '%s'; "
                                    "declare it as '%s %s'", n->kind == NODE_FOREACH ? "FOREACH" : "GENEXPR",
                                    take_string(clang_getCursorSpelling(var)),
                                    spelled(vt), n->source_generator, spelled(g->t[0]), spelled(g->t[0]),
                                    take_string(clang_getCursorSpelling(var))));
        return;
    }
    const struct generator_types *f = &p->fn_types;
    if (declares(g, 0) && declares(f, 0) && judgeable(g->t[0]) && judgeable(f->t[0]) && !same_type(g->t[0], f->t[0]))
        type_error(n, n->arg_begin,
                   arena_printf("YIELD_FROM runs generator '%s', which yields '%s', in generator '%s', which "
                                "yields '%s'", n->source_generator, spelled(g->t[0]), p->fn->name, spelled(f->t[0])));
    else if (declares(g, 1) && declares(f, 1) && judgeable(g->t[1]) && judgeable(f->t[1])
             && !same_type(g->t[1], f->t[1]))
        type_error(n, n->arg_begin,
                   arena_printf("YIELD_FROM runs generator '%s', which is sent '%s', in generator '%s', which "
                                "is sent '%s'", n->source_generator, spelled(g->t[1]), p->fn->name, spelled(f->t[1])));
}

/* The value a YIELD hands over must be assignable to the generator's T. */
static void check_yield_value_type(struct parser *p, struct node *n, CXCursor marker)
{
    const struct generator_types *f = &p->fn_types;
    CXCursor value = strip_expr(clang_Cursor_getArgument(marker, 1));
    CXType vt = clang_getCursorType(value);
    if (!p->fn || !declares(f, 0) || assignable(f->t[0], vt, value))
        return;
    size_t at = n->arg_begin ? n->arg_begin : n->begin;
    type_error(n, at, arena_printf("YIELD of a value of type '%s' in generator '%s', which yields '%s'",
                                   spelled(vt), p->fn->name, spelled(f->t[0])));
}

/* The value sent to a generator (its S), assigned or initializing: `T x = YIELD(v);`, `x = YIELD(v);`. */
static void check_received_type(struct parser *p, struct node *at, CXType target, CXCursor value)
{
    const struct generator_types *f = &p->fn_types;
    if (is_call_to(strip_expr(value), "yieldc_yield_from_") && judgeable(target)) {
        /* the type of what a YIELD_FROM's value goes into: its result's, where its source cannot tell */
        CXType u = clang_getCanonicalType(target);
        if (u.kind != CXType_ConstantArray && u.kind != CXType_Pointer)
            at->target_type = clang_isConstQualifiedType(target) ? unqualified(target) : spelled(target);
        else if (u.kind == CXType_Pointer && !strchr(spelled(target), '('))
            at->target_type = spelled(target);
    }
    if (!p->fn || !declares(f, 1) || !is_call_to(strip_expr(value), "yieldc_yield_")
        || assignable(target, f->t[1], strip_expr(value)))
        return;
    size_t b = at->begin, e;
    cursor_range(p, strip_expr(value), &b, &e);
    type_error(at, b, arena_printf("the value sent to generator '%s' has type '%s', which cannot be "
                                   "assigned to '%s'", p->fn->name, spelled(f->t[1]), spelled(target)));
}

static enum CXChildVisitResult add_enumerator(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct node *n = data;
    if (clang_getCursorKind(c) == CXCursor_EnumConstantDecl) {
        *ARRAY_PUSH(n->names, n->nnames, n->cap_names) = take_string(clang_getCursorSpelling(c));
    }
    return CXChildVisit_Continue;
}

/* The names a type declaration introduces: its tag (as "struct s") or
 * typedef name, its enumerators. */
static void collect_type_names(CXCursor c, struct node *n)
{
    char *name = take_string(clang_getCursorSpelling(c));
    if (*name && !clang_Cursor_isAnonymous(c)) {
        enum CXCursorKind k = clang_getCursorKind(c);
        const char *tag = k == CXCursor_StructDecl ? "struct " : k == CXCursor_UnionDecl ? "union "
                          : k == CXCursor_EnumDecl ? "enum " : "";
        *ARRAY_PUSH(n->names, n->nnames, n->cap_names) = arena_printf("%s%s", tag, name);
    }
    if (clang_getCursorKind(c) == CXCursor_EnumDecl)
        clang_visitChildren(c, add_enumerator, n);
}

struct local_use {
    struct parser *p;
    const char *found;
};

static enum CXChildVisitResult find_local_use(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct local_use *u = data;
    if (clang_getCursorKind(c) == CXCursor_DeclRefExpr) {
        const struct var *v = find_var(u->p, clang_getCursorReferenced(c));
        if (v && !u->found)
            u->found = v->name;
    }
    return CXChildVisit_Recurse;
}

struct walk {
    struct parser *p;
    struct node *parent, *last;
};

static struct node *build(struct parser *p, CXCursor c, struct node *parent);

static enum CXChildVisitResult visit_child(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct walk *w = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    /* Type references and the like carry nothing the rewrite needs. */
    if (clang_isReference(k) || clang_isAttribute(k) || k == CXCursor_TypeRef)
        return CXChildVisit_Continue;
    /* GNU `x ?: y` (an unexposed expression) shows x three times: as its common operand, then
     * as its condition and its value, stand-ins over the same text. One node for x: a second
     * would rewrite its text again. */
    size_t b, e;
    if (clang_getCursorKind(parent) == CXCursor_UnexposedExpr && w->last && w->last->end > w->last->begin
        && cursor_range(w->p, c, &b, &e) && b < w->last->end)
        return CXChildVisit_Continue;
    struct node *n = build(w->p, c, w->parent);
    if (!n)
        return CXChildVisit_Continue;
    if (w->last)
        w->last->next = n;
    else
        w->parent->child = n;
    w->last = n;
    return CXChildVisit_Continue;
}

static void build_children(struct parser *p, CXCursor c, struct node *n)
{
    struct walk w = { p, n, NULL };
    clang_visitChildren(c, visit_child, &w);
}

/* `do if (yieldc_defer_(0)) { ... } while (0)`: what DEFER expands to. */
static bool is_defer_marker(CXCursor c)
{
    CXCursor stmt = clang_getNullCursor(), cond = clang_getNullCursor();
    clang_visitChildren(c, first_child, &stmt);
    if (clang_getCursorKind(stmt) != CXCursor_IfStmt)
        return false;
    clang_visitChildren(stmt, first_child, &cond);
    return is_call_to(strip_expr(cond), "yieldc_defer_");
}

/* Just after the `;` that ends a statement whose node ends at `end`. */
static size_t statement_end(const struct source *src, size_t end)
{
    size_t i = skip_space(src, end);
    return i < src->len && src->text[i] == ';' ? i + 1 : end;
}

static struct var *var_declared_within(struct node *n, size_t begin, size_t end)
{
    for (; n; n = n->next) {
        if (n->kind == NODE_VAR_DECL && n->name_begin >= begin && n->name_begin < end)
            return n->var;
        struct var *v = var_declared_within(n->child, begin, end);
        if (v)
            return v;
    }
    return NULL;
}

/*
 * GENEXPR(value, decl, source) parses as
 *     (*(struct yieldc_generator_ *)yieldc_genexpr_(0, (source), ({ decl; (value); })))
 * and GENEXPR_IF adds `(void)(condition);` before the value.
 */
static bool yield_within(const struct node *n, size_t begin, size_t end)
{
    for (; n; n = n->next)
        if ((n->kind == NODE_YIELD && n->begin >= begin && n->begin < end) || yield_within(n->child, begin, end))
            return true;
    return false;
}

static void build_genexpr(struct parser *p, CXCursor c, struct node *n)
{
    const struct source *src = &p->unit->src;
    const struct expansion *e = expansion_at(p, "GENEXPR", n->begin);
    bool filtered = !e;
    if (!e)
        e = expansion_at(p, "GENEXPR_IF", n->begin);
    n->kind = NODE_GENEXPR;
    build_children(p, c, n);
    size_t b[4], en[4];
    int want = filtered ? 4 : 3;
    if (!e || invocation_args(src, e->begin, e->end, b, en, want) != want)
        return;
    /* its own variable: declared in its second argument (a GENEXPR source has one too) */
    n->genexpr_var = var_declared_within(n->child, b[1], en[1]);
    n->macro_begin = e->begin;
    n->macro_end = e->end;
    n->value_begin = skip_space(src, b[0]);
    n->value_end = trim_end(src, b[0], en[0]);
    n->decl_arg_begin = skip_space(src, b[1]);
    n->decl_arg_end = trim_end(src, b[1], en[1]);
    n->arg_begin = skip_space(src, b[2]);
    n->arg_end = trim_end(src, b[2], en[2]);
    if (filtered) {
        n->cond_begin = skip_space(src, b[3]);
        n->cond_end = trim_end(src, b[3], en[3]);
    }
    /* a YIELD in its source runs where it stands (one in its value or condition is refused) */
    n->has_yield = yield_within(n->child, n->arg_begin, n->arg_end);
    CXCursor body = strip_expr(clang_Cursor_getArgument(c, 2));
    n->value_type = take_string(clang_getTypeSpelling(clang_getCursorType(body)));
    /* the variable a GENEXPR declares: in the compound statement of ({ decl; value; }) */
    CXCursor block = first_under(body, CXCursor_CompoundStmt, INTO_NO_CURSOR);
    CXCursor var = clang_Cursor_isNull(block) ? block : first_var_decl(block);
    classify_source(p, n, c, var);
}

/* ---- expressions ------------------------------------------------------- */

/*
 * The type of an expression's value as a temporary would hold it: an
 * array or a function as the pointer it decays to, without a top-level
 * const; NULL for void, or a type without a name.
 */
static struct type_spelling *temporary_type(CXType t)
{
    CXType canon = clang_getCanonicalType(t);
    bool unnamed = false, still_const = false;
    struct type_spelling ts;
    if (canon.kind == CXType_Void || canon.kind == CXType_Invalid || is_parse_frame(t))
        return NULL;
    if (canon.kind == CXType_ConstantArray || canon.kind == CXType_IncompleteArray
        || canon.kind == CXType_VariableArray || canon.kind == CXType_FunctionProto
        || canon.kind == CXType_FunctionNoProto)
        ts = spell_adjusted_param(t, NULL, &unnamed);
    else
        ts = spell_type(t, NULL, &unnamed, true, &still_const);
    if (unnamed)
        return NULL;
    struct type_spelling *copy = arena_alloc(sizeof *copy);
    *copy = ts;
    return copy;
}

/* The operator between a binary node's two operands, as written. */
static const char *operator_between(const struct source *src, const struct node *a, const struct node *b)
{
    size_t ob = skip_space(src, a->end), oe = trim_end(src, ob, b->begin);
    return ob <= oe && oe <= src->len ? arena_strndup(src->text + ob, oe - ob) : "";
}

static enum CXChildVisitResult collect_child(CXCursor c, CXCursor parent, CXClientData data);

struct cursors {
    CXCursor *items;
    size_t len, cap;
};

/*
 * What kind of expression `n` is, its operator, and, when a YIELD is under
 * it, the types of its value and of its operands (their children are built).
 */
static void classify_expression(struct parser *p, CXCursor c, struct node *n)
{
    const struct source *src = &p->unit->src;
    const struct node *a = n->child, *b = a ? a->next : NULL;
    switch (clang_getCursorKind(c)) {
    case CXCursor_BinaryOperator:
        n->op = a && b ? operator_between(src, a, b) : "";
        n->ekind = strcmp(n->op, "=") == 0 ? EXPR_ASSIGN
                   : strcmp(n->op, "&&") == 0 || strcmp(n->op, "||") == 0 ? EXPR_LOGICAL
                   : strcmp(n->op, ",") == 0 ? EXPR_COMMA : EXPR_OPERATOR;
        break;
    case CXCursor_CompoundAssignOperator:
        n->op = a && b ? operator_between(src, a, b) : "";
        n->ekind = EXPR_ASSIGN;
        break;
    case CXCursor_UnaryOperator:
        n->ekind = EXPR_UNARY;
        if (a && a->begin > n->begin) {
            n->op = arena_strndup(src->text + n->begin, trim_end(src, n->begin, a->begin) - n->begin);
        } else if (a) {
            size_t ob = skip_space(src, a->end);
            n->op = ob < n->end ? arena_strndup(src->text + ob, n->end - ob) : "";
            n->postfix = true;
        }
        break;
    case CXCursor_ConditionalOperator: n->ekind = EXPR_CONDITIONAL; break;
    case CXCursor_CallExpr: n->ekind = n->kind == NODE_YIELD ? EXPR_OTHER : EXPR_CALL; break;
    case CXCursor_ArraySubscriptExpr: n->ekind = EXPR_SUBSCRIPT; break;
    case CXCursor_MemberRefExpr: n->ekind = EXPR_MEMBER; break;
    case CXCursor_CStyleCastExpr: n->ekind = EXPR_CAST; break;
    case CXCursor_ParenExpr: n->ekind = EXPR_PAREN; break;
    case CXCursor_UnexposedExpr: n->ekind = EXPR_IMPLICIT; break;
    case CXCursor_IntegerLiteral:
    case CXCursor_FloatingLiteral:
    case CXCursor_CharacterLiteral:
    case CXCursor_StringLiteral:
    case CXCursor_ImaginaryLiteral: n->ekind = EXPR_LITERAL; break;
    case CXCursor_DeclRefExpr: {
        n->ekind = EXPR_NAME;
        enum CXCursorKind rk = clang_getCursorKind(clang_getCursorReferenced(c));
        n->names_constant = rk == CXCursor_EnumConstantDecl || rk == CXCursor_FunctionDecl;
        break;
    }
    case CXCursor_CompoundLiteralExpr:
    case CXCursor_InitListExpr: n->ekind = EXPR_COMPOUND; break;
    case CXCursor_UnaryExpr:
    case CXCursor_GenericSelectionExpr: n->ekind = EXPR_UNEVALUATED; break;
    default:
        n->ekind = clang_isExpression(clang_getCursorKind(c)) ? EXPR_OTHER : EXPR_NONE;
        break;
    }
    if ((n->ekind == EXPR_IMPLICIT || n->ekind == EXPR_OTHER) && a && b && !b->next && n->has_yield) {
        /* `s = YIELD(v)` with a struct s: the parse's YIELD is an int, so clang keeps the
         * assignment only as an invalid expression of two operands; the operator tells */
        const char *op = operator_between(src, a, b);
        size_t len = strlen(op);
        if (len && len <= 3 && op[len - 1] == '=' && strcmp(op, "==") != 0 && strcmp(op, "!=") != 0
            && strcmp(op, "<=") != 0 && strcmp(op, ">=") != 0) {
            n->op = op;
            n->ekind = EXPR_ASSIGN;
        }
    }
    /* `&(T){...}` takes a literal's address; `((T[]){...})[i]` reads an element of one */
    struct node *literal = n->child;
    while (literal && (literal->ekind == EXPR_PAREN || literal->ekind == EXPR_IMPLICIT) && literal->child)
        literal = literal->child;
    if (literal && literal->kind == NODE_COMPOUND_LITERAL) {
        if (n->ekind == EXPR_UNARY && n->op && strcmp(n->op, "&") == 0)
            literal->address_taken = true;
        else if (n->ekind == EXPR_SUBSCRIPT)
            literal->address_taken = false;
    }
    if (!n->has_yield || n->ekind == EXPR_NONE)
        return;
    n->temp_type = temporary_type(clang_getCursorType(c));
    n->temp_type_known = true;
    struct cursors kids = {0};
    clang_visitChildren(c, collect_child, &kids);
    struct node *k = n->child;
    for (size_t i = 0; i < kids.len && k; i++, k = k->next) {
        k->temp_type = temporary_type(clang_getCursorType(kids.items[i]));
        k->temp_type_known = true;
    }
}

/* The children build_children makes nodes of, in the same order. */
static enum CXChildVisitResult collect_child(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct cursors *k = data;
    enum CXCursorKind kind = clang_getCursorKind(c);
    if (!clang_isReference(kind) && !clang_isAttribute(kind) && kind != CXCursor_TypeRef)
        *ARRAY_PUSH(k->items, k->len, k->cap) = c;
    return CXChildVisit_Continue;
}

/* `for (init; cond; step)`: where its parentheses and semicolons are, if it is written out. */
static void locate_for_header(const struct source *src, struct node *n)
{
    size_t i = n->begin;
    if (i + 3 > src->len || strncmp(src->text + i, "for", 3) != 0)
        return;
    i = skip_space(src, i + 3);
    if (i >= src->len || src->text[i] != '(')
        return;
    size_t lparen = i, semi[2] = { 0, 0 };
    int depth = 0, nsemi = 0;
    for (; i < n->end; i++) {
        char ch = src->text[i];
        if (ch == '"' || ch == '\'') {
            for (i++; i < n->end && src->text[i] != ch; i++)
                if (src->text[i] == '\\')
                    i++;
        } else if (ch == '/' && i + 1 < n->end && src->text[i + 1] == '*') {
            for (i += 2; i + 1 < n->end && !(src->text[i] == '*' && src->text[i + 1] == '/'); i++)
                ;
        } else if (ch == '(' || ch == '[' || ch == '{') {
            depth++;
        } else if (ch == ')' || ch == ']' || ch == '}') {
            if (--depth == 0 && ch == ')')
                break;
        } else if (ch == ';' && depth == 1 && nsemi < 2) {
            semi[nsemi++] = i;
        }
    }
    if (nsemi == 2 && i < n->end) {
        n->for_lparen = lparen;
        n->for_semi1 = semi[0];
        n->for_semi2 = semi[1];
        n->for_rparen = i;
    }
}

/*
 * A node whose last token comes from a macro ends, in the file, where that
 * invocation starts (clang gives a macro's tokens its position): one that
 * ends in yieldc's own pseudo-keyword (`c ? a : YIELD(b)`, the YIELD
 * itself) ends where that invocation does. One whose first or last token
 * belongs to a user's macro is marked, for the lowering, which expands
 * such invocations in place rather than cut into them.
 */
static void text_of_macros(struct parser *p, struct node *n)
{
    const struct expansion *e = expansion_at(p, NULL, n->end);
    if (e && e->begin >= n->begin) {
        if (is_pseudo_keyword(e->name))
            n->end = e->end;
        else
            n->macro_text = true;
    }
    e = expansion_at(p, NULL, n->begin);
    if (e && !is_pseudo_keyword(e->name))
        n->macro_text = true;
}

static struct macro_def *find_macro(const struct parser *p, const char *name);
static const struct macro_def *read_macro(struct parser *p, struct macro_def *m);

/* Whether macro `name`, or a macro its definition names, names `word` (a few levels deep). */
static bool macro_names_word(struct parser *p, const char *name, const char *word, int depth)
{
    const struct macro_def *m = read_macro(p, find_macro(p, name));
    for (size_t i = 0; m && depth < 8 && i < m->nwords; i++)
        if (strcmp(m->words[i], word) == 0 || macro_names_word(p, m->words[i], word, depth + 1))
            return true;
    return false;
}

struct attribute_search {
    struct parser *p;
    const char *word;
    bool found;
};

/* An attribute of a declaration that names `word`: `cleanup(f)`, or a macro around it (`AUTOFREE`). */
static enum CXChildVisitResult find_attribute(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct attribute_search *s = data;
    size_t b, e;
    if (!clang_isAttribute(clang_getCursorKind(c)) || !cursor_range(s->p, c, &b, &e))
        return CXChildVisit_Continue;
    const struct source *src = &s->p->unit->src;
    char bare[64];
    snprintf(bare, sizeof bare, "__%s__", s->word);
    for (size_t i = b; i <= e && i < src->len && !s->found;) {
        if (!is_ident_char(src->text[i]) || (i > b && is_ident_char(src->text[i - 1]))) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < src->len && is_ident_char(src->text[j]))
            j++;
        const char *ident = arena_strndup(src->text + i, j - i);
        s->found = strcmp(ident, s->word) == 0 || strcmp(ident, bare) == 0
                   || macro_names_word(s->p, ident, s->word, 0) || macro_names_word(s->p, ident, bare, 0);
        i = j;
    }
    return s->found ? CXChildVisit_Break : CXChildVisit_Continue;
}

/* `int a = 1, *b;`: one declarator of a local, and the var it declares. */
static void build_var_decl(struct parser *p, CXCursor c, struct node *n, struct node *parent)
{
    const struct source *src = &p->unit->src;
    size_t decl_begin = parent && parent->kind == NODE_DECL_STMT ? parent->begin : n->begin;
    /* a later declarator's type is written before the first one's name */
    const struct node *first = parent && parent->kind == NODE_DECL_STMT ? parent->child : NULL;
    while (first && first->kind != NODE_VAR_DECL)
        first = first->next;
    p->specifiers_end = first ? first->name_begin : 0;
    n->var = add_var(p, c, false, decl_begin);
    p->specifiers_end = 0;
    n->var->decl = n;
    file_offset(p, clang_getCursorLocation(c), &n->name_begin);
    n->in_macro_body = !names_at(src, n->name_begin, n->var->name);
    struct attribute_search cleanup = { p, "cleanup", false };
    clang_visitChildren(c, find_attribute, &cleanup);
    n->var->has_cleanup = cleanup.found;
    CXCursor init = clang_Cursor_getVarDeclInitializer(c);
    if (!clang_Cursor_isNull(init)) {
        size_t b, e;
        n->has_init = cursor_range(p, init, &b, &e);
        n->init_begin = b;
        n->init_is_list = clang_getCursorKind(strip_expr(init)) == CXCursor_InitListExpr;
        check_received_type(p, n, clang_getCursorType(c), init);
    }
    p->fn->nlocals++;
}

/* A name: a use of a parameter or local, or (kind OTHER) of a global, a function, an enumerator. */
static void build_decl_ref(struct parser *p, CXCursor c, struct node *n, struct node *parent)
{
    const struct source *src = &p->unit->src;
    CXCursor ref = clang_getCursorReferenced(c);
    n->var = find_var(p, ref);
    if (!n->var) {
        n->kind = NODE_OTHER;   /* a global, a function, an enumerator */
        return;
    }
    file_offset(p, clang_getCursorLocation(c), &n->name_begin);
    n->in_macro_body = !names_at(src, n->name_begin, n->var->name);
    n->is_write = parent && parent->is_assignment && !parent->child
                  && next_char(src, n->name_begin + strlen(n->var->name)) == '=';
    /* a use inside a macro's body may be anything, & included */
    n->address_taken = after_address_of(src, n->name_begin) || n->in_macro_body;
    const struct expansion *around = macro_around(p, n->name_begin);
    if (around) {
        n->address_taken = true;    /* the macro may apply & to its argument */
        n->in_stringifying_macro = around->stringifies ? around->name : NULL;
    }
}

/* `return;` or `return value;` */
static void build_return(struct parser *p, CXCursor c, struct node *n)
{
    CXCursor value = clang_getNullCursor();
    clang_visitChildren(c, first_child, &value);
    n->has_value = !clang_Cursor_isNull(value);
    /* a generator's result must be assignable to its R */
    const struct generator_types *f = &p->fn_types;
    if (n->has_value && p->fn && p->fn->is_generator && declares(f, 2)) {
        CXCursor v = strip_expr(value);
        if (!is_call_to(v, "yieldc_yield_") && !is_call_to(v, "yieldc_yield_from_")
            && !assignable(f->t[2], clang_getCursorType(v), v))
            type_error(n, n->begin, arena_printf("returning a value of type '%s' from generator '%s', whose "
                                                 "result type is '%s'", spelled(clang_getCursorType(v)),
                                                 p->fn->name, spelled(f->t[2])));
    }
}

/* A struct, union or enum definition or a typedef in a body: the names it declares. */
/*
 * `struct { int a; } s;` in a body: a frame member cannot name that type,
 * so the type gets a tag, used if it moves before the frame with s.
 */
static void give_tag(struct parser *p, CXCursor c, struct node *n)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    const char *keyword = k == CXCursor_StructDecl ? "struct" : k == CXCursor_UnionDecl ? "union"
                          : k == CXCursor_EnumDecl ? "enum" : NULL;
    if (!keyword || !n->parent || n->parent->kind != NODE_DECL_STMT)
        return;
    char *spelling = take_string(clang_getTypeSpelling(clang_getCursorType(c)));
    if (!strstr(spelling, "(unnamed") && !strstr(spelling, "(anonymous"))
        return;
    const char *at = strstr(spelling, " at ");
    if (!at)
        return;
    n->given_tag = arena_printf("yieldc_%s_type_%zu", p->fn->name, ++p->ngiven_tags);
    *ARRAY_PUSH(p->given_tags, p->nspellings, p->cap_spellings)
        = (struct given_tag){ at, arena_printf("%s %s", keyword, n->given_tag) };
}

/* A local's type spelled with the tags given to the types of its declaration. */
static void spell_given_tags(struct parser *p, struct var *v)
{
    for (size_t i = 0; i < p->nspellings && v->unnamed_type; i++) {
        const struct given_tag *g = &p->given_tags[i];
        size_t n = strlen(g->spelling);
        for (const char **part = (const char *[]){ v->type.prefix, v->type.suffix, NULL }; *part; part++) {
            /* `struct (unnamed struct at f.c:3:5)`: from the keyword to the end of the place */
            const char *at = strstr(*part, g->spelling), *from = at;
            while (from && from > *part && from[-1] != '(')
                from--;
            if (!from || from - *part < 2)
                continue;
            from -= 2;      /* the space before the parenthesis */
            while (from > *part && is_ident_char(from[-1]))
                from--;
            const char *spelled = arena_printf("%.*s%s%s", (int)(from - *part), *part, g->as_tag, at + n);
            if (*part == v->type.prefix)
                v->type.prefix = spelled;
            else
                v->type.suffix = spelled;
            v->given_tag_type = true;
        }
        v->unnamed_type = strstr(v->type.prefix, "(unnamed") || strstr(v->type.prefix, "(anonymous");
    }
}

static void build_type_decl(struct parser *p, CXCursor c, struct node *n)
{
    collect_type_names(c, n);
    give_tag(p, c, n);
    struct local_use use = { p, NULL };     /* `char b[sizeof x]` with x a local */
    clang_visitChildren(c, find_local_use, &use);
    n->uses_local = use.found;
    n->variably_modified = clang_getCursorKind(c) == CXCursor_TypedefDecl
                           && is_variably_modified(clang_getTypedefDeclUnderlyingType(c));
}

/* `(T){...}`: its type, for a copy in the frame. */
static void build_compound_literal(CXCursor c, struct node *n)
{
    /* an array decays to a pointer to it, unless it is indexed (the subscript clears this) or
     * its address is taken (a `&` sets it for any literal) */
    CXType t = clang_getCursorType(c);
    enum CXTypeKind k = clang_getCanonicalType(t).kind;
    n->address_taken = k == CXType_ConstantArray || k == CXType_IncompleteArray;
    bool unnamed = false, still_const = false;
    struct type_spelling ts = spell_type(t, NULL, &unnamed, true, &still_const);
    if (!unnamed) {
        n->literal_type = arena_alloc(sizeof *n->literal_type);
        *n->literal_type = ts;
    }
}

/* YIELD_FROM(source) parses as a call yieldc_yield_from_(0, (source)). */
static void build_yield_from(struct parser *p, CXCursor c, struct node *n)
{
    const struct source *src = &p->unit->src;
    const struct expansion *e = expansion_at(p, "YIELD_FROM", n->begin);
    size_t b[1], en[1];
    n->kind = NODE_YIELD;
    n->is_from = true;
    if (e && invocation_args(src, e->begin, e->end, b, en, 1) == 1) {
        n->macro_begin = e->begin;
        n->macro_end = e->end;
        n->arg_begin = skip_space(src, b[0]);
        n->arg_end = trim_end(src, b[0], en[0]);
    } else if ((e = expansion_at(p, NULL, n->begin)) != NULL) {
        n->via_macro = e->name;     /* rejected: a YIELD_FROM is written directly */
    }
    classify_source(p, n, c, clang_getNullCursor());
}

/* YIELD(value) parses as a call yieldc_yield_(0, (value)). */
static void build_yield(struct parser *p, CXCursor c, struct node *n)
{
    const struct source *src = &p->unit->src;
    const struct expansion *e = expansion_at(p, "YIELD", n->begin);
    n->kind = NODE_YIELD;
    if (e) {
        size_t b[1], en[1];
        n->macro_begin = e->begin;
        n->macro_end = e->end;
        if (invocation_args(src, e->begin, e->end, b, en, 1) == 1) {
            n->arg_begin = b[0];
            n->arg_end = en[0];
        }
    } else if ((e = expansion_at(p, NULL, n->begin)) != NULL) {
        /* #define EMIT(x) YIELD(x): the value is EMIT's argument */
        CXCursor value = strip_expr(clang_Cursor_getArgument(c, 1));
        size_t vb, ve;
        n->via_macro = e->name;
        /* the value must be written in EMIT's arguments, not in its body */
        if (cursor_range(p, value, &vb, &ve) && vb > e->begin && ve < e->end) {
            n->macro_begin = e->begin;
            n->macro_end = e->end;
            n->arg_begin = vb;
            n->arg_end = ve;
        }
    }
    check_yield_value_type(p, n, c);
}

/* DEFER(stmt) parses as `do if (yieldc_defer_(0)) { stmt; } while (0)`; any other do stays a DO. */
static void build_defer(struct parser *p, CXCursor c, struct node *n)
{
    const struct source *src = &p->unit->src;
    const struct expansion *e = expansion_at(p, "DEFER", n->begin);
    size_t b[1], en[1];
    if (!e && is_defer_marker(c)) {
        n->kind = NODE_DEFER;   /* through another macro: rejected (macro_end stays 0) */
    } else if (e && invocation_args(src, e->begin, e->end, b, en, 1) == 1) {
        n->kind = NODE_DEFER;
        n->macro_begin = e->begin;
        n->macro_end = e->end;
        n->arg_begin = skip_space(src, b[0]);
        n->arg_end = trim_end(src, b[0], en[0]);
    }
}

/*
 * FOREACH(decl, source) parses as
 *     for (; yieldc_foreach_(0, (source));) for (decl;;) body
 * so that names in the source mean what they mean where the FOREACH
 * stands, not decl's variable, as in the output, which evaluates the
 * source before it declares the variable. Its parts: the marker call,
 * decl's statement (null when there is none) and the body.
 */
struct foreach_parts {
    CXCursor marker, decl, body;
};

static bool foreach_parts(CXCursor c, struct foreach_parts *fp)
{
    struct cursors outer = {0}, inner = {0};
    clang_visitChildren(c, collect_child, &outer);
    if (outer.len != 2 || !is_call_to(outer.items[0], "yieldc_foreach_")
        || clang_getCursorKind(outer.items[1]) != CXCursor_ForStmt)
        return false;
    clang_visitChildren(outer.items[1], collect_child, &inner);
    if (inner.len < 1 || inner.len > 2)
        return false;
    fp->marker = outer.items[0];
    fp->decl = inner.len == 2 ? inner.items[0] : clang_getNullCursor();
    fp->body = inner.items[inner.len - 1];
    return true;
}

/*
 * The source as written: the marker's argument, out of the parentheses
 * that FOREACH's definition puts around it (which are at the invocation,
 * not in the argument's text), or the whole marker when it cannot be
 * told apart.
 */
static CXCursor foreach_source(struct parser *p, const struct foreach_parts *fp, const struct node *n)
{
    CXCursor c = clang_Cursor_getArgument(fp->marker, 1);
    size_t b, e;
    while (!clang_Cursor_isNull(c) && cursor_range(p, c, &b, &e) && (b < n->arg_begin || e > n->arg_end)) {
        struct cursors kids = {0};
        clang_visitChildren(c, collect_child, &kids);
        c = kids.len == 1 ? kids.items[0] : clang_getNullCursor();
    }
    return clang_Cursor_isNull(c) || !cursor_range(p, c, &b, &e) ? fp->marker : c;
}

/* A FOREACH's nodes in the order they are written: its declaration, its source, its body. */
static void build_foreach_children(struct parser *p, const struct foreach_parts *fp, struct node *n)
{
    struct walk w = { p, n, NULL };
    CXCursor parts[3] = { fp->decl, n->arg_end > n->arg_begin ? foreach_source(p, fp, n) : fp->marker, fp->body };
    for (int i = 0; i < 3; i++)
        if (!clang_Cursor_isNull(parts[i]))
            visit_child(parts[i], clang_getNullCursor(), &w);
}

/*
 * FOREACH (const int v, g()): each value is written through a pointer to
 * the loop's variable, which a const one must not be. The values go into a
 * slot of the unqualified type instead, and v is declared at each
 * iteration, initialized from it (rewrite_foreach). A variable the frame
 * keeps is a member of the unqualified type, which the loop writes, also
 * when a typedef holds the qualifier (`FOREACH (cint v, ...)`: an int).
 */
static void foreach_slot(struct parser *p, const struct foreach_parts *fp, struct node *n)
{
    CXCursor c = clang_Cursor_isNull(fp->decl) ? fp->decl : first_var_decl(fp->decl);
    if (clang_Cursor_isNull(c))
        return;
    CXType t = clang_getCursorType(c);
    const char *written = spelled(t);
    const char *slot = storage_type(written, t);
    if (slot == written)
        return;     /* not qualified, or the unqualified type has no name */
    n->slot_type = slot;
    struct var *v = find_var(p, c);
    if (v && !v->is_array) {
        size_t len = strlen(slot);
        v->type.prefix = arena_printf("%s%s", slot, len && slot[len - 1] == '*' ? "" : " ");
        v->type.suffix = "";
        v->const_field = false;
    }
}

/* A FOREACH becomes a FOREACH node; any other for stays a FOR. */
static void build_foreach(struct parser *p, struct node *n, const struct foreach_parts *fp)
{
    const struct source *src = &p->unit->src;
    const struct expansion *e = expansion_at(p, "FOREACH", n->begin);
    if (!e) {
        n->kind = NODE_FOREACH;     /* through another macro: expanded in place, or rejected */
        return;
    }
    size_t b[2], en[2];
    n->kind = NODE_FOREACH;
    n->macro_begin = e->begin;
    n->macro_end = e->end;
    if (invocation_args(src, e->begin, e->end, b, en, 2) == 2) {
        n->decl_arg_begin = skip_space(src, b[0]);
        n->decl_arg_end = trim_end(src, b[0], en[0]);
        n->arg_begin = skip_space(src, b[1]);
        n->arg_end = trim_end(src, b[1], en[1]);
    }
    classify_source(p, n, fp->marker, clang_Cursor_isNull(fp->decl) ? fp->decl : first_var_decl(fp->decl));
}

/*
 * `FOREACH (T x, g(...)) YIELD(x);` (or `{ YIELD(x); }`) in a generator
 * that yields T, of a generator g that yields T too, where neither takes
 * sent values, passes g's values on and nothing else: it means
 * YIELD_FROM(g(...)), as Python's `for x in g(): yield x` means
 * `yield from g()` when nothing is sent, and becomes one. A value then
 * goes through any depth of such loops (a recursive walk) in constant time,
 * where a loop at each level would pass it on once per level. The source
 * argument of the FOREACH, or a null cursor when the loop is not one.
 */
static CXCursor passes_values_on(struct parser *p, const struct foreach_parts *fp, const struct node *n,
                                 size_t *end, bool *braced)
{
    CXCursor none = clang_getNullCursor();
    const struct source *src = &p->unit->src;
    if (n->kind != NODE_FOREACH || !n->macro_end || !p->fn || !p->fn->is_generator || n->type_error
        || n->source_kind != SOURCE_VALUE || !n->source_generator || n->decl_arg_end <= n->decl_arg_begin
        || memchr(src->text + n->decl_arg_begin, '=', n->decl_arg_end - n->decl_arg_begin))
        return none;
    for (const struct node *a = n->parent; a; a = a->parent)
        if (a->kind == NODE_DEFER || a->kind == NODE_STMT_EXPR)
            return none;    /* where no YIELD may be: the diagnostic names the loop's YIELD */
    if (clang_getCursorKind(fp->decl) != CXCursor_DeclStmt)
        return none;
    CXCursor var = first_var_decl(fp->decl), marker = fp->marker, body = fp->body;
    if (clang_Cursor_isNull(var))
        return none;
    *braced = clang_getCursorKind(body) == CXCursor_CompoundStmt;
    if (*braced) {
        struct cursors stmts = {0};
        clang_visitChildren(body, collect_child, &stmts);
        if (stmts.len != 1)
            return none;
        size_t bb, be;
        if (!cursor_range(p, body, &bb, &be))
            return none;
        *end = be;
        body = stmts.items[0];
    }
    /* the body: a YIELD, written directly, of the loop's variable */
    size_t yb, ye;
    if (!is_call_to(body, "yieldc_yield_") || !cursor_range(p, body, &yb, &ye))
        return none;
    const struct expansion *e = expansion_at(p, "YIELD", yb);
    CXCursor value = strip_expr(clang_Cursor_getArgument(body, 1));
    if (!e || clang_getCursorKind(value) != CXCursor_DeclRefExpr
        || !clang_equalCursors(clang_getCursorReferenced(value), var))
        return none;
    if (!*braced)
        *end = e->end;
    /* the same values, and no sent ones, on both sides */
    CXCursor arg = clang_Cursor_getArgument(marker, 1);
    struct generator_types g;
    const struct generator_types *f = &p->fn_types;
    CXType vt = clang_getCursorType(var);
    if (!generator_decl_types(clang_getCursorReferenced(strip_expr(arg)), &g) || !declares(f, 0) || !declares(&g, 0)
        || declares(f, 1) || declares(&g, 1) || !judgeable(vt) || !judgeable(f->t[0]) || !judgeable(g.t[0])
        || !same_type(vt, f->t[0]) || !same_type(g.t[0], f->t[0]))
        return none;
    return arg;
}

/* `x = YIELD(v)`: the value sent to the generator must be assignable to x. */
static void check_received_assignment(struct parser *p, CXCursor c, struct node *n)
{
    struct cursors kids = {0};
    clang_visitChildren(c, collect_child, &kids);
    if (kids.len == 2)
        check_received_type(p, n, clang_getCursorType(kids.items[0]), kids.items[1]);
}

/* GNU `x ?: y`, which libclang does not expose: two operands (visit_child keeps x once), `?:` between. */
static bool is_gnu_conditional(const struct source *src, CXCursor c, const struct node *n)
{
    if (clang_getCursorKind(c) != CXCursor_UnexposedExpr || !n->child || !n->child->next || n->child->next->next)
        return false;
    size_t i = skip_space(src, n->child->end);
    if (i >= src->len || src->text[i] != '?')
        return false;
    i = skip_space(src, i + 1);
    return i < n->child->next->begin && src->text[i] == ':';
}

/* `?:`, `&&`, `||` and `,`: not every operand runs. */
static bool is_short_circuit(const struct source *src, CXCursor c, const struct node *n)
{
    enum CXCursorKind ck = clang_getCursorKind(c);
    if (ck == CXCursor_ConditionalOperator || n->ekind == EXPR_CONDITIONAL)
        return true;
    if (ck != CXCursor_BinaryOperator || !n->child || !n->child->next)
        return false;
    size_t ob = skip_space(src, n->child->end), oe = trim_end(src, ob, n->child->next->begin);
    const char *op = src->text + ob;
    return (oe - ob == 2 && (strncmp(op, "&&", 2) == 0 || strncmp(op, "||", 2) == 0))
           || (oe - ob == 1 && *op == ',');
}

struct inclusion_search {
    struct parser *p;
    CXFile file;
    size_t at;                  /* where the main file includes it */
};

static void find_inclusion(CXFile included, CXSourceLocation *stack, unsigned depth, CXClientData data)
{
    struct inclusion_search *s = data;
    if (depth > 0 && s->at == SIZE_MAX && clang_File_isEqual(included, s->file))
        file_offset(s->p, stack[depth - 1], &s->at);
}

/*
 * The node of cursor `c` and, below it, the nodes of its children: what
 * each kind carries is filled in by the build_ function named after it,
 * which may also turn a node into one of yieldc's constructs (a call of
 * yieldc_yield_ into a YIELD, a `for` into a FOREACH).
 */
static struct node *build(struct parser *p, CXCursor c, struct node *parent)
{
    const struct source *src = &p->unit->src;
    struct node *n = arena_alloc(sizeof *n);
    n->kind = kind_of(c);
    n->parent = parent;
    if (!cursor_range(p, c, &n->begin, &n->end)) {
        /* From another file (an #include in the body): keep the node, place it at the parent. */
        n->begin = parent ? parent->begin : 0;
        n->end = n->begin;
        CXFile file;
        clang_getFileLocation(clang_getCursorLocation(c), &file, NULL, NULL, NULL);
        if (file && p->fn) {
            n->other_file = take_string(clang_getFileName(file));
            if (!p->included || !clang_File_isEqual(p->included, file)) {
                struct inclusion_search s = { p, file, SIZE_MAX };
                clang_getInclusions(p->tu, find_inclusion, &s);
                p->included = file;
                p->included_at = s.at;
            }
            if (p->included_at >= p->fn->begin && p->included_at < p->fn->end)
                n->begin = n->end = p->included_at;     /* at the #include */
        }
    }
    text_of_macros(p, n);
    n->is_assignment = clang_getCursorKind(c) == CXCursor_BinaryOperator && is_plain_assignment(src, n);
    struct foreach_parts fp;

    switch (n->kind) {
    case NODE_VAR_DECL:
        build_var_decl(p, c, n, parent);
        break;
    case NODE_DECL_REF:
        build_decl_ref(p, c, n, parent);
        break;
    case NODE_RETURN:
        build_return(p, c, n);
        break;
    case NODE_TYPE_DECL:
        build_type_decl(p, c, n);
        if (!n->variably_modified)
            return n;   /* its members carry nothing more the rewrite needs */
        break;          /* a VLA typedef stays in the body: its size may name locals */
    case NODE_FUNCTION_DECL:
        n->label = take_string(clang_getCursorSpelling(c));     /* its name, for the diagnostic */
        return n;
    case NODE_LABEL:
        n->label = take_string(clang_getCursorSpelling(c));
        break;
    case NODE_GOTO: {
        CXCursor target = clang_getCursorReferenced(c);
        n->label = clang_Cursor_isNull(target) ? NULL : take_string(clang_getCursorSpelling(target));
        break;
    }
    case NODE_COMPOUND_LITERAL:
        build_compound_literal(c, n);
        break;
    case NODE_CALL:
        n->callee = take_string(clang_getCursorSpelling(c));
        if (is_call_to(c, "yieldc_genexpr_")) {
            build_genexpr(p, c, n);
            return n;
        }
        if (is_call_to(c, "yieldc_yield_from_"))
            build_yield_from(p, c, n);
        else if (is_call_to(c, "yieldc_yield_"))
            build_yield(p, c, n);
        break;
    case NODE_DO:
        build_defer(p, c, n);
        break;
    case NODE_FOR: {
        if (!foreach_parts(c, &fp))
            break;
        build_foreach(p, n, &fp);
        size_t end = 0;
        bool braced = false;
        CXCursor source = passes_values_on(p, &fp, n, &end, &braced);
        if (!clang_Cursor_isNull(source)) {     /* it is a YIELD_FROM of its source */
            n->kind = NODE_YIELD;
            n->is_from = true;
            n->from_foreach = braced;
            n->macro_end = n->end = end;
            n->decl_arg_begin = n->decl_arg_end = 0;
            n->child = build(p, source, n);
            n->stmt_end = statement_end(src, n->end);
            n->has_yield = true;
            n->ekind = EXPR_OTHER;
            return n;
        }
        break;
    }
    default:
        break;
    }
    if (n->kind == NODE_FOREACH) {
        build_foreach_children(p, &fp, n);
        foreach_slot(p, &fp, n);
    } else
        build_children(p, c, n);
    n->stmt_end = n->kind == NODE_DECL_STMT ? n->end : statement_end(src, n->end);
    n->has_yield = n->kind == NODE_YIELD;
    for (const struct node *k = n->child; k && !n->has_yield; k = k->next)
        n->has_yield = k->has_yield;
    classify_expression(p, c, n);
    if (is_gnu_conditional(src, c, n))
        n->ekind = EXPR_CONDITIONAL;    /* with two operands: the analysis refuses a YIELD in it */
    if (n->ekind == EXPR_ASSIGN && n->op && strcmp(n->op, "=") == 0 && n->has_yield)
        check_received_assignment(p, c, n);
    if (n->kind == NODE_FOR)
        locate_for_header(src, n);
    n->short_circuit = is_short_circuit(src, c, n);
    return n;
}

/* ---- functions ---------------------------------------------------------- */

/* YIELDs (and FOREACHs) outside any function body are reported as strays. */
static enum CXChildVisitResult find_strays(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct parser *p = data;
    const char *what = is_call_to(c, "yieldc_yield_") ? "YIELD"
                       : is_call_to(c, "yieldc_yield_from_") ? "YIELD_FROM" : NULL;
    if (what) {
        size_t b, e;
        if (cursor_range(p, c, &b, &e)) {
            struct stray *s = arena_alloc(sizeof *s);
            s->offset = b;
            s->what = what;
            s->next = p->unit->strays;
            p->unit->strays = s;
        }
        return CXChildVisit_Continue;
    }
    return CXChildVisit_Recurse;
}

/*
 * GENERATOR(T), GENERATOR(T, S), GENERATOR(T, S, R): the types as written;
 * S and R are NULL when absent or `void`.
 */
static void generator_types(const struct source *src, const struct expansion *e, const char **types[3])
{
    size_t b[3], en[3];
    int n = invocation_args(src, e->begin, e->end, b, en, 3);
    for (int i = 0; i < n; i++) {
        size_t tb = skip_space(src, b[i]);
        const char *t = arena_strndup(src->text + tb, trim_end(src, tb, en[i]) - tb);
        *types[i] = i > 0 && (!*t || strcmp(t, "void") == 0) ? NULL : t;
    }
}

static void add_function(struct parser *p, CXCursor c, struct function ***tail)
{
    const struct source *src = &p->unit->src;
    struct function *fn = arena_alloc(sizeof *fn);
    size_t begin, end;
    if (!cursor_range(p, c, &begin, &end))
        return;
    fn->name = take_string(clang_getCursorSpelling(c));
    fn->begin = begin;
    fn->end = end;
    file_offset(p, clang_getCursorLocation(c), &fn->name_begin);
    p->fn = fn;
    p->nvars = 0;
    p->nspellings = 0;
    p->ngiven_tags = 0;
    if (p->cap_var_index)
        memset(p->var_index, 0, p->cap_var_index * sizeof *p->var_index);
    fn->is_variadic = clang_Cursor_isVariadic(c) != 0;
    fn->is_static = clang_Cursor_getStorageClass(c) == CX_SC_Static;

    /* a generator by its GENERATOR (whose types may not parse: the analysis reports them) */
    CXType result = clang_getCursorResultType(c);
    memset(&p->fn_types, 0, sizeof p->fn_types);
    const struct expansion *e = expansion_within(p, "GENERATOR", begin, fn->name_begin);
    if (e) {
        fn->is_generator = true;
        fn->gen_macro_begin = e->begin;
        fn->gen_macro_end = e->end;
        const char **types[3] = { &fn->yield_type, &fn->sent_type, &fn->result_type };
        generator_types(src, e, types);
        if (is_parse_frame(result)) {
            p->unit->header_size = clang_Type_getSizeOf(result);
            p->unit->header_align = clang_Type_getAlignOf(result);
            p->fn_types = declared_types(c);
        }
        const char **written[3] = { &fn->yield_type, &fn->sent_type, &fn->result_type };
        const char **stored[3] = { &fn->yield_storage, &fn->sent_storage, &fn->result_storage };
        for (int i = 0; i < 3; i++)
            *stored[i] = *written[i] && p->fn_types.have[i] ? storage_type(*written[i], p->fn_types.t[i])
                                                          : *written[i];
    } else if (is_parse_frame(result) && clang_isCursorDefinition(c)) {
        fn->generator_via_macro = true;
    }

    if (clang_isCursorDefinition(c)) {
        struct var **ptail = &fn->params;
        int nargs = clang_Cursor_getNumArguments(c);
        for (int i = 0; i < nargs; i++) {
            CXCursor a = clang_Cursor_getArgument(c, (unsigned)i);
            size_t ab = begin, ae;
            cursor_range(p, a, &ab, &ae);
            struct var *v = add_var(p, a, true, ab);
            *ptail = v;
            ptail = &v->next;
        }
        CXCursor body = first_under(c, CXCursor_CompoundStmt, INTO_NO_CURSOR);
        if (!clang_Cursor_isNull(body)) {
            fn->body = build(p, body, NULL);
            /* locals, in declaration order */
            struct var **ltail = &fn->locals;
            for (size_t i = (size_t)nargs; i < p->nvars; i++) {
                *ltail = p->vars[i];
                ltail = &p->vars[i]->next;
            }
        }
    }
    **tail = fn;
    *tail = &fn->next;
}

/* ---- macros used by a generator ---------------------------------------- */

static size_t macro_slot(const struct parser *p, const char *name)
{
    size_t h = 5381;
    for (const char *c = name; *c; c++)
        h = h * 33 + (unsigned char)*c;
    size_t i = h & (p->cap_macros - 1);
    while (p->macros[i] && strcmp(p->macros[i]->name, name) != 0)
        i = (i + 1) & (p->cap_macros - 1);
    return i;
}

/* The newest definition of `name` in the translation unit, or NULL. */
static struct macro_def *find_macro(const struct parser *p, const char *name)
{
    return p->cap_macros ? p->macros[macro_slot(p, name)] : NULL;
}

static void add_macro(struct parser *p, struct macro_def *m)
{
    if ((p->nmacros + 1) * 2 > p->cap_macros) {
        struct macro_def **old = p->macros;
        size_t old_cap = p->cap_macros;
        p->cap_macros = old_cap ? old_cap * 2 : 1024;
        p->macros = arena_alloc(p->cap_macros * sizeof *p->macros);
        for (size_t i = 0; i < old_cap; i++)
            if (old[i])
                p->macros[macro_slot(p, old[i]->name)] = old[i];
    }
    size_t i = macro_slot(p, m->name);
    if (!p->macros[i])
        p->nmacros++;
    m->older = p->macros[i];
    p->macros[i] = m;
}

static struct pp_token *range_tokens(struct parser *p, CXSourceRange range, size_t *n);

/* The definition `m` with what it says, read once for all its expansions. */
static const struct macro_def *read_macro(struct parser *p, struct macro_def *m)
{
    if (!m || m->read)
        return m;
    m->read = true;
    size_t n, cap = 0;
    const struct pp_token *t = range_tokens(p, clang_getCursorExtent(m->cursor), &n);
    m->tokens = t;
    m->ntokens = n;
    /* (libclang's clang_Cursor_isMacroFunctionLike says no once the macro is #undef'd) */
    m->function_like = n > 1 && strcmp(t[1].text, "(") == 0 && !t[1].space;
    for (size_t i = 1; i < n; i++) {    /* token 0 is the macro's own name */
        if (t[i].kind == PP_IDENT)      /* (keywords too: __func__ is one) */
            *ARRAY_PUSH(m->words, m->nwords, cap) = t[i].text;
        else if (t[i].kind == PP_PUNCT)
            m->stringifies = m->stringifies || strcmp(t[i].text, "#") == 0 || strcmp(t[i].text, "##") == 0;
    }
    m->pp = n ? pp_define(t, n, m->function_like) : NULL;
    return m;
}

/* Past the spaces and tabs at `i`, on the same line. */
static size_t skip_blanks(const char *t, size_t len, size_t i)
{
    while (i < len && (t[i] == ' ' || t[i] == '\t'))
        i++;
    return i;
}

/* Every `#undef NAME` of the main file, outside comments. */
static void read_undefs(struct parser *p)
{
    const char *t = p->unit->src.text;
    size_t len = p->unit->src.len, cap = 0;
    bool line_start = true;     /* only blanks and comments since the line began */
    p->undefs_read = true;
    for (size_t i = 0; i < len;) {
        char c = t[i];
        size_t past = skip_comment_or_literal(t, i, len);
        if (past != i) {
            line_start = line_start && c == '/';    /* (a comment is a blank; a literal is not) */
            i = past;
        } else if (c == '\n' || isspace((unsigned char)c)) {
            line_start = line_start || c == '\n';
            i++;
        } else if (c == '#' && line_start) {
            size_t j = skip_blanks(t, len, i + 1), k;
            line_start = false;
            i++;
            if (j + 5 >= len || strncmp(t + j, "undef", 5) != 0 || is_ident_char(t[j + 5]))
                continue;
            j = skip_blanks(t, len, j + 5);
            for (k = j; k < len && is_ident_char(t[k]); k++)
                ;
            if (k > j)
                *ARRAY_PUSH(p->undefs, p->nundefs, cap) = (struct undef){ arena_strndup(t + j, k - j), j };
            i = k;
        } else {
            line_start = false;
            i++;
        }
    }
}

/*
 * The definition of `name` in effect at `offset` of the main file: the
 * main file's last #define of it before there, unless an #undef came
 * after; with none, the newest of the other files (a header that
 * redefines a macro of another comes before the code using it). NULL
 * when it is not defined there.
 */
static struct macro_def *macro_at(struct parser *p, const char *name, size_t offset)
{
    struct macro_def *here = NULL, *elsewhere = NULL;
    for (struct macro_def *d = find_macro(p, name); d; d = d->older) {
        if (d->offset == SIZE_MAX)
            elsewhere = elsewhere ? elsewhere : d;
        else if (d->offset < offset && (!here || d->offset > here->offset))
            here = d;
    }
    if (!p->undefs_read)
        read_undefs(p);
    for (size_t i = p->nundefs; i-- > 0;)
        if (p->undefs[i].offset < offset && strcmp(p->undefs[i].name, name) == 0) {
            if (!here || p->undefs[i].offset > here->offset)
                return NULL;
            break;
        }
    return here ? here : elsewhere;
}

/*
 * The identifiers in the definitions of the macros a function's body
 * expands, followed through the macros those mention: the names yieldc
 * picks for the resume function must not capture any of them.
 */
static void collect_macro_words(struct parser *p, struct function *fn)
{
    const char **queue = NULL, **words = NULL, **seen = NULL;
    size_t nqueue = 0, cap_queue = 0, cap_words = 0, nseen = 0, cap_seen = 0;
    for (size_t i = first_expansion_from(p, fn->begin); i < p->nexpansions && p->expansions[i].begin < fn->end; i++)
        *ARRAY_PUSH(queue, nqueue, cap_queue) = p->expansions[i].name;
    for (size_t head = 0; head < nqueue && nseen < 4096; head++) {
        const char *name = queue[head];
        bool done = false;
        for (size_t k = 0; k < nseen && !done; k++)
            done = strcmp(seen[k], name) == 0;
        struct macro_def *m = done ? NULL : find_macro(p, name);
        if (!m)
            continue;
        *ARRAY_PUSH(seen, nseen, cap_seen) = name;
        for (; m; m = m->older) {   /* every definition of it: any may be the one in effect */
            read_macro(p, m);
            for (size_t w = 0; w < m->nwords; w++) {
                *ARRAY_PUSH(words, fn->nmacro_words, cap_words) = m->words[w];
                *ARRAY_PUSH(queue, nqueue, cap_queue) = m->words[w];
            }
        }
    }
    fn->macro_words = words;
}

/*
 * A macro whose definition uses # or ## sees its arguments as written: a
 * frame local passed to it cannot be renamed there.
 */
static void mark_stringifying_macros(struct parser *p)
{
    for (size_t i = 0; i < p->nexpansions; i++) {
        struct expansion *e = &p->expansions[i];
        const struct macro_def *m = read_macro(p, macro_at(p, e->name, e->begin));
        e->stringifies = m && m->function_like && m->stringifies;
    }
}

/* Copy what later steps need to know about macros into the unit. */
static void export_macros(struct parser *p)
{
    struct unit *unit = p->unit;
    size_t cap = 0;
    for (size_t i = 0; i < p->nexpansions; i++) {
        const struct expansion *e = &p->expansions[i];
        struct macro_use *u = ARRAY_PUSH(unit->macro_uses, unit->nmacro_uses, cap);
        size_t reach = i > 0 && u[-1].reach > e->end ? u[-1].reach : e->end;
        *u = (struct macro_use){ e->name, e->begin, e->end, reach, is_pseudo_keyword(e->name), e->stringifies,
                                 false, 0 };
        const struct macro_def *m = macro_at(p, e->name, e->begin);
        if (m && m->offset != SIZE_MAX) {
            u->defined_here = true;
            u->def_offset = m->offset;
        }
    }
    size_t cap_names = 0, cap_offsets = 0, n = 0;
    for (size_t i = 0; i < p->cap_macros; i++) {
        if (!p->macros[i])
            continue;
        *ARRAY_PUSH(unit->macro_names, unit->nmacro_names, cap_names) = p->macros[i]->name;
        *ARRAY_PUSH(unit->macro_name_offsets, n, cap_offsets) = p->macros[i]->offset;
    }
}

/* ---- macro invocations expanded in place (expand.c) ---------------------- */

/* The names yieldc finds in the syntax tree: kept, never expanded. */
static const char *const pseudo_keywords[] = { "YIELD", "YIELD_FROM", "FOREACH", "DEFER", "GENEXPR", "GENEXPR_IF",
                                               "GENERATOR", "YIELDC_FRAME", NULL };

bool is_pseudo_keyword(const char *name)
{
    for (const char *const *k = pseudo_keywords; *k; k++)
        if (strcmp(*k, name) == 0)
            return true;
    return false;
}

static enum pp_kind token_kind(CXTokenKind kind, const char *text)
{
    if (kind == CXToken_Punctuation)
        return PP_PUNCT;
    if (kind == CXToken_Identifier || kind == CXToken_Keyword)
        return PP_IDENT;
    if (strchr(text, '"') || strchr(text, '\''))
        return PP_STRING;
    return isdigit((unsigned char)text[0]) || text[0] == '.' ? PP_NUMBER : PP_OTHER;
}

/* The tokens of `range` (comments left out), each marked when something separates it from the one before. */
static struct pp_token *range_tokens(struct parser *p, CXSourceRange range, size_t *n)
{
    CXToken *tokens;
    unsigned count;
    clang_tokenize(p->tu, range, &tokens, &count);
    struct pp_token *out = arena_alloc(((size_t)count + 1) * sizeof *out);
    size_t k = 0;
    unsigned prev_end = 0;
    for (unsigned i = 0; i < count; i++) {
        CXTokenKind kind = clang_getTokenKind(tokens[i]);
        CXSourceRange ext = clang_getTokenExtent(p->tu, tokens[i]);
        unsigned b, e;
        clang_getFileLocation(clang_getRangeStart(ext), NULL, NULL, NULL, &b);
        clang_getFileLocation(clang_getRangeEnd(ext), NULL, NULL, NULL, &e);
        if (kind != CXToken_Comment) {
            const char *text = take_string(clang_getTokenSpelling(p->tu, tokens[i]));
            out[k++] = (struct pp_token){ text, token_kind(kind, text), i > 0 && b > prev_end };
        }
        prev_end = e;
    }
    clang_disposeTokens(p->tu, tokens, count);
    *n = k;
    return out;
}

/* A macro as the expander takes it, as defined where the invocation being expanded is. */
static const struct pp_macro *lookup_macro(void *ctx, const char *name)
{
    struct parser *p = ctx;
    const struct macro_def *def = read_macro(p, macro_at(p, name, p->expanding_at));
    return def ? def->pp : NULL;
}

/* The outermost invocation of a user's macro around `offset`, or NULL. */
static const struct expansion *outermost_invocation(const struct parser *p, size_t offset)
{
    const struct expansion *best = NULL;
    for (size_t i = 0; i < p->nexpansions; i++) {
        const struct expansion *e = &p->expansions[i];
        if (offset >= e->begin && offset < e->end && !is_pseudo_keyword(e->name) && (!best || e->begin < best->begin))
            best = e;
    }
    return best;
}

static struct parser *current;      /* the last parse: its translation unit stays until the next */

bool parse_can_expand(size_t offset)
{
    return current && outermost_invocation(current, offset) != NULL;
}

const char *parse_expanded_text(struct unit *unit, const size_t *offsets, size_t n)
{
    struct parser *p = current;
    const struct expansion **todo = arena_alloc((n + 1) * sizeof *todo);
    size_t ntodo = 0;
    for (size_t i = 0; i < n; i++) {
        const struct expansion *e = outermost_invocation(p, offsets[i]);
        bool seen = !e;
        for (size_t k = 0; k < ntodo && !seen; k++)
            seen = todo[k] == e;
        if (!seen)
            todo[ntodo++] = e;
    }
    /* in file order */
    for (size_t i = 1; i < ntodo; i++)
        for (size_t k = i; k > 0 && todo[k]->begin < todo[k - 1]->begin; k--) {
            const struct expansion *t = todo[k];
            todo[k] = todo[k - 1];
            todo[k - 1] = t;
        }
    const struct source *src = &unit->src;
    struct buf b = {0};
    size_t pos = 0;
    for (size_t i = 0; i < ntodo; i++) {
        const struct expansion *e = todo[i];
        if (e->begin < pos)
            continue;       /* inside one expanded already */
        CXSourceRange r = clang_getRange(clang_getLocationForOffset(p->tu, p->file, (unsigned)e->begin),
                                         clang_getLocationForOffset(p->tu, p->file, (unsigned)e->end));
        size_t ntokens;
        struct pp_token *tokens = range_tokens(p, r, &ntokens);
        const char *why = NULL;
        p->expanding_at = e->begin;
        const char *text = pp_expand(tokens, ntokens, lookup_macro, p, pseudo_keywords, &why);
        if (!text) {
            error_at(e->begin, "macro '%s' holds a generator construct and cannot be expanded in place: %s; "
                               "write the construct directly", e->name, why);
            continue;
        }
        buf_add(&b, src->text + pos, e->begin - pos);
        size_t from = b.len;
        buf_puts(&b, text);
        size_t to = b.len;
        for (size_t k = e->begin; k < e->end; k++)      /* the lines after it stay where they were */
            if (src->text[k] == '\n')
                buf_puts(&b, "\n");
        diag_shift_expanded(e->begin + (from - e->begin), (long)(b.len - from) - (long)(e->end - e->begin));
        const struct macro_def *def = macro_at(p, e->name, e->begin);
        unsigned line = 0, col = 0;
        CXFile file = NULL;
        if (def)
            clang_getFileLocation(clang_getCursorLocation(def->cursor), &file, &line, &col, NULL);
        diag_expanded(from, to, e->name, file ? take_string(clang_getFileName(file)) : NULL, line, col);
        pos = e->end;
    }
    buf_add(&b, src->text + pos, src->len - pos);
    return b.data ? b.data : "";
}

/* ---- the translation unit ---------------------------------------------- */

/* First pass: every macro definition, and the macro invocations of the main file. */
static enum CXChildVisitResult visit_macros(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct parser *p = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_MacroDefinition) {
        struct macro_def *m = arena_alloc(sizeof *m);
        *m = (struct macro_def){ .name = take_string(clang_getCursorSpelling(c)), .cursor = c };
        if (!file_offset(p, clang_getCursorLocation(c), &m->offset))
            m->offset = SIZE_MAX;
        add_macro(p, m);
    } else if (k == CXCursor_MacroExpansion && clang_Location_isFromMainFile(clang_getCursorLocation(c))) {
        char *name = take_string(clang_getCursorSpelling(c));
        size_t b, e;
        if (cursor_range(p, c, &b, &e))
            *ARRAY_PUSH(p->expansions, p->nexpansions, p->cap_expansions) = (struct expansion){ name, b, e, false };
    }
    return CXChildVisit_Continue;
}

/*
 * A generator defined in a file that the main file includes (a header, a
 * .c file of a unity build): yieldc rewrites only the file it is given, so
 * that body would reach the compiler as it is written.
 */
static void included_definition(struct parser *p, CXCursor c)
{
    CXFile file;
    unsigned line, col;
    clang_getFileLocation(clang_getCursorLocation(c), &file, &line, &col, NULL);
    const char *name = take_string(clang_getCursorSpelling(c));
    const char *message = arena_printf("generator '%s' is defined in a file that %s includes, which yieldc does not "
                                       "rewrite; define it in a source file that goes through yieldc and declare "
                                       "it here with a prototype", name, p->unit->src.path);
    const char *path = file ? take_string(clang_getFileName(file)) : p->unit->src.path;
    if (strncmp(path, "./", 2) == 0)
        path += 2;
    size_t size = 0, begin = 0, end;
    const char *text = file ? clang_getFileContents(p->tu, file, &size) : NULL;
    for (unsigned l = 1; text && l < line && begin < size; begin++)
        l += text[begin] == '\n';
    for (end = begin; text && end < size && text[end] != '\n'; end++)
        ;
    diag_print(path, line, col, "error", message, text ? text + begin : NULL, text ? end - begin : 0);
}

/* Second pass: the functions of the main file, and YIELDs outside them. */
static enum CXChildVisitResult visit_top(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    void **args = data;
    struct parser *p = args[0];
    struct function ***tail = args[1];
    enum CXCursorKind k = clang_getCursorKind(c);
    bool generator = k == CXCursor_FunctionDecl && is_parse_frame(clang_getCursorResultType(c));
    if (generator)
        *ARRAY_PUSH(p->generators, p->ngenerators, p->cap_generators)
            = (struct generator_decl){ take_string(clang_getCursorSpelling(c)), c };
    size_t at;      /* in the main file, also when a macro of the main file makes it */
    if (!file_offset(p, clang_getCursorLocation(c), &at)) {
        if (generator && clang_isCursorDefinition(c))
            included_definition(p, c);
        return CXChildVisit_Continue;
    }
    if (clang_isPreprocessing(k))
        return CXChildVisit_Continue;
    if (k == CXCursor_FunctionDecl)
        add_function(p, c, tail);
    else
        clang_visitChildren(c, find_strays, p);
    return CXChildVisit_Continue;
}

/*
 * The prelude: `#define NAME_frame yieldc_generator_` for every generator
 * declared in the file, found by a scan for `GENERATOR(...) NAME (`.
 */
static char *make_prelude(const struct source *src)
{
    struct buf b = {0};
    buf_puts(&b, "/* generated by yieldc for parsing */\n");
    const char *t = src->text;
    for (size_t i = 0; i + 9 <= src->len; i++) {
        if (strncmp(t + i, "GENERATOR", 9) != 0 || (i && is_ident_char(t[i - 1]))
            || is_ident_char(t[i + 9]))
            continue;
        size_t j = skip_space(src, i + 9);
        if (j >= src->len || t[j] != '(')
            continue;
        int depth = 0;
        for (; j < src->len; j++) {
            if (t[j] == '(')
                depth++;
            else if (t[j] == ')' && --depth == 0)
                break;
        }
        j = skip_space(src, j + 1);
        size_t name = j;
        while (j < src->len && is_ident_char(t[j]))
            j++;
        if (j > name)
            buf_printf(&b, "#define %.*s_frame yieldc_generator_\n", (int)(j - name), t + name);
        i = j;
    }
    return b.data;
}

static void collect_clang_errors(struct parser *p)
{
    unsigned n = clang_getNumDiagnostics(p->tu);
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic d = clang_getDiagnostic(p->tu, i);
        enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
        if (sev >= CXDiagnostic_Error) {
            CXFile file;
            unsigned line, col, off;
            clang_getFileLocation(clang_getDiagnosticLocation(d), &file, &line, &col, &off);
            struct clang_error *e = arena_alloc(sizeof *e);
            e->message = take_string(clang_getDiagnosticSpelling(d));
            e->in_main_file = file && clang_File_isEqual(file, p->file);
            e->path = file ? take_string(clang_getFileName(file)) : NULL;
            e->line = line;
            e->col = col;
            e->offset = off;
            *p->clang_tail = e;
            p->clang_tail = &e->next;
        }
        clang_disposeDiagnostic(d);
    }
}

static void add_inclusion(CXFile file, CXSourceLocation *stack, unsigned depth, CXClientData data)
{
    struct unit *unit = data;
    if (depth == 0)
        return;     /* the input itself */
    const char *name = take_string(clang_getFileName(file));
    if (strcmp(name, PRELUDE_PATH) == 0)
        return;
    *ARRAY_PUSH(unit->includes, unit->nincludes, unit->cap_includes) = name;
    CXFile from;
    unsigned offset;
    clang_getFileLocation(stack[0], &from, NULL, NULL, &offset);
    if (depth == 1 && from && clang_Location_isFromMainFile(stack[0])) {
        *ARRAY_PUSH(unit->direct_includes, unit->ndirect_includes, unit->cap_direct_includes)
            = (struct direct_include){ offset, name };
    }
}

/*
 * The flags compile_commands.json in `dir` gives for `input`, without the
 * compiler, the input, the output and dependency-file options. Relative
 * paths stay relative to the command's directory (-working-directory).
 */
static bool compile_db_args(const char *dir, const char *input, const char ***args, int *nargs)
{
    /* checked first: libclang would print its own noise about a missing file */
    FILE *json = fopen(arena_printf("%s/compile_commands.json", dir), "r");
    if (!json) {
        fprintf(stderr, "yieldc: error: no compile_commands.json in '%s'\n", dir);
        return false;
    }
    fclose(json);
    CXCompilationDatabase_Error err;
    CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(dir, &err);
    if (err != CXCompilationDatabase_NoError) {
        fprintf(stderr, "yieldc: error: cannot read '%s/compile_commands.json'\n", dir);
        return false;
    }
    char *abs = realpath(input, NULL);
    CXCompileCommands cmds = clang_CompilationDatabase_getCompileCommands(db, abs ? abs : input);
    free(abs);
    bool ok = clang_CompileCommands_getSize(cmds) > 0;
    if (!ok) {
        fprintf(stderr, "yieldc: error: '%s' has no entry in %s/compile_commands.json\n", input, dir);
    } else {
        CXCompileCommand cmd = clang_CompileCommands_getCommand(cmds, 0);
        unsigned n = clang_CompileCommand_getNumArgs(cmd);
        const char **argv = arena_alloc((n + 1) * sizeof *argv);
        for (unsigned i = 0; i < n; i++)
            argv[i] = take_string(clang_CompileCommand_getArg(cmd, i));
        const char **flags;
        int nflags = compile_flags((int)n, argv, &flags);
        const char **out = arena_alloc(((size_t)nflags + 1) * sizeof *out);
        out[0] = arena_printf("-working-directory=%s", take_string(clang_CompileCommand_getDirectory(cmd)));
        memcpy(out + 1, flags, (size_t)nflags * sizeof *flags);
        *args = out;
        *nargs = nflags + 1;
    }
    clang_CompileCommands_dispose(cmds);
    clang_CompilationDatabase_dispose(db);
    return ok;
}

#ifndef YIELDC_INSTALLED_INCLUDE_DIR
#define YIELDC_INSTALLED_INCLUDE_DIR "include"
#endif

/*
 * Where yieldc.h is, and the yieldc_adapters.h it includes (which the
 * runtime's build writes): both next to an installed yieldc
 * (bin/../include; *generated is NULL), else in the source tree yieldc was
 * built from and, for the second, in its build tree.
 */
static const char *runtime_include_dir(const char **generated)
{
    char *exe = realpath("/proc/self/exe", NULL);
    *generated = NULL;
    if (exe) {
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            const char *dir = arena_printf("%s/../%s", exe, YIELDC_INSTALLED_INCLUDE_DIR);
            FILE *f = fopen(arena_printf("%s/yieldc.h", dir), "r");
            if (f) {
                fclose(f);
                free(exe);
                return dir;
            }
        }
        free(exe);
    }
#ifdef YIELDC_RUNTIME_GENERATED_DIR
    *generated = YIELDC_RUNTIME_GENERATED_DIR;
#endif
    return YIELDC_RUNTIME_INCLUDE_DIR;
}

static bool read_file(const char *path, struct source *src)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    struct buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&b, chunk, n);
    bool ok = !ferror(f);
    fclose(f);
    src->path = path;
    src->text = b.data ? b.data : arena_strdup("");
    src->len = b.len;
    return ok;
}

/*
 * The flags of a parse of opts->input as the user compiles it: -p's and
 * those after --, and where yieldc.h is; room is left for 6 more. NULL
 * (after a message) when -p's database has no flags for it.
 */
static const char **user_args(const struct options *opts, int *nargs)
{
    const char **db_args = NULL;
    int ndb_args = 0;
    if (opts->compile_db && !compile_db_args(opts->compile_db, opts->input, &db_args, &ndb_args))
        return NULL;
    const char **args = arena_alloc(((size_t)opts->nclang_args + (size_t)ndb_args + 12) * sizeof *args);
    int n = 0;
    args[n++] = "-xc";
    for (int i = 0; i < ndb_args; i++)
        args[n++] = db_args[i];
    for (int i = 0; i < opts->nclang_args; i++)
        args[n++] = opts->clang_args[i];
    const char *generated_dir;
    args[n++] = "-idirafter";
    args[n++] = runtime_include_dir(&generated_dir);
    if (generated_dir) {
        args[n++] = "-idirafter";
        args[n++] = generated_dir;
    }
    *nargs = n;
    return args;
}

static enum CXChildVisitResult measure_frame(CXCursor c, CXCursor parent, CXClientData data)
{
    struct unit *unit = data;
    (void)parent;
    if (clang_getCursorKind(c) != CXCursor_StructDecl || !clang_isCursorDefinition(c))
        return CXChildVisit_Continue;
    const char *tag = take_string(clang_getCursorSpelling(c));
    long long size = clang_Type_getSizeOf(clang_getCursorType(c));
    for (struct function *fn = unit->functions; fn; fn = fn->next)
        if (fn->is_generator && fn->body && size > 0 && strcmp(tag, arena_printf("%s_frame", fn->name)) == 0)
            fn->output_frame_size = size;
    return CXChildVisit_Continue;
}

void measure_frames(const struct options *opts, const char *text, size_t len, struct unit *unit)
{
    int nargs;
    const char **args = user_args(opts, &nargs);
    if (!args)
        return;
    struct CXUnsavedFile output = { opts->input, text, (unsigned long)len };
    CXIndex index = clang_createIndex(0, 0);
    CXTranslationUnit tu;
    if (clang_parseTranslationUnit2(index, opts->input, args, nargs, &output, 1, CXTranslationUnit_KeepGoing, &tu)
        == CXError_Success) {
        clang_visitChildren(clang_getTranslationUnitCursor(tu), measure_frame, unit);
        clang_disposeTranslationUnit(tu);
    }
    clang_disposeIndex(index);
}

const char *libclang_version(void)
{
    return take_string(clang_getClangVersion());
}

/*
 * libclang drops the reason when its driver rejects the command line (an
 * option this clang does not know, such as -std=c23 before LLVM 18): parse
 * an empty file with each flag alone to find the flags it rejects.
 */
static void explain_failure(CXIndex index, const char *input, const char **args, int nargs, enum CXErrorCode rc)
{
    struct buf rejected = {0};
    struct CXUnsavedFile empty = { "/yieldc-probe/empty.c", "", 0 };
    for (int i = 0; i < nargs; i++) {
        const char *probe[3] = { "-xc", args[i], i + 1 < nargs ? args[i + 1] : NULL };
        int n = args[i][0] == '-' && i + 1 < nargs && args[i + 1][0] != '-' ? 3 : 2;
        CXTranslationUnit tu;
        if (clang_parseTranslationUnit2(index, empty.Filename, probe, n, &empty, 1, 0, &tu) == CXError_Success)
            clang_disposeTranslationUnit(tu);
        else
            buf_printf(&rejected, "%s'%s%s%s'", rejected.len ? ", " : "", args[i], n == 3 ? " " : "",
                       n == 3 ? args[i + 1] : "");
        i += n - 2;
    }
    if (rejected.len)
        fprintf(stderr, "yieldc: error: libclang could not parse '%s': %s rejects %s\n", input,
                libclang_version(), rejected.data);
    else
        fprintf(stderr, "yieldc: error: libclang could not parse '%s' (error %d; %s gave no reason)\n", input,
                (int)rc, libclang_version());
}

void parse_release(void)
{
    if (!current)
        return;
    clang_disposeTranslationUnit(current->tu);
    clang_disposeIndex(current->index);
    current = NULL;
}

bool parse_unit(const struct options *opts, struct unit *unit, const char *text)
{
    parse_release();
    if (text) {
        unit->src.path = opts->input;
        unit->src.text = text;
        unit->src.len = strlen(text);
    } else if (!read_file(opts->input, &unit->src)) {
        fprintf(stderr, "yieldc: error: cannot read '%s'\n", opts->input);
        return false;
    }
    diag_set_source(&unit->src);

    int nargs;
    const char **args = user_args(opts, &nargs);
    if (!args)
        return false;
    args[nargs++] = "-DYIELDC_TRANSPILING=1";
    args[nargs++] = "-Wno-return-type";
    args[nargs++] = "-ferror-limit=0";     /* the errors analyze drops must not stop the parse */
    args[nargs++] = "-include";
    args[nargs++] = PRELUDE_PATH;

    char *prelude = make_prelude(&unit->src);
    struct CXUnsavedFile unsaved[2] = {
        { PRELUDE_PATH, prelude, (unsigned long)strlen(prelude) },
        { opts->input, unit->src.text, (unsigned long)unit->src.len },
    };

    struct parser *pp = arena_alloc(sizeof *pp);   /* kept with its unit until the next parse */
    *pp = (struct parser){ .unit = unit, .clang_tail = &unit->clang_errors };
    pp->index = clang_createIndex(0, 0);
    enum CXErrorCode rc = clang_parseTranslationUnit2(
        pp->index, opts->input, args, nargs, unsaved, 2,
        CXTranslationUnit_DetailedPreprocessingRecord | CXTranslationUnit_KeepGoing, &pp->tu);
    if (rc != CXError_Success) {
        explain_failure(pp->index, opts->input, args, nargs, rc);
        clang_disposeIndex(pp->index);
        return false;
    }
    current = pp;
    struct parser *p = pp;
    p->file = clang_getFile(p->tu, opts->input);

    struct function **tail = &unit->functions;
    void *data[2] = { p, &tail };
    clang_visitChildren(clang_getTranslationUnitCursor(p->tu), visit_macros, p);
    mark_stringifying_macros(p);
    export_macros(p);
    clang_visitChildren(clang_getTranslationUnitCursor(p->tu), visit_top, data);
    for (struct function *fn = unit->functions; fn; fn = fn->next)
        if (fn->is_generator && fn->body)
            collect_macro_words(p, fn);
    collect_clang_errors(p);
    clang_getInclusions(p->tu, add_inclusion, unit);
    return true;
}
