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
 *   FOREACH(decl, src)    for (decl; yieldc_foreach_(0, (src));)
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
 * macro's body, where the macro was invoked.
 */
#define _XOPEN_SOURCE 700  /* realpath */
#include "tool.h"

#include <clang-c/CXCompilationDatabase.h>
#include <clang-c/Index.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
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

struct macro_def {
    const char *name;
    CXCursor cursor;
};

struct parser {
    struct unit *unit;
    CXTranslationUnit tu;
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
    /* every macro definition of the translation unit, by name */
    struct macro_def *macros;
    size_t nmacros, cap_macros;
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

static const struct expansion *expansion_at(struct parser *p, const char *name, size_t begin)
{
    for (size_t i = 0; i < p->nexpansions; i++)
        if (p->expansions[i].begin == begin && (!name || strcmp(p->expansions[i].name, name) == 0))
            return &p->expansions[i];
    return NULL;
}

static const struct expansion *expansion_within(struct parser *p, const char *name,
                                                size_t begin, size_t end)
{
    for (size_t i = 0; i < p->nexpansions; i++)
        if (p->expansions[i].begin >= begin && p->expansions[i].begin < end
            && strcmp(p->expansions[i].name, name) == 0)
            return &p->expansions[i];
    return NULL;
}

/* The innermost user macro invocation whose arguments hold `offset`, if any. */
static const struct expansion *macro_around(const struct parser *p, size_t offset)
{
    /* the main file's invocations are in source order: find the last one
     * starting before offset, then look back over the few that may nest */
    size_t lo = 0, hi = p->nexpansions;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (p->expansions[mid].begin < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo, seen = 0; i > 0 && seen < 64; i--, seen++) {
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
static int macro_args(const struct source *src, const struct expansion *e,
                      size_t *begins, size_t *ends, int max)
{
    size_t i = e->begin;
    while (i < e->end && src->text[i] != '(')
        i++;
    if (i >= e->end || e->end == 0 || src->text[e->end - 1] != ')')
        return 0;
    int n = 0, depth = 0;
    begins[n] = i + 1;
    for (i = i + 1; i < e->end - 1; i++) {
        char c = src->text[i];
        if (c == '"' || c == '\'') {
            for (i++; i < e->end - 1 && src->text[i] != c; i++)
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
    ends[n++] = e->end - 1;
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
    char *s = take_string(clang_getTypeSpelling(clang_getCanonicalType(t)));
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

/*
 * Spell type `t` around declarator `inner` (as C writes `int (*fp)(int)`):
 * pointers prepend, arrays and functions append, with parentheses where
 * the binding would change. `base` replaces the spelling of the innermost
 * parse-frame type (a generator frame as the user wrote it).
 */
static char *declare(CXType t, const char *inner, const char *base, bool *unnamed)
{
    switch (t.kind) {
    case CXType_Pointer: {
        CXType pointee = clang_getPointeeType(t);
        enum CXTypeKind k = clang_getCanonicalType(pointee).kind;
        const char *q = qualifiers(t);
        char *d = arena_printf("*%s%s%s", *q ? q + 1 : "", *q && *inner ? " " : "", inner);
        if (k == CXType_ConstantArray || k == CXType_IncompleteArray || k == CXType_VariableArray
            || k == CXType_FunctionProto || k == CXType_FunctionNoProto)
            d = arena_printf("(%s)", d);
        return declare(pointee, d, base, unnamed);
    }
    case CXType_ConstantArray:
        return declare(clang_getArrayElementType(t),
                       arena_printf("%s[%lld]", inner, clang_getArraySize(t)), base, unnamed);
    case CXType_IncompleteArray:
    case CXType_VariableArray:
        return declare(clang_getArrayElementType(t), arena_printf("%s[]", inner), base, unnamed);
    case CXType_FunctionProto:
    case CXType_FunctionNoProto: {
        struct buf params = {0};
        int n = clang_getNumArgTypes(t);
        for (int i = 0; i < n; i++) {
            if (i)
                buf_puts(&params, ", ");
            buf_puts(&params, declare(clang_getArgType(t, (unsigned)i), "", base, unnamed));
        }
        if (clang_isFunctionTypeVariadic(t))
            buf_puts(&params, n ? ", ..." : "...");
        else if (n == 0 && t.kind == CXType_FunctionProto)
            buf_puts(&params, "void");
        return declare(clang_getResultType(t), arena_printf("%s(%s)", inner, params.data ? params.data : ""),
                       base, unnamed);
    }
    default: {
        char *s = take_string(clang_getTypeSpelling(t));
        if (strstr(s, "(unnamed") || strstr(s, "(anonymous"))
            *unnamed = true;
        if (base && is_parse_frame(t)) {
            const char *q = qualifiers(t);
            s = arena_printf("%s%s%s", *q ? q + 1 : "", *q ? " " : "", base);
        }
        return *inner ? arena_printf("%s %s", s, inner) : s;
    }
    }
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
        if (clang_getCanonicalType(t).kind == CXType_Pointer) {
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
        CXType elem = clang_getArrayElementType(canon);
        enum CXTypeKind ek = clang_getCanonicalType(elem).kind;
        bool paren = ek == CXType_ConstantArray || ek == CXType_IncompleteArray || ek == CXType_VariableArray;
        d = declare(elem, paren ? "(*\x01)" : "*\x01", base, unnamed);
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
    v->is_vla = is_variably_modified(t);
    v->has_const_member = has_const_member(t);
    v->is_scalar = k != CXType_Record && k != CXType_Elaborated && !v->is_array
                   && k != CXType_Invalid && k != CXType_Unexposed;
    size_t name_begin = decl_begin;
    file_offset(p, clang_getCursorLocation(c), &name_begin);
    const char *base = frame_type_as_written(p, decl_begin, name_begin);
    if (is_param && (v->is_array || k == CXType_FunctionProto || k == CXType_FunctionNoProto)) {
        /* C adjusts an array parameter to a pointer to its element, a function to a pointer to it */
        v->type = spell_adjusted_param(t, base, &v->unnamed_type);
        v->is_array = false;
        k = CXType_Pointer;
    } else {
        v->type = spell_type(t, base, &v->unnamed_type, true, &v->const_field);
    }
    v->align_spec = alignment_specifier(&p->unit->src, decl_begin, name_begin);
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

static enum CXChildVisitResult find_foreach_marker(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    if (is_call_to(c, "yieldc_foreach_")) {
        *(CXCursor *)data = c;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Continue;
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

/* The result type of GENERATOR(T, S, R) written at [begin, end), or NULL. */
static const char *declared_result_type(struct parser *p, CXCursor callee);

/* Classify the source of FOREACH or YIELD_FROM from the marker call's second argument. */
static void classify_source(struct parser *p, struct node *n, CXCursor marker)
{
    CXCursor arg = strip_expr(clang_Cursor_getArgument(marker, 1));
    CXType t = clang_getCursorType(arg);
    CXType canon = clang_getCanonicalType(t);
    size_t ab, ae;
    n->source_kind = SOURCE_INVALID;
    if (cursor_range(p, arg, &ab, &ae) && is_genexpr_at(p, ab)) {
        n->source_kind = SOURCE_VALUE;      /* its type is named by the analysis */
    } else if (canon.kind == CXType_Pointer) {
        if (is_iterator_record(clang_getCanonicalType(clang_getPointeeType(canon))))
            n->source_kind = SOURCE_POINTER;
    } else if (is_iterator_record(canon)) {
        if (clang_getCursorKind(arg) != CXCursor_CallExpr) {
            n->source_kind = SOURCE_LVALUE;
        } else if (!is_parse_frame(t)) {
            n->source_kind = SOURCE_VALUE;
            n->source_type = take_string(clang_getTypeSpelling(t));
            n->source_size = clang_Type_getSizeOf(t);
            n->source_align = clang_Type_getAlignOf(t);
        } else {
            CXCursor callee = clang_getCursorReferenced(arg);
            if (!clang_Cursor_isNull(callee)) {
                n->source_kind = SOURCE_VALUE;
                n->source_generator = take_string(clang_getCursorSpelling(callee));
                n->source_type = arena_printf("struct %s_frame", n->source_generator);
                n->source_result = declared_result_type(p, callee);
            }
        }
    }
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
    if (!e || macro_args(src, e, b, en, want) != want)
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
    n->value_type = take_string(clang_getTypeSpelling(clang_getCursorType(strip_expr(clang_Cursor_getArgument(c, 2)))));
    classify_source(p, n, c);
}

static struct node *build(struct parser *p, CXCursor c, struct node *parent)
{
    const struct source *src = &p->unit->src;
    struct node *n = arena_alloc(sizeof *n);
    n->kind = kind_of(c);
    n->parent = parent;
    if (!cursor_range(p, c, &n->begin, &n->end)) {
        /* From a header (a macro's body, say): keep the node, place it at the parent. */
        n->begin = parent ? parent->begin : 0;
        n->end = n->begin;
    }
    n->is_assignment = clang_getCursorKind(c) == CXCursor_BinaryOperator && is_plain_assignment(src, n);

    switch (n->kind) {
    case NODE_VAR_DECL: {
        size_t decl_begin = parent && parent->kind == NODE_DECL_STMT ? parent->begin : n->begin;
        n->var = add_var(p, c, false, decl_begin);
        n->var->decl = n;
        file_offset(p, clang_getCursorLocation(c), &n->name_begin);
        n->in_macro_body = !names_at(src, n->name_begin, n->var->name);
        CXCursor init = clang_Cursor_getVarDeclInitializer(c);
        if (!clang_Cursor_isNull(init)) {
            size_t b, e;
            n->has_init = cursor_range(p, init, &b, &e);
            n->init_begin = b;
            n->init_is_list = clang_getCursorKind(strip_expr(init)) == CXCursor_InitListExpr;
        }
        p->fn->nlocals++;
        break;
    }
    case NODE_DECL_REF: {
        CXCursor ref = clang_getCursorReferenced(c);
        n->var = find_var(p, ref);
        if (!n->var) {
            n->kind = NODE_OTHER;   /* a global, a function, an enumerator */
            break;
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
        break;
    }
    case NODE_RETURN: {
        CXCursor value = clang_getNullCursor();
        clang_visitChildren(c, first_child, &value);
        n->has_value = !clang_Cursor_isNull(value);
        break;
    }
    case NODE_TYPE_DECL: {
        collect_type_names(c, n);
        struct local_use use = { p, NULL };     /* `char b[sizeof x]` with x a local */
        clang_visitChildren(c, find_local_use, &use);
        n->uses_local = use.found;
        n->variably_modified = clang_getCursorKind(c) == CXCursor_TypedefDecl
                               && is_variably_modified(clang_getTypedefDeclUnderlyingType(c));
        if (!n->variably_modified)
            return n;   /* its members carry nothing more the rewrite needs */
        break;          /* a VLA typedef stays in the body: its size may name locals */
    }
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
    case NODE_COMPOUND_LITERAL: {
        enum CXTypeKind k = clang_getCanonicalType(clang_getCursorType(c)).kind;
        size_t after = n->end;      /* `((int[]){...})[i]` reads an element: no pointer escapes */
        while (after < src->len && (isspace((unsigned char)src->text[after]) || src->text[after] == ')'))
            after++;
        bool indexed = after < src->len && src->text[after] == '[';
        n->address_taken = ((k == CXType_ConstantArray || k == CXType_IncompleteArray) && !indexed)
                           || after_address_of(src, n->begin);
        break;
    }
    case NODE_CALL:
        n->callee = take_string(clang_getCursorSpelling(c));
        if (is_call_to(c, "yieldc_genexpr_")) {
            build_genexpr(p, c, n);
            return n;
        }
        if (is_call_to(c, "yieldc_yield_from_")) {
            const struct expansion *e = expansion_at(p, "YIELD_FROM", n->begin);
            size_t b[1], en[1];
            n->kind = NODE_YIELD;
            n->is_from = true;
            if (e && macro_args(src, e, b, en, 1) == 1) {
                n->macro_begin = e->begin;
                n->macro_end = e->end;
                n->arg_begin = skip_space(src, b[0]);
                n->arg_end = trim_end(src, b[0], en[0]);
            } else if ((e = expansion_at(p, NULL, n->begin)) != NULL) {
                n->via_macro = e->name;     /* rejected: a YIELD_FROM is written directly */
            }
            classify_source(p, n, c);
        } else if (is_call_to(c, "yieldc_yield_")) {
            const struct expansion *e = expansion_at(p, "YIELD", n->begin);
            n->kind = NODE_YIELD;
            if (e) {
                size_t b[1], en[1];
                n->macro_begin = e->begin;
                n->macro_end = e->end;
                if (macro_args(src, e, b, en, 1) == 1) {
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
        }
        break;
    case NODE_DO: {
        const struct expansion *e = expansion_at(p, "DEFER", n->begin);
        size_t b[1], en[1];
        if (!e && is_defer_marker(c)) {
            n->kind = NODE_DEFER;   /* through another macro: rejected (macro_end stays 0) */
        } else if (e && macro_args(src, e, b, en, 1) == 1) {
            n->kind = NODE_DEFER;
            n->macro_begin = e->begin;
            n->macro_end = e->end;
            n->arg_begin = skip_space(src, b[0]);
            n->arg_end = trim_end(src, b[0], en[0]);
        }
        break;
    }
    case NODE_FOR: {
        CXCursor marker = clang_getNullCursor();
        clang_visitChildren(c, find_foreach_marker, &marker);
        const struct expansion *e = expansion_at(p, "FOREACH", n->begin);
        if (clang_Cursor_isNull(marker) || !e)
            break;
        size_t b[2], en[2];
        n->kind = NODE_FOREACH;
        n->macro_begin = e->begin;
        n->macro_end = e->end;
        if (macro_args(src, e, b, en, 2) == 2) {
            n->decl_arg_begin = skip_space(src, b[0]);
            n->decl_arg_end = trim_end(src, b[0], en[0]);
            n->arg_begin = skip_space(src, b[1]);
            n->arg_end = trim_end(src, b[1], en[1]);
        }
        classify_source(p, n, marker);
        break;
    }
    default:
        break;
    }
    build_children(p, c, n);
    n->stmt_end = n->kind == NODE_DECL_STMT ? n->end : statement_end(src, n->end);
    enum CXCursorKind ck = clang_getCursorKind(c);
    if (ck == CXCursor_ConditionalOperator)
        n->short_circuit = true;
    else if (ck == CXCursor_BinaryOperator && n->child && n->child->next) {
        size_t ob = skip_space(src, n->child->end), oe = trim_end(src, ob, n->child->next->begin);
        const char *op = src->text + ob;
        n->short_circuit = (oe - ob == 2 && (strncmp(op, "&&", 2) == 0 || strncmp(op, "||", 2) == 0))
                           || (oe - ob == 1 && *op == ',');
    }
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

static enum CXChildVisitResult find_body(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    if (clang_getCursorKind(c) == CXCursor_CompoundStmt) {
        *(CXCursor *)data = c;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Continue;
}

/*
 * GENERATOR(T), GENERATOR(T, S), GENERATOR(T, S, R): the types as written;
 * S and R are NULL when absent or `void`.
 */
static void generator_types(const struct source *src, const struct expansion *e, const char **types[3])
{
    size_t b[3], en[3];
    int n = macro_args(src, e, b, en, 3);
    for (int i = 0; i < n; i++) {
        size_t tb = skip_space(src, b[i]);
        const char *t = arena_strndup(src->text + tb, trim_end(src, tb, en[i]) - tb);
        *types[i] = i > 0 && (!*t || strcmp(t, "void") == 0) ? NULL : t;
    }
}

static const char *declared_result_type(struct parser *p, CXCursor callee)
{
    size_t begin, name;
    if (!cursor_range(p, callee, &begin, &name)
        || !file_offset(p, clang_getCursorLocation(callee), &name))
        return NULL;
    const struct expansion *e = expansion_within(p, "GENERATOR", begin, name);
    const char *types[3] = { NULL, NULL, NULL };
    const char **slots[3] = { &types[0], &types[1], &types[2] };
    if (e)
        generator_types(&p->unit->src, e, slots);
    return types[2];
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
    if (p->cap_var_index)
        memset(p->var_index, 0, p->cap_var_index * sizeof *p->var_index);
    fn->is_variadic = clang_Cursor_isVariadic(c) != 0;
    fn->is_static = clang_Cursor_getStorageClass(c) == CX_SC_Static;

    CXType result = clang_getCursorResultType(c);
    if (is_parse_frame(result)) {
        p->unit->header_size = clang_Type_getSizeOf(result);
        p->unit->header_align = clang_Type_getAlignOf(result);
        const struct expansion *e = expansion_within(p, "GENERATOR", begin, fn->name_begin);
        if (e) {
            fn->is_generator = true;
            fn->gen_macro_begin = e->begin;
            fn->gen_macro_end = e->end;
            const char **types[3] = { &fn->yield_type, &fn->sent_type, &fn->result_type };
            generator_types(src, e, types);
        }
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
        CXCursor body = clang_getNullCursor();
        clang_visitChildren(c, find_body, &body);
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
    while (p->macros[i].name && strcmp(p->macros[i].name, name) != 0)
        i = (i + 1) & (p->cap_macros - 1);
    return i;
}

static void add_macro(struct parser *p, const char *name, CXCursor c)
{
    if ((p->nmacros + 1) * 2 > p->cap_macros) {
        struct macro_def *old = p->macros;
        size_t old_cap = p->cap_macros;
        p->cap_macros = old_cap ? old_cap * 2 : 1024;
        p->macros = arena_alloc(p->cap_macros * sizeof *p->macros);
        p->nmacros = 0;
        for (size_t i = 0; i < old_cap; i++)
            if (old[i].name)
                add_macro(p, old[i].name, old[i].cursor);
    }
    size_t i = macro_slot(p, name);
    if (!p->macros[i].name)
        p->nmacros++;
    p->macros[i] = (struct macro_def){ name, c };
}

static const struct macro_def *find_macro(const struct parser *p, const char *name)
{
    if (!p->cap_macros)
        return NULL;
    size_t i = macro_slot(p, name);
    return p->macros[i].name ? &p->macros[i] : NULL;
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
    for (size_t i = 0; i < p->nexpansions; i++)
        if (p->expansions[i].begin >= fn->begin && p->expansions[i].begin < fn->end)
            *ARRAY_PUSH(queue, nqueue, cap_queue) = p->expansions[i].name;
    for (size_t head = 0; head < nqueue && nseen < 4096; head++) {
        const char *name = queue[head];
        bool done = false;
        for (size_t k = 0; k < nseen && !done; k++)
            done = strcmp(seen[k], name) == 0;
        const struct macro_def *m = done ? NULL : find_macro(p, name);
        if (!m)
            continue;
        *ARRAY_PUSH(seen, nseen, cap_seen) = name;
        CXToken *tokens;
        unsigned ntokens;
        clang_tokenize(p->tu, clang_getCursorExtent(m->cursor), &tokens, &ntokens);
        for (unsigned t = 1; t < ntokens; t++) {    /* token 0 is the macro's own name */
            CXTokenKind kind = clang_getTokenKind(tokens[t]);
            if (kind != CXToken_Identifier && kind != CXToken_Keyword)    /* __func__ is a keyword */
                continue;
            const char *word = take_string(clang_getTokenSpelling(p->tu, tokens[t]));
            *ARRAY_PUSH(words, fn->nmacro_words, cap_words) = word;
            *ARRAY_PUSH(queue, nqueue, cap_queue) = word;
        }
        clang_disposeTokens(p->tu, tokens, ntokens);
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
        const struct macro_def *m = find_macro(p, e->name);
        if (!m || !clang_Cursor_isMacroFunctionLike(m->cursor))
            continue;
        CXToken *tokens;
        unsigned ntokens;
        clang_tokenize(p->tu, clang_getCursorExtent(m->cursor), &tokens, &ntokens);
        for (unsigned t = 1; t < ntokens && !e->stringifies; t++) {
            if (clang_getTokenKind(tokens[t]) == CXToken_Punctuation) {
                char *tok = take_string(clang_getTokenSpelling(p->tu, tokens[t]));
                e->stringifies = strcmp(tok, "#") == 0 || strcmp(tok, "##") == 0;
            }
        }
        clang_disposeTokens(p->tu, tokens, ntokens);
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
        *u = (struct macro_use){ e->name, e->begin, e->end, e->stringifies, false, 0 };
        const struct macro_def *m = find_macro(p, e->name);
        if (m)
            u->defined_here = file_offset(p, clang_getCursorLocation(m->cursor), &u->def_offset);
    }
    size_t cap_names = 0, cap_offsets = 0, n = 0;
    for (size_t i = 0; i < p->cap_macros; i++) {
        if (!p->macros[i].name)
            continue;
        size_t offset;
        if (!file_offset(p, clang_getCursorLocation(p->macros[i].cursor), &offset))
            offset = (size_t)-1;
        *ARRAY_PUSH(unit->macro_names, unit->nmacro_names, cap_names) = p->macros[i].name;
        *ARRAY_PUSH(unit->macro_name_offsets, n, cap_offsets) = offset;
    }
}

/* ---- the translation unit ---------------------------------------------- */

/* First pass: every macro definition, and the macro invocations of the main file. */
static enum CXChildVisitResult visit_macros(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    struct parser *p = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_MacroDefinition) {
        add_macro(p, take_string(clang_getCursorSpelling(c)), c);
    } else if (k == CXCursor_MacroExpansion && clang_Location_isFromMainFile(clang_getCursorLocation(c))) {
        char *name = take_string(clang_getCursorSpelling(c));
        size_t b, e;
        if (cursor_range(p, c, &b, &e))
            *ARRAY_PUSH(p->expansions, p->nexpansions, p->cap_expansions) = (struct expansion){ name, b, e, false };
    }
    return CXChildVisit_Continue;
}

/* Second pass: the functions of the main file, and YIELDs outside them. */
static enum CXChildVisitResult visit_top(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    void **args = data;
    struct parser *p = args[0];
    struct function ***tail = args[1];
    enum CXCursorKind k = clang_getCursorKind(c);
    if (!clang_Location_isFromMainFile(clang_getCursorLocation(c)) || clang_isPreprocessing(k))
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
 * those after --, and where yieldc.h is; room is left for 4 more. NULL
 * (after a message) when -p's database has no flags for it.
 */
static const char **user_args(const struct options *opts, int *nargs)
{
    const char **db_args = NULL;
    int ndb_args = 0;
    if (opts->compile_db && !compile_db_args(opts->compile_db, opts->input, &db_args, &ndb_args))
        return NULL;
    const char **args = arena_alloc(((size_t)opts->nclang_args + (size_t)ndb_args + 10) * sizeof *args);
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

bool parse_unit(const struct options *opts, struct unit *unit)
{
    if (!read_file(opts->input, &unit->src)) {
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
    args[nargs++] = "-include";
    args[nargs++] = PRELUDE_PATH;

    char *prelude = make_prelude(&unit->src);
    struct CXUnsavedFile unsaved[2] = {
        { PRELUDE_PATH, prelude, (unsigned long)strlen(prelude) },
        { opts->input, unit->src.text, (unsigned long)unit->src.len },
    };

    struct parser p = { .unit = unit, .clang_tail = &unit->clang_errors };
    CXIndex index = clang_createIndex(0, 0);
    enum CXErrorCode rc = clang_parseTranslationUnit2(
        index, opts->input, args, nargs, unsaved, 2,
        CXTranslationUnit_DetailedPreprocessingRecord | CXTranslationUnit_KeepGoing, &p.tu);
    if (rc != CXError_Success) {
        explain_failure(index, opts->input, args, nargs, rc);
        clang_disposeIndex(index);
        return false;
    }
    p.file = clang_getFile(p.tu, opts->input);

    struct function **tail = &unit->functions;
    void *data[2] = { &p, &tail };
    clang_visitChildren(clang_getTranslationUnitCursor(p.tu), visit_macros, &p);
    mark_stringifying_macros(&p);
    export_macros(&p);
    clang_visitChildren(clang_getTranslationUnitCursor(p.tu), visit_top, data);
    for (struct function *fn = unit->functions; fn; fn = fn->next)
        if (fn->is_generator && fn->body)
            collect_macro_words(&p, fn);
    collect_clang_errors(&p);
    clang_getInclusions(p.tu, add_inclusion, unit);

    clang_disposeTranslationUnit(p.tu);
    clang_disposeIndex(index);
    return true;
}
