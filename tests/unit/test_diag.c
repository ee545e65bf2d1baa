/*
 * test_diag.c - diag.c: offsets to line and column; `path:line:col: error:`
 * messages with the source line and a caret; the error count.
 *
 * error_at and diag_print write to stderr: each test that reads them sends
 * stderr to a temporary file (dup2) and reads it back. The error count is
 * global and never resets, so tests compare it before and after.
 */
#define _DEFAULT_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "unit_support.h"

#include <string.h>

static struct source *make_source(const char *path, const char *text)
{
    struct source *src = arena_alloc(sizeof *src);
    src->path = path;
    src->text = text;
    src->len = strlen(text);
    return src;
}

/* ---- skip_comment_or_literal --------------------------------------------- */

static size_t skip_in(const char *text, size_t i)
{
    return skip_comment_or_literal(text, i, strlen(text));
}

static void skip_comment_or_literal_passes_comments_and_literals(void **state)
{
    (void)state;
    assert_int_equal(skip_in("/* a */x", 0), 7);
    assert_int_equal(skip_in("// a\nx", 0), 4);               /* to the newline, which is not part of it */
    assert_int_equal(skip_in("\"a\\\"b\"x", 0), 6);          /* "a\"b": the escaped quote stays inside */
    assert_int_equal(skip_in("'\\''x", 0), 4);
}

static void skip_comment_or_literal_leaves_other_text_where_it_is(void **state)
{
    (void)state;
    assert_int_equal(skip_in("a / b", 2), 2);
    assert_int_equal(skip_in("x", 0), 0);
}

static void skip_comment_or_literal_stops_at_the_end_of_unterminated_ones(void **state)
{
    (void)state;
    assert_int_equal(skip_in("/* open", 0), 7);
    assert_int_equal(skip_in("\"open", 0), 5);
    assert_int_equal(skip_in("\"line\nnext\"", 0), 6);      /* a literal does not go past its line */
}

/* ---- source_line_col ---------------------------------------------------- */

static void assert_line_col(const struct source *src, size_t offset, unsigned line, unsigned col)
{
    unsigned l = 0, c = 0;
    source_line_col(src, offset, &l, &c);
    if (l != line || c != col)
        fail_msg("offset %zu: got %u:%u, expected %u:%u", offset, l, c, line, col);
}

static void source_line_col_on_the_first_line_counts_columns_from_one(void **state)
{
    (void)state;
    const struct source *src = make_source("a.c", "int x;\nint y;\n");
    assert_line_col(src, 0, 1, 1);
    assert_line_col(src, 1, 1, 2);
    assert_line_col(src, 4, 1, 5);
    assert_line_col(src, 5, 1, 6);
}

static void source_line_col_puts_the_newline_itself_at_the_end_of_its_line(void **state)
{
    (void)state;
    const struct source *src = make_source("a.c", "int x;\nint y;\n");
    assert_line_col(src, 6, 1, 7);     /* the '\n' of line 1 */
    assert_line_col(src, 13, 2, 7);    /* the '\n' of line 2 */
}

static void source_line_col_after_newlines_starts_each_line_at_column_one(void **state)
{
    (void)state;
    const struct source *src = make_source("a.c", "ab\ncd\n\nefg");
    assert_line_col(src, 3, 2, 1);
    assert_line_col(src, 4, 2, 2);
    assert_line_col(src, 6, 3, 1);     /* an empty line */
    assert_line_col(src, 7, 4, 1);
    assert_line_col(src, 9, 4, 3);
}

static void source_line_col_at_the_end_of_text_without_final_newline(void **state)
{
    (void)state;
    const struct source *src = make_source("a.c", "ab\ncd\n\nefg");
    assert_line_col(src, 10, 4, 4);    /* one past the last byte */
}

static void source_line_col_at_the_end_of_text_with_final_newline_is_a_new_line(void **state)
{
    (void)state;
    const struct source *src = make_source("a.c", "x\ny\n");
    assert_line_col(src, 4, 3, 1);
}

static void source_line_col_of_empty_text_is_line_one_column_one(void **state)
{
    (void)state;
    const struct source *src = make_source("a.c", "");
    assert_line_col(src, 0, 1, 1);
}

static void source_line_col_counts_a_tab_as_one_column(void **state)
{
    (void)state;
    const struct source *src = make_source("a.c", "\t\tYIELD(1);\n");
    assert_line_col(src, 2, 1, 3);
}

/* ---- error_at ----------------------------------------------------------- */

static void error_at_prints_location_message_source_line_and_caret(void **state)
{
    (void)state;
    const struct source *src = make_source("dir/gen.c", "int f(void)\n{\n    x = YIELD(n);\n}\n");
    diag_set_source(src);
    size_t offset = (size_t)(strstr(src->text, "YIELD") - src->text);
    struct unit_capture c;
    unit_capture_begin(&c);
    error_at(offset, "YIELD used inside an expression; %s %d", "code", 7);
    char *out = unit_capture_end(&c);
    assert_string_equal(out, "dir/gen.c:3:9: error: YIELD used inside an expression; code 7\n"
                             "    x = YIELD(n);\n"
                             "        ^\n");
}

static void error_at_column_one_puts_the_caret_first(void **state)
{
    (void)state;
    const struct source *src = make_source("a.c", "first\nsecond line\n");
    diag_set_source(src);
    struct unit_capture c;
    unit_capture_begin(&c);
    error_at(6, "bad");
    char *out = unit_capture_end(&c);
    assert_string_equal(out, "a.c:2:1: error: bad\nsecond line\n^\n");
}

static void error_at_on_the_first_line(void **state)
{
    (void)state;
    const struct source *src = make_source("a.c", "YIELD(1);\nint x;\n");
    diag_set_source(src);
    struct unit_capture c;
    unit_capture_begin(&c);
    error_at(0, "stray");
    char *out = unit_capture_end(&c);
    assert_string_equal(out, "a.c:1:1: error: stray\nYIELD(1);\n^\n");
}

static void error_at_on_a_last_line_without_newline_prints_the_whole_line(void **state)
{
    (void)state;
    const struct source *src = make_source("a.c", "int a;\nint bad = 1;");
    diag_set_source(src);
    size_t offset = (size_t)(strstr(src->text, "bad") - src->text);
    struct unit_capture c;
    unit_capture_begin(&c);
    error_at(offset, "here");
    char *out = unit_capture_end(&c);
    assert_string_equal(out, "a.c:2:5: error: here\nint bad = 1;\n    ^\n");
}

static void error_at_keeps_tabs_in_the_caret_line_so_the_caret_lines_up(void **state)
{
    (void)state;
    const struct source *src = make_source("t.c", "{\n\tif (c)\tYIELD(v);\n}\n");
    diag_set_source(src);
    size_t offset = (size_t)(strstr(src->text, "YIELD") - src->text);
    struct unit_capture c;
    unit_capture_begin(&c);
    error_at(offset, "m");
    char *out = unit_capture_end(&c);
    assert_string_equal(out, "t.c:2:9: error: m\n\tif (c)\tYIELD(v);\n\t      \t^\n");
}

static void error_at_increments_error_count_by_one_per_error(void **state)
{
    (void)state;
    const struct source *src = make_source("a.c", "int x;\n");
    diag_set_source(src);
    int before = error_count();
    struct unit_capture c;
    unit_capture_begin(&c);
    error_at(4, "one");
    error_at(4, "two");
    error_at(0, "three");
    unit_capture_end(&c);
    assert_int_equal(error_count(), before + 3);
}

static void error_at_with_a_long_message_is_truncated_not_overflowed(void **state)
{
    (void)state;
    const struct source *src = make_source("a.c", "int x;\n");
    diag_set_source(src);
    char *big = arena_alloc(3001);
    memset(big, 'm', 3000);
    struct unit_capture c;
    unit_capture_begin(&c);
    error_at(0, "%s", big);
    char *out = unit_capture_end(&c);
    assert_true(strncmp(out, "a.c:1:1: error: mmm", 19) == 0);
    assert_non_null(strstr(out, "\nint x;\n^\n"));
}

/* ---- diag_print --------------------------------------------------------- */

static void diag_print_without_line_prints_path_severity_and_message_only(void **state)
{
    (void)state;
    int before = error_count();
    struct unit_capture c;
    unit_capture_begin(&c);
    diag_print("/usr/include/x.h", 0, 0, "error", "unknown type name 'foo'", NULL, 0);
    char *out = unit_capture_end(&c);
    assert_string_equal(out, "/usr/include/x.h: error: unknown type name 'foo'\n");
    assert_int_equal(error_count(), before + 1);
}

static void diag_print_with_line_but_no_text_prints_no_caret(void **state)
{
    (void)state;
    struct unit_capture c;
    unit_capture_begin(&c);
    diag_print("h.h", 4, 2, "error", "msg", NULL, 0);
    char *out = unit_capture_end(&c);
    assert_string_equal(out, "h.h:4:2: error: msg\n");
}

static void diag_print_of_a_warning_does_not_count_as_an_error(void **state)
{
    (void)state;
    int before = error_count();
    struct unit_capture c;
    unit_capture_begin(&c);
    diag_print("a.c", 1, 3, "warning", "w", "abcdef", 6);
    char *out = unit_capture_end(&c);
    assert_string_equal(out, "a.c:1:3: warning: w\nabcdef\n  ^\n");
    assert_int_equal(error_count(), before);
}

static void diag_print_uses_only_line_len_bytes_of_the_line_text(void **state)
{
    (void)state;
    struct unit_capture c;
    unit_capture_begin(&c);
    diag_print("a.c", 2, 4, "error", "e", "abcdef\nrest", 6);
    char *out = unit_capture_end(&c);
    assert_string_equal(out, "a.c:2:4: error: e\nabcdef\n   ^\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(skip_comment_or_literal_passes_comments_and_literals),
        cmocka_unit_test(skip_comment_or_literal_leaves_other_text_where_it_is),
        cmocka_unit_test(skip_comment_or_literal_stops_at_the_end_of_unterminated_ones),
        cmocka_unit_test(source_line_col_on_the_first_line_counts_columns_from_one),
        cmocka_unit_test(source_line_col_puts_the_newline_itself_at_the_end_of_its_line),
        cmocka_unit_test(source_line_col_after_newlines_starts_each_line_at_column_one),
        cmocka_unit_test(source_line_col_at_the_end_of_text_without_final_newline),
        cmocka_unit_test(source_line_col_at_the_end_of_text_with_final_newline_is_a_new_line),
        cmocka_unit_test(source_line_col_of_empty_text_is_line_one_column_one),
        cmocka_unit_test(source_line_col_counts_a_tab_as_one_column),
        cmocka_unit_test(error_at_prints_location_message_source_line_and_caret),
        cmocka_unit_test(error_at_column_one_puts_the_caret_first),
        cmocka_unit_test(error_at_on_the_first_line),
        cmocka_unit_test(error_at_on_a_last_line_without_newline_prints_the_whole_line),
        cmocka_unit_test(error_at_keeps_tabs_in_the_caret_line_so_the_caret_lines_up),
        cmocka_unit_test(error_at_increments_error_count_by_one_per_error),
        cmocka_unit_test(error_at_with_a_long_message_is_truncated_not_overflowed),
        cmocka_unit_test(diag_print_without_line_prints_path_severity_and_message_only),
        cmocka_unit_test(diag_print_with_line_but_no_text_prints_no_caret),
        cmocka_unit_test(diag_print_of_a_warning_does_not_count_as_an_error),
        cmocka_unit_test(diag_print_uses_only_line_len_bytes_of_the_line_text),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    arena_free_all();
    return failed;
}
