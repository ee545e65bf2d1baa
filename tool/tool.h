/*
 * tool.h - the internal header shared by the steps of the yieldc transpiler.
 *
 *   parse.c    libclang -> plain trees of every function in the main file
 *   expand.c   user macro invocations expanded in place, for a new parse
 *   analyze.c  per function: check YIELD/FOREACH use, decide what lives in
 *              the frame, choose names that cannot clash
 *   rewrite.c  turn the analysis into a list of text edits
 *   emit.c     apply the edits to the original text, add #line directives,
 *              write the output atomically
 *   describe.c the other outputs: --emit=json, --emit=dot, --emit=header
 *   diag.c     `file:line:col: error:` messages with the source line and caret
 *   arena.c    memory: one arena per run, freed at exit
 *   main.c     the command line
 *   launcher.c yieldc-cc: yieldc as a compiler launcher
 *   command.c  the arguments of a compiler's command line
 *
 * Only parse.c includes clang-c/Index.h. Every later step works on the
 * structs below, which hold offsets into the main file's text. Each step
 * reads what the steps before it stored there and calls none after it:
 * parse fills the structs, analyze adds its decisions (the fields marked
 * "analysis"), rewrite turns both into edits, emit applies them.
 * docs/internals.md follows one generator through all of it.
 */
#ifndef YIELDC_TOOL_H
#define YIELDC_TOOL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/* ---- arena.c ---------------------------------------------------------- */

/* All memory of the tool comes from one arena released at exit; nothing is
 * freed one by one. */
void *arena_alloc(size_t size);
char *arena_strndup(const char *s, size_t n);
char *arena_strdup(const char *s);
char *arena_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void arena_free_all(void);
/* `items` (an arena array of `len` elements of `size` bytes) with room for
 * one more: the same pointer, or a copy twice as large. */
void *arena_grow(void *items, size_t len, size_t *cap, size_t size);
/* Append a zeroed element to arena array `arr` and give its address. */
#define ARRAY_PUSH(arr, len, cap) \
    ((arr) = arena_grow((arr), (len), &(cap), sizeof *(arr)), &(arr)[(len)++])

/* A growable string in the arena. */
struct buf {
    char *data;
    size_t len, cap;
};
void buf_add(struct buf *b, const char *s, size_t n);
void buf_puts(struct buf *b, const char *s);
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- diag.c ----------------------------------------------------------- */

/* The main file: its path as given and its bytes. */
struct source {
    const char *path;
    const char *text;
    size_t len;
};

void diag_set_source(const struct source *src);
/* Line and column (both from 1) of a byte offset in the main file. */
void source_line_col(const struct source *src, size_t offset, unsigned *line, unsigned *col);
/* Past the comment, string literal or character constant that begins at `i` of `t` (which ends
 * at `end`); `i` itself when none begins there. */
size_t skip_comment_or_literal(const char *t, size_t i, size_t end);
/* `path:line:col: error: message`, the source line and a caret. */
void error_at(size_t offset, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The same for a location anywhere (clang's diagnostics); `text` may be NULL. */
void diag_print(const char *path, unsigned line, unsigned col, const char *severity,
                const char *message, const char *line_text, size_t line_len);
void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
/* [begin, end) of the source is macro `macro` (defined at path:line:col, path NULL if unknown)
 * expanded in place; an error there gets a note. Expansions made earlier at or after `from`
 * move by `delta` bytes. */
void diag_expanded(size_t begin, size_t end, const char *macro, const char *path, unsigned line, unsigned col);
void diag_shift_expanded(size_t from, long delta);
int error_count(void);

/* ---- parse.c ---------------------------------------------------------- */

enum node_kind {
    NODE_COMPOUND,      /* { ... }: a scope */
    NODE_DECL_STMT,     /* int a = 1, b; */
    NODE_VAR_DECL,      /* one declarator of a local */
    NODE_DECL_REF,      /* a use of a parameter or local */
    NODE_RETURN,
    NODE_IF,
    NODE_WHILE,
    NODE_DO,
    NODE_FOR,           /* a scope for declarations in its first clause */
    NODE_FOREACH,       /* FOREACH (decl, source) body: also a scope */
    NODE_SWITCH,
    NODE_CASE,
    NODE_LABEL,
    NODE_GOTO,
    NODE_BREAK,
    NODE_CONTINUE,
    NODE_INDIRECT_GOTO, /* GNU goto *p */
    NODE_ADDR_LABEL,    /* GNU &&label */
    NODE_STMT_EXPR,     /* GNU ({ ... }) */
    NODE_YIELD,         /* YIELD(value), or YIELD_FROM(source) when is_from */
    NODE_DEFER,         /* DEFER(cleanup); */
    NODE_GENEXPR,       /* GENEXPR(value, decl, source) and GENEXPR_IF(..., condition) */
    NODE_CALL,
    NODE_INIT_LIST,
    NODE_TYPE_DECL,     /* struct/union/enum definition or typedef */
    NODE_COMPOUND_LITERAL,
    NODE_FUNCTION_DECL, /* a block-scope function declaration */
    NODE_OTHER,         /* any other statement or expression */
};

/* What an expression node is, for lowering YIELDs inside expressions. */
enum expr_kind {
    EXPR_NONE,          /* not an expression */
    EXPR_OPERATOR,      /* a binary operator other than those below: a + b, a[i] (as written) */
    EXPR_ASSIGN,        /* a = b, a += b */
    EXPR_LOGICAL,       /* a && b, a || b */
    EXPR_COMMA,         /* a, b */
    EXPR_CONDITIONAL,   /* c ? a : b */
    EXPR_UNARY,         /* -a, !a, *p, &x, ++x, x++ */
    EXPR_CALL,
    EXPR_SUBSCRIPT,     /* a[i] */
    EXPR_MEMBER,        /* s.f, p->f */
    EXPR_CAST,          /* (T)e */
    EXPR_PAREN,         /* (e) */
    EXPR_IMPLICIT,      /* a conversion the compiler adds: transparent */
    EXPR_LITERAL,       /* 1, 'c', "s", 1.0 */
    EXPR_NAME,          /* a variable, function or enumerator */
    EXPR_COMPOUND,      /* (T){...} and {...} */
    EXPR_UNEVALUATED,   /* sizeof, _Alignof, _Generic: its operand does not run */
    EXPR_OTHER,         /* a statement expression, a YIELD, anything else */
};

/* The parts of a statement that hold YIELDs inside expressions (lower_parts). */
enum {
    LOWER_EXPR = 1,     /* an expression statement, a return's value, a declaration's initializers */
    LOWER_COND = 2,     /* the condition of if, switch, while, do, for */
    LOWER_INIT = 4,     /* a for's first clause */
    LOWER_STEP = 8,     /* a for's third clause */
    LOWER_SOURCE = 16,  /* a FOREACH's source */
};

/* How a declarator spells a type: prefix NAME suffix ("int (*" fp ")(int)"). */
struct type_spelling {
    const char *prefix, *suffix;
};

struct var;
struct node;

/* A member of a frame besides the variables: its type, and the part of the body it lives in. */
struct frame_slot {
    struct type_spelling type;
    const struct node *scope;
};

struct node {
    enum node_kind kind;
    size_t begin, end;          /* byte range in the main file (end exclusive) */
    struct node *parent, *child, *next;
    bool is_assignment;         /* OTHER: a plain `a = b` */
    bool short_circuit;         /* OTHER: `?:`, `&&`, `||` or `,`: not every operand runs */

    /* expressions */
    enum expr_kind ekind;
    const char *op;             /* OPERATOR, ASSIGN, LOGICAL, UNARY: the operator as written */
    bool postfix;               /* UNARY: x++, x-- */
    bool has_yield;             /* it is, or holds, a YIELD or YIELD_FROM */
    bool macro_text;            /* its first or last token comes from a user's macro */
    const char *other_file;     /* written in this file that an #include in the body brings in */
    bool names_constant;        /* NAME: an enumerator or a function, which no YIELD can change */
    bool temp_type_known;       /* temp_type: set for an expression holding a YIELD and its operands */
    struct type_spelling *temp_type;    /* of its value as a temporary would hold it (arrays and
                                           functions as pointers, no top-level const); NULL when
                                           the type has no name or is void */

    struct type_spelling *literal_type; /* COMPOUND_LITERAL: its type, for a copy in the frame
                                           (NULL when the type has no name) */
    int literal_copy;           /* COMPOUND_LITERAL: kept in the frame as yieldc_lit_N (analysis) */

    /* FOR: where its header's parts are: `(` init `;` cond `;` step `)` */
    size_t for_lparen, for_semi1, for_semi2, for_rparen;

    struct var *var;            /* VAR_DECL: declared; DECL_REF: referenced */
    size_t name_begin;          /* VAR_DECL, DECL_REF: the identifier */
    bool in_macro_body;         /* DECL_REF, VAR_DECL: spelled in a macro's body */
    bool is_write;              /* DECL_REF: the whole left side of `=`, so not a read */
    bool address_taken;         /* DECL_REF: operand of unary & (or maybe of binary &, or
                                   an argument of a macro, which may apply &);
                                   COMPOUND_LITERAL: an array, or operand of & */
    const char *in_stringifying_macro;  /* DECL_REF: argument of this macro, which uses # or ## */
    const char *label;          /* LABEL: its name; GOTO: its target's name */
    bool variably_modified;     /* TYPE_DECL: a typedef of a VLA type */
    const char *callee;         /* CALL: the called function's name, if direct */
    const char *via_macro;      /* YIELD written through this user macro */
    const char *type_error;     /* a type mistake the parse found here (its message), at type_error_at */
    size_t type_error_at;
    const char **names;         /* TYPE_DECL: its tag ("struct s"), typedef name, enumerators */
    size_t cap_names;
    const char *uses_local;     /* TYPE_DECL: a parameter or local its text names */
    size_t nnames;

    size_t init_begin;          /* VAR_DECL with initializer: its first byte */
    bool has_init, init_is_list;
    bool split_init;            /* VAR_DECL: initialized by an assignment after its declaration, so
                                   that no jump of the generated code skips an initialization */

    bool has_value;             /* RETURN with an expression */
    bool moves_before_frame;    /* DECL_STMT of types only (no VLA typedef): set before the
                                   frame, which may need them (analysis) */
    bool moves_alone;           /* TYPE_DECL declared with locals kept in the frame: it alone moves
                                   before the frame (analysis) */
    const char *given_tag;      /* TYPE_DECL of a struct, union or enum without a tag, declared with
                                   locals: the tag yieldc gives it if it moves */
    size_t stmt_end;            /* as a statement: just after its `;` (end when none follows) */

    bool is_from;               /* YIELD: YIELD_FROM(source) */
    bool from_foreach;          /* YIELD_FROM: written `FOREACH (T x, g(...)) { YIELD(x); }`, up to the `}` */
    bool value_used;            /* YIELD: its value is used (analysis) */
    struct node *statement;     /* YIELD inside an expression: the statement lowered around it (analysis) */

    /* lowering (analysis): a statement with YIELDs inside its expressions
     * becomes statements that evaluate them in order, with temporaries */
    unsigned lower_parts;       /* the statement: LOWER_* of its parts that hold YIELDs */
    int temp;                   /* an expression: its value is kept in temporary `temp` (from 1) */
    int continue_label;         /* a loop whose `continue` must reach lowered code: yieldc_continue_N */
    const char *source_result;  /* YIELD_FROM of a generator call: its result type, if any */
    const char *target_type;    /* a declaration or `=` whose value is a YIELD_FROM: its type */
    bool source_on_heap;        /* YIELD_FROM, FOREACH: the sub-frame comes from the pool (analysis) */
    bool recurses;              /* YIELD_FROM of a call of its own generator (analysis) */
    int state;                  /* YIELD: its resume state (analysis) */
    int cleanup;                /* YIELD_FROM, DEFER, FOREACH: its cleanup's index, or -1 */

    /* GENEXPR: the value, the condition (GENEXPR_IF), their type and variable */
    size_t value_begin, value_end, cond_begin, cond_end;
    const char *value_type;
    struct var *genexpr_var;
    const char *genexpr_struct; /* the tag of its generated struct, NAME_genexpr_K (analysis) */

    /* YIELD and FOREACH: the macro invocation and its arguments */
    size_t macro_begin, macro_end;
    size_t arg_begin, arg_end;          /* YIELD's value; FOREACH's source */
    size_t decl_arg_begin, decl_arg_end; /* FOREACH's declaration */
    enum { SOURCE_VALUE, SOURCE_LVALUE, SOURCE_POINTER, SOURCE_INVALID } source_kind;
    const char *source_type;            /* SOURCE_VALUE: type of the temporary */
    const char *source_generator;       /* SOURCE_VALUE: the generator called, if one */
    const char *source_frame_of;        /* `frame` or `&frame.it`: the generator of that frame variable */
    size_t *source_args;                /* a generator call's arguments, begin and end of each, then the */
    int nsource_args;                   /* call's end, when all are in the file's text (else -1): a frame */
    size_t source_call_begin;           /* from the pool is made in place. The call is at source_call_begin */
    bool source_declared_generator;     /* the call's function is declared with GENERATOR: yieldc writes it
                                         * and, in its file's header, YIELDC_NEXT_name and YIELDC_OWNED_name */
    long long source_size, source_align; /* SOURCE_VALUE, when not a generator's frame */
    bool loop_in_frame;                 /* FOREACH with a YIELD in its body (analysis) */
    const char *slot_type;              /* FOREACH whose variable is qualified at the top (`const int v`):
                                           the unqualified type of the slot its values go into */
    unsigned foreach_index;             /* FOREACH: numbers its hidden variables (analysis) */
};


struct var {
    const char *name;           /* "" for an unnamed parameter */
    size_t decl_offset;         /* where its declaration starts */
    struct type_spelling type;
    bool is_param, is_static, is_extern;
    bool is_array, unnamed_type;
    bool given_tag_type;        /* its type is one written without a tag in its declaration, spelled
                                   with the tag yieldc gives it (node.given_tag) */
    bool is_vla;                /* variably modified: a VLA or a pointer to one */
    bool has_cleanup;           /* __attribute__((cleanup(f))), written or through a macro */
    bool is_scalar;             /* arithmetic, enum or pointer: no interior to point into */
    bool const_field;           /* still const in the frame (a const typedef): set by copy */
    bool is_const;              /* const itself: it cannot be assigned where declared */
    bool has_const_member;      /* a struct with a const member: set by copy */
    const char *align_spec;     /* `_Alignas(...)` as written, or "" */
    const char *frame_of;       /* a generator's frame (or an array of them): that generator */
    long long size, align;      /* of its type in the frame; 0 when unknown */
    size_t local_type_at;       /* where the main file declares a type it needs by
                                   name (not a header), or SIZE_MAX */
    unsigned line;              /* of its declaration */
    struct node *decl;          /* VAR_DECL node; NULL for parameters */
    /* analysis */
    bool in_frame;
    const char *field;          /* its member in the frame struct */
    const struct node **reads;  /* its uses other than as the left side of `=` */
    size_t nreads, cap_reads;
    bool address_taken;         /* somewhere, perhaps */
    struct var *next;
};

/*
 * Something a generator must undo when a scope is left or when it is
 * closed while suspended: a DEFER's statement, a sub-generator of a
 * YIELD_FROM, the frame a FOREACH created. `armed` (a frame flag) says
 * whether it is pending.
 */
struct cleanup {
    struct node *node;          /* DEFER, YIELD (from) or FOREACH */
    const struct node *scope;   /* the block whose exit runs it */
    bool suspends;              /* a YIELD can suspend the generator while it is pending */
};

struct function {
    const char *name;
    size_t begin, end;          /* the whole definition, storage class included */
    size_t name_begin;
    struct node *body;          /* NULL for a declaration */
    struct var *params, *locals;
    size_t nlocals;

    bool is_generator, is_variadic, is_static;
    bool generator_via_macro;   /* returns a frame, but its GENERATOR is inside another macro */
    size_t gen_macro_begin, gen_macro_end;  /* GENERATOR(T) */
    const char *yield_type;                 /* T as written */
    const char *sent_type;                  /* GENERATOR(T, S): S, or NULL */
    const char *result_type;                /* GENERATOR(T, S, R): R, or NULL */
    const char *yield_storage, *sent_storage, *result_storage;  /* the same without top-level
                                               qualifiers: the types of what the generated code assigns */

    const char **macro_words;   /* identifiers in the macros its body expands */
    size_t nmacro_words;

    /* analysis */
    const char *self, *it, *in, *out, *state;   /* names in the resume function */
    struct cleanup *cleanups;   /* DEFERs, YIELD_FROMs and framed FOREACHs, in source order */
    int ncleanups;
    size_t cap_cleanups;
    size_t frame_at;            /* where its frame struct goes: its definition, or an
                                   earlier prototype so calls in between see it */
    const struct function *frame_of;    /* a prototype: the definition whose frame it gets */
    struct function *first_prototype;   /* a definition: the file's first GENERATOR
                                           prototype of its name, or NULL */
    int nyields;
    struct node **yield_nodes;  /* its YIELDs and YIELD_FROMs, by state - 1 */
    bool delegates;             /* has a YIELD_FROM: its next is yieldc_drive_ */
    bool recursive;             /* has a YIELD_FROM of its own call: frames switch in its resume */
    bool calls_out;             /* its body calls something (a function, a sub-iterator) that could
                                   resume it again: its resume marks it running while it runs */
    struct frame_slot *temps;   /* the temporaries of its lowered statements: yieldc_tmp_1, ... */
    struct frame_slot *literals;        /* compound literals whose address lives across a YIELD */
    int nliterals;
    size_t cap_literals;
    int ntemps;
    size_t cap_temps;
    struct node **lowered;      /* its statements with YIELDs inside expressions, in source order */
    size_t nlowered, cap_lowered;
    bool has_pool;              /* some sub-frame of it comes from the pool */
    bool built_in_pool;         /* some frame of it comes from a pool, where the rewrite may build it
                                   without its constructor (analysis) */
    long long output_frame_size;    /* sizeof its frame in the output (measure_frames), or 0 */
    struct function *next;
};

/* A YIELD found outside any function (for the diagnostic). */
struct stray {
    size_t offset;
    const char *what;
    struct stray *next;
};

/* A macro invocation in the main file, and where the macro was defined. */
struct macro_use {
    const char *name;
    size_t begin, end;
    size_t reach;               /* the furthest end of this invocation and every earlier one */
    bool pseudo;                /* one of yieldc's own names (is_pseudo_keyword) */
    bool stringifies;           /* its definition uses # or ## */
    bool defined_here;          /* defined in the main file, at def_offset */
    size_t def_offset;
};

/* An error libclang reported, printed only if yieldc has none of its own. */
struct clang_error {
    const char *message, *path;
    bool in_main_file;
    unsigned line, col;
    size_t offset;
    struct clang_error *next;
};

struct unit {
    struct source src;
    bool may_expand;            /* macro invocations that hide generator constructs may be
                                   expanded in place and the file parsed again */
    size_t *expand_at;          /* offsets inside such invocations, found by analysis or rewrite */
    size_t nexpand_at, cap_expand_at;
    struct function *functions;
    struct stray *strays;
    struct clang_error *clang_errors;
    const char **includes;      /* every file the parse read besides the input */
    size_t nincludes, cap_includes;
    struct direct_include {     /* an #include of the main file itself */
        size_t offset;          /* of the directive */
        const char *path;       /* the file it found */
    } *direct_includes;
    size_t ndirect_includes, cap_direct_includes;
    long long header_size, header_align;    /* struct yieldc_iter on the target */
    struct macro_use *macro_uses;
    size_t nmacro_uses;
    const char **macro_names;   /* every macro defined when the file was parsed */
    size_t nmacro_names;
    size_t *macro_name_offsets; /* where, if in the main file; else SIZE_MAX */
    struct function **generator_index;  /* the defined generators by name (analysis) */
    size_t cap_generator_index;
};

enum emit_kind {
    EMIT_C,         /* the transpiled source */
    EMIT_JSON,      /* a description of each generator */
    EMIT_HEADER,    /* frames and constructors, for plain C files */
    EMIT_DOT,       /* the state graph of each generator, for Graphviz */
};

struct options {
    const char *input, *output;
    bool line_directives;
    bool check_only;            /* --check: diagnostics, no output */
    enum emit_kind emit;
    const char *depfile;        /* --depfile FILE: make-style dependencies of the output */
    const char *compile_db;     /* -p DIR: flags from DIR/compile_commands.json */
    const char *const *clang_args;
    int nclang_args;
};

/* Parse opts->input (or `text` in its place, when not NULL); false (after a message) only if it
 * cannot be read or parsed at all. The translation unit stays until the next parse. */
bool parse_unit(const struct options *opts, struct unit *unit, const char *text);
/* Whether `offset` is inside an invocation of a user's macro (not one of yieldc's). */
bool parse_can_expand(size_t offset);
bool is_pseudo_keyword(const char *name);
/* The source with the outermost user macro invocations around `offsets` expanded in place (each
 * on its first line, the lines after it where they were); NULL after errors. */
const char *parse_expanded_text(struct unit *unit, const size_t *offsets, size_t n);
void parse_release(void);
/* The arguments of the macro invocation at [begin, end), NAME(a, b): offsets just inside the
 * parentheses, split at top-level commas (at most `max`); how many. */
int invocation_args(const struct source *src, size_t begin, size_t end, size_t *begins, size_t *ends, int max);
/* The size of each generator's frame as the compiler lays it out: the
 * output `text` parsed as the user compiles it (output_frame_size). */
void measure_frames(const struct options *opts, const char *text, size_t len, struct unit *unit);
/* "clang version 14.0.6", of the libclang yieldc runs with. */
const char *libclang_version(void);

/* ---- analyze.c -------------------------------------------------------- */

/* Check every rule and decide frames and names; false after diagnostics. */
bool analyze_unit(struct unit *unit);
/* The generator defined in the file under `name`, or NULL (once analyze_unit has run). */
const struct function *generator_named(const struct unit *unit, const char *name);


/* ---- expand.c --------------------------------------------------------- */

/* A preprocessing token: its spelling, what it is, and whether whitespace precedes it. */
enum pp_kind { PP_IDENT, PP_NUMBER, PP_STRING, PP_PUNCT, PP_OTHER };
struct pp_token {
    const char *text;
    enum pp_kind kind;
    bool space;
};

/* A macro definition: `#define NAME(params) body` (params[nparams - 1] is __VA_ARGS__ or a
 * GNU named variable parameter when variadic). */
struct pp_macro {
    const char *name;
    bool function_like, variadic;
    const char **params;
    int nparams;
    const struct pp_token *body;
    int nbody;
};

/* The macro the tokens of a `#define` line after `#define` define (t[0] is its name, n > 0);
 * function_like when its parameters follow. */
const struct pp_macro *pp_define(const struct pp_token *t, size_t n, bool function_like);

/* The definition of macro `name` where the expansion happens, or NULL (not a macro, or a builtin). */
typedef const struct pp_macro *pp_lookup(void *ctx, const char *name);

/* The tokens of a macro invocation, expanded as the preprocessor would, as text (the names in
 * `keep`, NULL-terminated, are never expanded); NULL, with *why, when that fails. */
const char *pp_expand(const struct pp_token *tokens, size_t ntokens, pp_lookup *lookup, void *ctx,
                      const char *const *keep, const char **why);

/* ---- rewrite.c -------------------------------------------------------- */

/* The label `name` under `n` (a function's body), or NULL. */
const struct node *label_named(const struct node *n, const char *name);
/* What a loop's condition does, as far as its text says. */
enum loop_test {
    LOOP_TESTS,         /* it may stop the loop */
    LOOP_ALWAYS,        /* for (;;), while (1): only a jump leaves */
    LOOP_NEVER,         /* while (0), do ... while (0): no second pass */
};
enum loop_test loop_test(const struct source *src, const struct node *n);
/* The definitions a frame needs that the file makes: GENEXPR structs and the
 * frames of the generators it embeds, each once (`done` remembers). */
void frame_dependencies(struct buf *b, const struct unit *unit, const struct function *fn, struct buf *done);

/* Replace [begin, end) with text. A block edit is generated code set on lines
 * of its own; an inline edit stays on the line it replaces. */
struct edit {
    size_t begin, end;
    const char *text;
    bool block;
    long nest;                  /* insertions at one offset: an opening that wraps more text
                                   first, a closing that wraps less first (then by seq) */
    unsigned seq;               /* creation order, to sort insertions */
};

/* In a block edit, lines that emit turns into #line directives (or drops):
 * LINE_MARK_SOURCE followed by an offset -> that line of the input;
 * LINE_MARK_GENERATED -> back to the output's own lines. */
#define LINE_MARK_SOURCE "\x01S"
#define LINE_MARK_GENERATED "\x01G"

struct edit_list {
    struct edit *items;
    size_t len, cap;
};

void rewrite_unit(const struct unit *unit, struct edit_list *edits);
/* Edits inside a user's macro invocation: the invocation goes to unit->expand_at (or an error). */
void rewrite_check_macros(struct unit *unit, const struct edit_list *edits);
/* For other outputs: the frame struct of generator `fn` and the constructor's
 * declarator (`struct f_frame f(int n)`); rewrite_begin(unit) first. */
void rewrite_begin(const struct unit *unit);
void frame_definition(struct buf *b, const struct function *fn);
/* The type of a variable as a type name (`int [3]`), for casts and descriptions. */
const char *type_name(const struct var *v);
const char *constructor_signature(const struct function *fn);
/* The next function of generator `fn`: NAME_resume, or NAME_drive when it delegates. */
const char *next_function_name(const struct function *fn);
/* Whether closing a frame of `fn` before its end has work to do: DEFERs, sub-frames, a delegation. */
bool close_has_work(const struct function *fn);

/* ---- describe.c ------------------------------------------------------- */

/* The frame of `fn` in bytes, as the compiler will lay it out (0 if unknown). */
long long frame_size(const struct unit *unit, const struct function *fn);
/* --emit=json: each generator's frame (fields with their original names and
 * lines, size) and states (the line of each YIELD). */
char *describe_json(const struct unit *unit, size_t *len);
/* --emit=header: the frames and constructor prototypes of the file's
 * generators with external linkage, so plain C files can create and drive
 * them; false (after a diagnostic) if a frame needs a type the file itself
 * declares. */
char *generated_header(const struct unit *unit, const struct options *opts, size_t *len);
/* --emit=dot: each generator's states (start, each YIELD, end) and the
 * resumes that can lead from one to the next, for Graphviz. */
char *describe_dot(const struct unit *unit, size_t *len);

/* ---- emit.c ----------------------------------------------------------- */

/* Apply the edits and return the output text (NUL-terminated). */
char *emit_text(const struct unit *unit, struct edit_list *edits,
                const struct options *opts, size_t *len);
/* Write to `path` ("-" for stdout) through a temporary renamed into place;
 * a file that already holds `text` is left as it is, and a device or a pipe
 * is written into. */
bool write_output(const char *path, const char *text, size_t len);

/* ---- main.c ----------------------------------------------------------- */

/* Parse, check and write what opts asks for: the exit status (0, 1). */
int transpile_file(const struct options *opts, struct unit *unit);

/* ---- launcher.c ------------------------------------------------------- */

/* yieldc-cc COMPILER ARGS...: the exit status of the compile. */
int launch(int argc, char **argv);

/* ---- command.c -------------------------------------------------------- */

/* Whether compiler option `a` takes the next argument as its value (-o, -I, -MF, ...). */
bool takes_value(const char *a);
/* The flags of compiler command argv (argv[0] the compiler) that a parse of
 * one of its inputs needs: no inputs, outputs, dependency-file or link
 * options, nothing that turns warnings into errors. */
int compile_flags(int argc, const char *const *argv, const char ***flags);

#endif
