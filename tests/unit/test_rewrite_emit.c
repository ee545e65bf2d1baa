/*
 * test_rewrite_emit.c - rewrite.c and emit.c: the edits made from an
 * analyzed unit, and the output text with its #line directives.
 *
 * Most tests run the whole pipeline (parse, analyze, rewrite_unit,
 * emit_text) on a small input; a few drive emit_text with hand-made edits.
 * No test here reports an error: analyze_unit gives up once the global
 * error count is non-zero.
 */
#define _DEFAULT_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "unit_support.h"

struct emitted {
    struct unit *unit;
    struct options *opts;
    struct edit_list edits;
    char *text;
    size_t len;
};

/*
 * An empty edit list whose items are allocated, as the tool's list is once
 * it holds anything: emit_text hands `items` to qsort, which must not get
 * a null pointer even for zero items (a separate finding, see the report
 * of these tests; the tests here check the text, not that).
 */
static struct edit_list edit_list_with_room(void)
{
    struct edit_list l = {0};
    l.cap = 4;
    l.items = arena_alloc(l.cap * sizeof *l.items);
    return l;
}

/* The whole pipeline on `text`. */
static struct emitted *transpile(const char *text, bool line_directives)
{
    struct emitted *e = arena_alloc(sizeof *e);
    e->edits = edit_list_with_room();
    e->unit = unit_parse_text(text, line_directives, &e->opts);
    assert_non_null(e->unit);
    assert_null(e->unit->clang_errors);
    int before = error_count();
    assert_true(analyze_unit(e->unit));
    assert_int_equal(error_count(), before);
    rewrite_unit(e->unit, &e->edits);
    e->text = emit_text(e->unit, &e->edits, e->opts, &e->len);
    assert_non_null(e->text);
    assert_int_equal(strlen(e->text), e->len);
    return e;
}

static void assert_contains(const char *haystack, const char *needle)
{
    if (!strstr(haystack, needle))
        fail_msg("output lacks \"%s\"; output:\n%s", needle, haystack);
}

static void assert_lacks(const char *haystack, const char *needle)
{
    if (strstr(haystack, needle))
        fail_msg("output has \"%s\"; output:\n%s", needle, haystack);
}

/* ---- files without generators ------------------------------------------- */

static const char plain_source[] =
    "#include <stdio.h>\n"
    "\n"
    "/* no generators here */\n"
    "static int twice(int x) { return 2 * x; }\n"
    "\n"
    "int main(void)\n"
    "{\n"
    "\tprintf(\"%d\\n\", twice(21));   \n"
    "    return 0;\n"
    "}\n";

static void rewrite_of_a_file_without_generator_or_foreach_makes_no_edits(void **state)
{
    (void)state;
    struct emitted *e = transpile(plain_source, false);
    assert_int_equal(e->edits.len, 0);
}

static void emit_without_line_directives_copies_a_plain_file_byte_for_byte(void **state)
{
    (void)state;
    struct emitted *e = transpile(plain_source, false);
    assert_int_equal(e->len, strlen(plain_source));
    assert_memory_equal(e->text, plain_source, e->len);
}

static void emit_with_line_directives_adds_only_line_1_before_a_plain_file(void **state)
{
    (void)state;
    struct emitted *e = transpile(plain_source, true);
    const char *expected = arena_printf("#line 1 \"%s\"\n%s", e->unit->src.path, plain_source);
    assert_int_equal(e->len, strlen(expected));
    assert_memory_equal(e->text, expected, e->len);
}

static void emit_copies_a_plain_file_without_final_newline_exactly(void **state)
{
    (void)state;
    const char *src = "int f(void) { return 1; }";
    struct emitted *e = transpile(src, false);
    assert_int_equal(e->edits.len, 0);
    assert_string_equal(e->text, src);
    e = transpile(src, true);
    assert_string_equal(e->text, arena_printf("#line 1 \"%s\"\n%s", e->unit->src.path, src));
}

static void emit_of_an_empty_file_is_empty_or_line_1(void **state)
{
    (void)state;
    struct emitted *e = transpile("", false);
    assert_int_equal(e->len, 0);
    assert_string_equal(e->text, "");
    e = transpile("", true);
    assert_string_equal(e->text, arena_printf("#line 1 \"%s\"\n", e->unit->src.path));
}

/* ---- one generator ------------------------------------------------------ */

static const char countdown_source[] =
    "#include <yieldc.h>\n"
    "\n"
    "GENERATOR(int) countdown(int n)\n"
    "{\n"
    "    int total = 0;\n"
    "    while (n > 0) {\n"
    "        int step = 1;\n"
    "        YIELD(n);\n"
    "        total += n;\n"
    "        n -= step;\n"
    "    }\n"
    "    int scratch = total;\n"
    "    (void)scratch;\n"
    "}\n"
    "\n"
    "int sum(void)\n"
    "{\n"
    "    int s = 0;\n"
    "    struct countdown_frame g = countdown(3);\n"
    "    int v;\n"
    "    while (yieldc_next(&g.it, &v) == YIELDC_VALUE)\n"
    "        s += v;\n"
    "    return s;\n"
    "}\n";

static void rewrite_of_a_generator_makes_edits(void **state)
{
    (void)state;
    struct emitted *e = transpile(countdown_source, false);
    assert_true(e->edits.len > 0);
    /* emit sorted them by position */
    for (size_t i = 1; i < e->edits.len; i++)
        assert_true(e->edits.items[i - 1].begin <= e->edits.items[i].begin);
}

static void emit_of_a_generator_defines_its_frame_struct(void **state)
{
    (void)state;
    struct emitted *e = transpile(countdown_source, false);
    assert_contains(e->text, "struct countdown_frame {\n    struct yieldc_iter it;\n    int n;\n");
    assert_contains(e->text, "    int total;\n");
    assert_contains(e->text, "    int step;\n");
    assert_lacks(e->text, "    int scratch;\n");
}

static void emit_of_a_generator_dispatches_each_resume_point(void **state)
{
    (void)state;
    struct emitted *e = transpile(countdown_source, false);
    /* one YIELD: tested first, on its own */
    assert_contains(e->text, "    if (YIELDC_LIKELY_(state == 1))\n        goto yieldc_resume_1;\n    switch (state) {\n");
    assert_lacks(e->text, "case 1:");
    assert_lacks(e->text, "case 2:");
    assert_contains(e->text, "yieldc_resume_1:;");
    assert_contains(e->text, "do { *(int *)out = (self->n); self->it.state = 1; return YIELDC_VALUE; "
                             "yieldc_resume_1:; } while (0);");
}

static void emit_of_a_generator_ends_the_resume_function_with_return_yieldc_end(void **state)
{
    (void)state;
    struct emitted *e = transpile(countdown_source, false);
    assert_contains(e->text, "    self->it.state = YIELDC_STATE_ENDED;\n    YIELDC_APART_();\n    return YIELDC_END;\n}\n");
    /* exported with the generator, so other files can call it directly */
    assert_contains(e->text, "\nenum yieldc_status countdown_resume(struct yieldc_iter *it, const void *in, "
                             "void *out)\n{\n");
    assert_contains(e->text, "static const struct yieldc_ops countdown_ops = {\n"
                             "    .next = countdown_resume, .value_size = sizeof(int), .name = \"countdown\"\n};");
}

static void emit_of_a_static_generator_defines_its_resume_static_inline(void **state)
{
    (void)state;
    struct emitted *e = transpile("#include <yieldc.h>\n"
                                  "static GENERATOR(int) two(void) { YIELD(1); YIELD(2); }\n", false);
    assert_contains(e->text, "\nstatic enum yieldc_status two_resume(struct yieldc_iter *it, const void *in, "
                             "void *out);\n");
    assert_contains(e->text, "\nstatic inline enum yieldc_status two_resume(struct yieldc_iter *it, const void *in, "
                             "void *out)\n{\n");
}

static void emit_of_a_generator_keeps_the_users_signature_for_the_constructor(void **state)
{
    (void)state;
    struct emitted *e = transpile(countdown_source, false);
    assert_contains(e->text, "struct countdown_frame countdown(int n)\n{\n");
    assert_contains(e->text, "struct countdown_frame self = { .it = YIELDC_ITER_INIT(&countdown_ops), .n = n };");
    assert_lacks(e->text, "GENERATOR(");
    assert_lacks(e->text, "YIELD(");
}

static void emit_rewrites_a_local_used_after_a_yield_to_self_member(void **state)
{
    (void)state;
    struct emitted *e = transpile(countdown_source, false);
    assert_contains(e->text, "self->total += self->n;");
    assert_contains(e->text, "self->n -= self->step;");
    /* the declaration became an assignment at the same place */
    assert_contains(e->text, "    self->total = 0;\n");
    assert_contains(e->text, "        self->step = 1;\n");
    assert_lacks(e->text, "int total = 0;");
}

static void emit_leaves_locals_that_do_not_cross_a_yield_alone(void **state)
{
    (void)state;
    struct emitted *e = transpile(countdown_source, false);
    assert_contains(e->text, "    int scratch = self->total;\n    (void)scratch;\n");
    /* the ordinary function is untouched */
    assert_contains(e->text, "int sum(void)\n{\n    int s = 0;\n    struct countdown_frame g = countdown(3);\n");
}

static void emit_without_line_directives_writes_no_line_directive(void **state)
{
    (void)state;
    struct emitted *e = transpile(countdown_source, false);
    assert_lacks(e->text, "#line");
}

static void emit_names_the_frame_pointer_self_when_self_is_taken(void **state)
{
    (void)state;
    struct emitted *e = transpile("#include <yieldc.h>\n"
                                  "GENERATOR(int) me(int self)\n"
                                  "{\n"
                                  "    YIELD(self);\n"
                                  "}\n",
                                  false);
    assert_contains(e->text, "struct me_frame *self_ = (struct me_frame *)(void *)it;");
    assert_contains(e->text, "*(int *)out = (self_->self);");
}

static void emit_of_a_generator_with_two_yields_dispatches_both_in_its_switch(void **state)
{
    (void)state;
    struct emitted *e = transpile("#include <yieldc.h>\n"
                                  "GENERATOR(int) two(void)\n"
                                  "{\n"
                                  "    YIELD(1);\n"
                                  "    YIELD(2);\n"
                                  "}\n",
                                  false);
    assert_lacks(e->text, "YIELDC_LIKELY_");
    assert_contains(e->text, "    switch (state) {\n    case YIELDC_STATE_START:\n        break;\n"
                             "    case 1: goto yieldc_resume_1;\n    case 2: goto yieldc_resume_2;\n");
}

static void emit_turns_a_generator_prototype_into_a_frame_returning_prototype(void **state)
{
    (void)state;
    struct emitted *e = transpile("#include <yieldc.h>\n"
                                  "GENERATOR(int) later(int n);\n"
                                  "GENERATOR(int) later(int n)\n"
                                  "{\n"
                                  "    YIELD(n);\n"
                                  "}\n",
                                  false);
    assert_contains(e->text, "\nstruct later_frame later(int n);\n");
}

static void emit_copies_an_array_initializer_into_the_frame_with_memcpy(void **state)
{
    (void)state;
    struct emitted *e = transpile("#include <yieldc.h>\n"
                                  "GENERATOR(int) arr(void)\n"
                                  "{\n"
                                  "    int v[3] = {1, 2, 3};\n"
                                  "    for (int i = 0; i < 3; i++)\n"
                                  "        YIELD(v[i]);\n"
                                  "}\n",
                                  false);
    assert_contains(e->text, "#include <string.h>\n");
    assert_contains(e->text, "    int v[3];\n");
    /* the declaration became a copy into the member, with a compound literal */
    assert_contains(e->text, "memcpy(YIELDC_UNQUALIFIED_(self->v), (int");
    assert_contains(e->text, "[3]){1, 2, 3}, sizeof self->v);");
    assert_lacks(e->text, "int v[3] = {1, 2, 3};");
    assert_contains(e->text, "for (self->i = 0; self->i < 3; self->i++)");
}

/* ---- emit_text with hand-made edits ------------------------------------- */

static struct unit *hand_unit(const char *path, const char *text)
{
    struct unit *unit = arena_alloc(sizeof *unit);
    unit->src.path = path;
    unit->src.text = text;
    unit->src.len = strlen(text);
    return unit;
}

static void add(struct edit_list *l, size_t begin, size_t end, const char *text, bool block)
{
    if (l->len == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        struct edit *items = arena_alloc(cap * sizeof *items);
        if (l->len)
            memcpy(items, l->items, l->len * sizeof *items);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len] = (struct edit){ begin, end, text, block, 0, (unsigned)l->len };
    l->len++;
}

static void emit_quotes_backslashes_and_quotes_in_the_line_directive_path(void **state)
{
    (void)state;
    struct unit *unit = hand_unit("dir\\we\"ird.c", "int x;\n");
    struct edit_list edits = edit_list_with_room();
    struct options *opts = unit_options(unit->src.path, true);
    size_t len;
    char *out = emit_text(unit, &edits, opts, &len);
    assert_string_equal(out, "#line 1 \"dir\\\\we\\\"ird.c\"\nint x;\n");
}

static void emit_inline_edit_restores_the_newlines_it_replaced(void **state)
{
    (void)state;
    const char *text = "a = f(1,\n      2);\nb;\n";
    struct unit *unit = hand_unit("in.c", text);
    struct edit_list edits = edit_list_with_room();
    size_t begin = (size_t)(strstr(text, "f(") - text), end = (size_t)(strstr(text, ");") - text) + 1;
    add(&edits, begin, end, "g()", false);
    size_t len;
    char *out = emit_text(unit, &edits, unit_options("in.c", false), &len);
    assert_string_equal(out, "a = g()\n;\nb;\n");
}

static void emit_applies_insertions_at_one_offset_in_creation_order(void **state)
{
    (void)state;
    const char *text = "x;\n";
    struct unit *unit = hand_unit("in.c", text);
    struct edit_list edits = edit_list_with_room();
    add(&edits, 1, 1, "B", false);
    add(&edits, 0, 0, "A", false);
    add(&edits, 1, 1, "C", false);
    size_t len;
    char *out = emit_text(unit, &edits, unit_options("in.c", false), &len);
    assert_string_equal(out, "AxBC;\n");
}

static void emit_applies_one_edit_given_twice_once(void **state)
{
    (void)state;
    const char *text = "M(v);\n";
    struct unit *unit = hand_unit("in.c", text);
    struct edit_list edits = edit_list_with_room();
    add(&edits, 2, 3, "self->v", false);
    add(&edits, 2, 3, "self->v", false);
    size_t len;
    char *out = emit_text(unit, &edits, unit_options("in.c", false), &len);
    assert_string_equal(out, "M(self->v);\n");
}

static void emit_block_edit_is_framed_by_line_directives_to_output_and_input(void **state)
{
    (void)state;
    const char *text = "one;\nHEAD two;\nthree;\n";
    struct unit *unit = hand_unit("in.c", text);
    struct edit_list edits = edit_list_with_room();
    size_t head = (size_t)(strstr(text, "HEAD") - text);
    add(&edits, head, head + 5, "gen1;\ngen2;\n", true);
    struct options *opts = unit_options("in.c", true);
    opts->output = "out.c";
    size_t len;
    char *out = emit_text(unit, &edits, opts, &len);
    assert_string_equal(out, "#line 1 \"in.c\"\n"
                             "one;\n"
                             "#line 4 \"out.c\"\n"
                             "gen1;\n"
                             "gen2;\n"
                             "#line 2 \"in.c\"\n"
                             "     two;\n"
                             "three;\n");
}

static void emit_block_edit_names_stdout_when_writing_to_standard_output(void **state)
{
    (void)state;
    const char *text = "a;\nb;\nc;\n";
    struct unit *unit = hand_unit("in.c", text);
    struct edit_list edits = edit_list_with_room();
    add(&edits, 3, 5, "G;", true);
    size_t len;
    char *out = emit_text(unit, &edits, unit_options("in.c", true), &len);
    assert_string_equal(out, "#line 1 \"in.c\"\na;\n#line 4 \"<stdout>\"\nG;\n#line 3 \"in.c\"\nc;\n");
}

static void emit_block_edit_without_line_directives_starts_and_ends_on_lines_of_its_own(void **state)
{
    (void)state;
    const char *text = "a; b; c;\n";
    struct unit *unit = hand_unit("in.c", text);
    struct edit_list edits = edit_list_with_room();
    add(&edits, 3, 5, "GEN", true);
    size_t len;
    char *out = emit_text(unit, &edits, unit_options("in.c", false), &len);
    /* back to the user's text at its column */
    assert_string_equal(out, "a; \nGEN\n      c;\n");
}

/* ---- #line directives across a file with several generators ------------- */

/*
 * Every line of this input ends with a marker comment naming its line
 * number, so the output shows which input line each output line came from.
 * The GENERATOR header lines' markers move into generated code.
 */
static const char *const multi_lines[] = {
    "#include <yieldc.h>",
    "#include <stdio.h>",
    "",
    "GENERATOR(int) later(int n);",
    "",
    "GENERATOR(int) countdown(int n)",
    "{",
    "    int total",
    "        = 0;",
    "    while (n > 0) {",
    "        total += n;",
    "        YIELD(n",
    "              * 1);",
    "        n--;",
    "    }",
    "    YIELD(total);",
    "}",
    "",
    "static GENERATOR(const char *) words(void) {",
    "    const char *w[3] = {\"a\", \"b\", \"c\"};",
    "    for (int i = 0; i < 3; i++)",
    "        YIELD(w[i]);",
    "}",
    "GENERATOR(int) one(void) { int k = 1; YIELD(k); YIELD(k + 1); }",
    "",
    "GENERATOR(int)",
    "doubled(int n)",
    "{",
    "    FOREACH (int v, countdown(n))",
    "        YIELD(v * 2);",
    "    FOREACH (int u, later(n)) {",
    "        int sq = u * u;",
    "        (void)sq;",
    "    }",
    "    return;",
    "}",
    "",
    "GENERATOR(int) later(int n)",
    "{",
    "    YIELD(n);",
    "}",
    "",
    "int main(void)",
    "{",
    "    FOREACH (int v, doubled(3))",
    "        printf(\"%d\\n\", v);",
    "    FOREACH (const char *s, words())",
    "        puts(s);",
    "    return 0;",
    "}",
};

#define MULTI_LINES (sizeof multi_lines / sizeof *multi_lines)

static const char *multi_source(void)
{
    struct buf b = {0};
    for (size_t i = 0; i < MULTI_LINES; i++)
        buf_printf(&b, "%s /*@%zu*/\n", multi_lines[i], i + 1);
    return b.data;
}

/* The markers ("/" "*@N*" "/") on one output line, in order; returns how many. */
static int markers_of(const char *line, size_t len, unsigned *found, int max)
{
    int n = 0;
    for (size_t i = 0; i + 3 < len; i++)
        if (strncmp(line + i, "/*@", 3) == 0 && n < max)
            found[n++] = (unsigned)strtoul(line + i + 3, NULL, 10);
    return n;
}

/*
 * Whether an output line that follows `#line n` comes from input line n:
 * emit pads the user's text back to its column, so the first non-blank
 * character of the output line is the input line's character at that
 * column (what follows may be rewritten). An empty output line matches an
 * empty input line only.
 */
static bool is_input_line(const char *line, size_t len, unsigned n)
{
    if (n < 1 || n > MULTI_LINES)
        return false;
    if (len == 1 && line[0] == '}')
        return true;    /* a resume function's end, put on its body's last line for debuggers */
    const char *in = arena_printf("%s /*@%u*/", multi_lines[n - 1], n);
    /* a line whose start was rewritten (a prototype's GENERATOR(T)) still ends in its marker */
    const char *marker = arena_printf("/*@%u*/", n);
    if (len >= strlen(marker) && strncmp(line + len - strlen(marker), marker, strlen(marker)) == 0)
        return true;
    size_t k = 0;
    while (k < len && line[k] == ' ')
        k++;
    if (k == len)
        return false;   /* every input line carries at least its marker */
    return k < strlen(in) && in[k] == line[k];
}

struct line_check {
    int input_directives, output_directives;
    unsigned marker_seen[MULTI_LINES + 2];
    unsigned last_input_line;
};

/*
 * Walk the output: after `#line N "input"` the next line must be input line
 * N (it carries marker N) and each later line the next input line, until
 * the next directive; after `#line N "<stdout>"` the next line must be
 * output line N.
 */
static void check_line_directives(const char *out, const char *input_path, struct line_check *lc)
{
    const char *quoted_input = arena_printf("\"%s\"", input_path);
    enum { NONE, INPUT, OUTPUT } mode = NONE;
    unsigned next_input = 0;
    unsigned out_line = 0;
    bool first_after_directive = false;
    memset(lc, 0, sizeof *lc);
    for (const char *p = out; *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        out_line++;
        if (strncmp(p, "#line ", 6) == 0) {
            char *rest;
            unsigned long n = strtoul(p + 6, &rest, 10);
            assert_int_equal(*rest, ' ');
            rest++;
            size_t path_len = len - (size_t)(rest - p);
            if (path_len == strlen(quoted_input) && strncmp(rest, quoted_input, path_len) == 0) {
                mode = INPUT;
                next_input = (unsigned)n;
                first_after_directive = true;
                lc->input_directives++;
            } else if (path_len == strlen("\"<stdout>\"") && strncmp(rest, "\"<stdout>\"", path_len) == 0) {
                mode = OUTPUT;
                if (n != out_line + 1)
                    fail_msg("output line %u: '#line %lu \"<stdout>\"' but the next line is %u",
                             out_line, n, out_line + 1);
                lc->output_directives++;
            } else {
                fail_msg("output line %u: #line with an unexpected path: %.*s", out_line, (int)len, p);
            }
        } else {
            unsigned found[8];
            int nm = markers_of(p, len, found, 8);
            if (mode == INPUT) {
                if (first_after_directive && !is_input_line(p, len, next_input))
                    fail_msg("output line %u follows '#line %u' but is not input line %u: %.*s",
                             out_line, next_input, next_input, (int)len, p);
                for (int k = 0; k < nm; k++) {
                    if (found[k] != next_input)
                        fail_msg("output line %u carries input line %u's marker but #line says %u: %.*s",
                                 out_line, found[k], next_input, (int)len, p);
                    lc->marker_seen[found[k]]++;
                }
                lc->last_input_line = next_input;
                next_input++;
            } else if (mode == NONE) {
                fail_msg("output line %u precedes every #line directive", out_line);
            }
            first_after_directive = false;
        }
        p = nl ? nl + 1 : p + len;
    }
}

static void emit_every_line_directive_of_a_multi_generator_file_names_the_line_that_follows(void **state)
{
    (void)state;
    struct emitted *e = transpile(multi_source(), true);
    struct line_check lc;
    check_line_directives(e->text, e->unit->src.path, &lc);
    /* one generated block before each of the five generator bodies and one
     * (the frame) before the prototype of the generator defined last, each
     * followed by a return to the input; after each body, the end of its
     * resume function, whose closing brace is put on the body's last line */
    assert_int_equal(lc.output_directives, 11);
    assert_int_equal(lc.input_directives, 17);
    assert_int_equal(lc.last_input_line, MULTI_LINES);
}

static void emit_keeps_every_marker_outside_generator_headers_in_the_input_lines(void **state)
{
    (void)state;
    struct emitted *e = transpile(multi_source(), true);
    struct line_check lc;
    check_line_directives(e->text, e->unit->src.path, &lc);
    for (size_t line = 1; line <= MULTI_LINES; line++) {
        const char *t = multi_lines[line - 1];
        bool header = (strstr(t, "GENERATOR(") != NULL && !strstr(t, ";"))  /* a definition's header */
                      || strcmp(t, "doubled(int n)") == 0;
        /* "int total /" "*@8*" "/\n        = " becomes "self->total = ": the
         * comment inside the rewritten declaration goes with it */
        bool inside_rewritten_declaration = strcmp(t, "    int total") == 0;
        if (header || inside_rewritten_declaration)
            continue;
        if (lc.marker_seen[line] != 1)
            fail_msg("marker of input line %zu (\"%s\") seen %u times in the input lines of the output",
                     line, t, lc.marker_seen[line]);
    }
}

static void emit_without_line_directives_keeps_the_multi_generator_text_but_no_directives(void **state)
{
    (void)state;
    struct emitted *e = transpile(multi_source(), false);
    assert_lacks(e->text, "#line");
    assert_contains(e->text, "struct countdown_frame {");
    assert_contains(e->text, "struct words_frame {");
    assert_contains(e->text, "struct one_frame {");
    assert_contains(e->text, "struct doubled_frame {");
    assert_contains(e->text, "struct later_frame {");
    assert_contains(e->text, "struct later_frame later(int n); /*@4*/");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rewrite_of_a_file_without_generator_or_foreach_makes_no_edits),
        cmocka_unit_test(emit_without_line_directives_copies_a_plain_file_byte_for_byte),
        cmocka_unit_test(emit_with_line_directives_adds_only_line_1_before_a_plain_file),
        cmocka_unit_test(emit_copies_a_plain_file_without_final_newline_exactly),
        cmocka_unit_test(emit_of_an_empty_file_is_empty_or_line_1),
        cmocka_unit_test(rewrite_of_a_generator_makes_edits),
        cmocka_unit_test(emit_of_a_generator_defines_its_frame_struct),
        cmocka_unit_test(emit_of_a_generator_dispatches_each_resume_point),
        cmocka_unit_test(emit_of_a_generator_with_two_yields_dispatches_both_in_its_switch),
        cmocka_unit_test(emit_of_a_generator_ends_the_resume_function_with_return_yieldc_end),
        cmocka_unit_test(emit_of_a_static_generator_defines_its_resume_static_inline),
        cmocka_unit_test(emit_of_a_generator_keeps_the_users_signature_for_the_constructor),
        cmocka_unit_test(emit_rewrites_a_local_used_after_a_yield_to_self_member),
        cmocka_unit_test(emit_leaves_locals_that_do_not_cross_a_yield_alone),
        cmocka_unit_test(emit_without_line_directives_writes_no_line_directive),
        cmocka_unit_test(emit_names_the_frame_pointer_self_when_self_is_taken),
        cmocka_unit_test(emit_turns_a_generator_prototype_into_a_frame_returning_prototype),
        cmocka_unit_test(emit_copies_an_array_initializer_into_the_frame_with_memcpy),
        cmocka_unit_test(emit_quotes_backslashes_and_quotes_in_the_line_directive_path),
        cmocka_unit_test(emit_inline_edit_restores_the_newlines_it_replaced),
        cmocka_unit_test(emit_applies_insertions_at_one_offset_in_creation_order),
        cmocka_unit_test(emit_applies_one_edit_given_twice_once),
        cmocka_unit_test(emit_block_edit_is_framed_by_line_directives_to_output_and_input),
        cmocka_unit_test(emit_block_edit_names_stdout_when_writing_to_standard_output),
        cmocka_unit_test(emit_block_edit_without_line_directives_starts_and_ends_on_lines_of_its_own),
        cmocka_unit_test(emit_every_line_directive_of_a_multi_generator_file_names_the_line_that_follows),
        cmocka_unit_test(emit_keeps_every_marker_outside_generator_headers_in_the_input_lines),
        cmocka_unit_test(emit_without_line_directives_keeps_the_multi_generator_text_but_no_directives),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    parse_release();     /* the last unit's translation unit */
    arena_free_all();
    return failed;
}
