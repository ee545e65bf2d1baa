/*
 * test_analyze.c - analyze.c: which variables live in the frame, the names
 * of their members and of the resume function's own variables, and the
 * rules that make analyze_unit fail.
 *
 * The frame rule: parameters always live in the frame, static locals never;
 * a local does when a YIELD in its scope (after its declaration) can be
 * followed by a read of it. Aggregates and locals whose address is taken
 * count as read whenever such a YIELD exists; other scalars need a read
 * after the YIELD's text, or in a loop that holds the YIELD but not the
 * declaration. The sources below read their locals after the YIELD where
 * the test is about something else.
 *
 * The error count is global and never resets, and analyze_unit gives up
 * early (before deciding frames) once any error has been reported in the
 * process. So the tests that expect errors run last, each comparing the
 * count before and after, and every test before them leaves it unchanged.
 */
#define _DEFAULT_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "unit_support.h"

/* Parse and analyze `text`, which must be free of errors. */
static struct unit *analyzed(const char *text)
{
    struct unit *unit = unit_parse_text(text, true, NULL);
    assert_non_null(unit);
    assert_null(unit->clang_errors);
    int before = error_count();
    assert_true(analyze_unit(unit));
    assert_int_equal(error_count(), before);
    return unit;
}

static struct var *local_nth(const struct function *fn, const char *name, int nth)
{
    struct var *v = unit_var_nth(fn->locals, name, nth);
    if (!v)
        fail_msg("no local '%s' #%d in '%s'", name, nth, fn->name);
    return v;
}

static struct var *local(const struct function *fn, const char *name)
{
    return local_nth(fn, name, 0);
}

static struct var *param(const struct function *fn, const char *name)
{
    struct var *v = unit_var(fn->params, name);
    if (!v)
        fail_msg("no parameter '%s' in '%s'", name, fn->name);
    return v;
}

static void assert_in_frame_as(const struct var *v, const char *field)
{
    if (!v->in_frame)
        fail_msg("'%s' should live in the frame", v->name);
    assert_non_null(v->field);
    assert_string_equal(v->field, field);
}

static void assert_not_in_frame(const struct var *v)
{
    if (v->in_frame)
        fail_msg("'%s' should not live in the frame (field '%s')", v->name, v->field ? v->field : "");
    assert_null(v->field);
}

/* ---- what lives in the frame -------------------------------------------- */

static const char frame_source[] =
    "#include <yieldc.h>\n"
    "\n"
    "GENERATOR(int) g(int n, int unused)\n"
    "{\n"
    "    int before = n;\n"
    "    static int calls;\n"
    "    while (n > 0) {\n"
    "        int t = n * 2;\n"
    "        YIELD(t + before);\n"
    "        int t2 = t + 1;\n"
    "        n -= t2 - t;\n"
    "    }\n"
    "    {\n"
    "        int plain_block = 3;\n"
    "        calls += plain_block;\n"
    "    }\n"
    "    for (int i = 0; i < 3; i++)\n"
    "        YIELD(i);\n"
    "    int after = 2;\n"
    "    calls += after;\n"
    "}\n";

static void analyze_local_declared_before_a_yield_in_its_scope_is_in_frame(void **state)
{
    (void)state;
    struct unit *unit = analyzed(frame_source);
    struct function *fn = function_named(unit, "g");
    assert_in_frame_as(local(fn, "before"), "before");
    assert_in_frame_as(local(fn, "t"), "t");
}

static void analyze_scalar_read_only_before_its_yield_is_not_in_frame(void **state)
{
    (void)state;
    struct unit *unit = analyzed("#include <yieldc.h>\n"
                                 "GENERATOR(int) once(int n)\n"
                                 "{\n"
                                 "    int k = n * 2;\n"
                                 "    YIELD(k);\n"
                                 "    k = 5;\n"          /* a write, not a read */
                                 "    YIELD(n);\n"
                                 "}\n");
    struct function *fn = function_named(unit, "once");
    assert_not_in_frame(local(fn, "k"));
}

static void analyze_scalar_read_after_a_yield_is_in_frame(void **state)
{
    (void)state;
    struct unit *unit = analyzed("#include <yieldc.h>\n"
                                 "GENERATOR(int) twice(int n)\n"
                                 "{\n"
                                 "    int k = n * 2;\n"
                                 "    YIELD(n);\n"
                                 "    YIELD(k);\n"
                                 "}\n");
    struct function *fn = function_named(unit, "twice");
    assert_in_frame_as(local(fn, "k"), "k");
}

static void analyze_array_declared_before_a_yield_is_in_frame_even_if_not_read_after(void **state)
{
    (void)state;
    struct unit *unit = analyzed("#include <yieldc.h>\n"
                                 "GENERATOR(int) agg(void)\n"
                                 "{\n"
                                 "    int a[2] = {1, 2};\n"
                                 "    YIELD(a[0]);\n"
                                 "    YIELD(9);\n"
                                 "}\n");
    struct function *fn = function_named(unit, "agg");
    struct var *a = local(fn, "a");
    assert_true(a->is_array);
    assert_false(a->is_scalar);
    assert_in_frame_as(a, "a");
}

static void analyze_scalar_whose_address_is_taken_before_a_yield_is_in_frame(void **state)
{
    (void)state;
    struct unit *unit = analyzed("#include <yieldc.h>\n"
                                 "GENERATOR(int) addr(void)\n"
                                 "{\n"
                                 "    int k = 1;\n"
                                 "    int *p = &k;\n"
                                 "    YIELD(*p);\n"
                                 "    YIELD(2);\n"
                                 "}\n");
    struct function *fn = function_named(unit, "addr");
    assert_in_frame_as(local(fn, "k"), "k");
    assert_not_in_frame(local(fn, "p"));
}

static void analyze_for_init_local_with_a_yield_in_the_loop_is_in_frame(void **state)
{
    (void)state;
    struct unit *unit = analyzed(frame_source);
    struct function *fn = function_named(unit, "g");
    assert_in_frame_as(local(fn, "i"), "i");
}

static void analyze_local_declared_after_the_last_yield_of_its_block_is_not_in_frame(void **state)
{
    (void)state;
    struct unit *unit = analyzed(frame_source);
    struct function *fn = function_named(unit, "g");
    assert_not_in_frame(local(fn, "t2"));       /* after the loop body's YIELD */
    assert_not_in_frame(local(fn, "after"));    /* after the function's last YIELD */
}

static void analyze_local_in_a_block_without_yield_is_not_in_frame(void **state)
{
    (void)state;
    struct unit *unit = analyzed(frame_source);
    struct function *fn = function_named(unit, "g");
    assert_not_in_frame(local(fn, "plain_block"));
}

static void analyze_parameters_are_always_in_frame(void **state)
{
    (void)state;
    struct unit *unit = analyzed(frame_source);
    struct function *fn = function_named(unit, "g");
    assert_in_frame_as(param(fn, "n"), "n");
    assert_in_frame_as(param(fn, "unused"), "unused");
}

static void analyze_parameters_are_in_frame_even_without_any_yield(void **state)
{
    (void)state;
    struct unit *unit = analyzed("#include <yieldc.h>\n"
                                 "GENERATOR(int) none(int a, const char *s)\n"
                                 "{\n"
                                 "    int local = a;\n"
                                 "    (void)s;\n"
                                 "    (void)local;\n"
                                 "}\n");
    struct function *fn = function_named(unit, "none");
    assert_int_equal(fn->nyields, 0);
    assert_in_frame_as(param(fn, "a"), "a");
    assert_in_frame_as(param(fn, "s"), "s");
    assert_not_in_frame(local(fn, "local"));
}

static void analyze_static_locals_are_never_in_frame(void **state)
{
    (void)state;
    struct unit *unit = analyzed(frame_source);
    struct function *fn = function_named(unit, "g");
    struct var *calls = local(fn, "calls");
    assert_true(calls->is_static);
    assert_not_in_frame(calls);
}

static void analyze_counts_the_yields_of_a_generator(void **state)
{
    (void)state;
    struct unit *unit = analyzed(frame_source);
    assert_int_equal(function_named(unit, "g")->nyields, 2);
}

/* Only a body that calls something can be re-entered: only its resume marks it running. */
static void analyze_finds_the_generators_that_call_out(void **state)
{
    (void)state;
    struct unit *unit = analyzed("#include <yieldc.h>\n"
                                 "int step(int);\n"
                                 "GENERATOR(int) pure(int n) { for (int i = 0; i < n; i++) YIELD(i * 2); }\n"
                                 "GENERATOR(int) calls(int n) { YIELD(step(n)); }\n"
                                 "GENERATOR(int) defers(int n) { DEFER(step(n)); YIELD(n); }\n"
                                 "GENERATOR(int) delegates(int n) { YIELD_FROM(pure(n)); }\n"
                                 "GENERATOR(int) loops(int n) { FOREACH (int v, pure(n)) YIELD(v); }\n"
                                 "GENERATOR(int) by_pointer(int (*f)(int)) { YIELD(f(1)); }\n");
    assert_false(function_named(unit, "pure")->calls_out);
    assert_true(function_named(unit, "calls")->calls_out);
    assert_true(function_named(unit, "defers")->calls_out);
    assert_true(function_named(unit, "delegates")->calls_out);
    assert_true(function_named(unit, "loops")->calls_out);
    assert_true(function_named(unit, "by_pointer")->calls_out);
}

static void analyze_leaves_ordinary_functions_without_frame(void **state)
{
    (void)state;
    struct unit *unit = analyzed("int plain(int a)\n"
                                 "{\n"
                                 "    int b = a + 1;\n"
                                 "    return b;\n"
                                 "}\n");
    struct function *fn = function_named(unit, "plain");
    assert_false(fn->is_generator);
    assert_not_in_frame(param(fn, "a"));
    assert_not_in_frame(local(fn, "b"));
}

static void analyze_foreach_variable_with_a_yield_in_the_body_is_in_frame(void **state)
{
    (void)state;
    struct unit *unit = analyzed("#include <yieldc.h>\n"
                                 "GENERATOR(int) inner(int n)\n"
                                 "{\n"
                                 "    while (n-- > 0)\n"
                                 "        YIELD(n);\n"
                                 "}\n"
                                 "GENERATOR(int) outer(void)\n"
                                 "{\n"
                                 "    int sum = 0;\n"
                                 "    FOREACH (int v, inner(3)) {\n"
                                 "        YIELD(v * 10);\n"
                                 "        sum += v;\n"
                                 "    }\n"
                                 "    FOREACH (int w, inner(2)) {\n"
                                 "        int sq = w * w;\n"
                                 "        sum += sq;\n"
                                 "    }\n"
                                 "}\n");
    struct function *fn = function_named(unit, "outer");
    assert_in_frame_as(local(fn, "sum"), "sum");
    assert_in_frame_as(local(fn, "v"), "v");
    assert_not_in_frame(local(fn, "w"));
    assert_not_in_frame(local(fn, "sq"));
}

/* ---- member names ------------------------------------------------------- */

static void analyze_shadowed_locals_get_distinct_fields(void **state)
{
    (void)state;
    struct unit *unit = analyzed("#include <yieldc.h>\n"
                                 "GENERATOR(int) sh(void)\n"
                                 "{\n"
                                 "    int x = 1;\n"
                                 "    YIELD(0);\n"
                                 "    {\n"
                                 "        int x = 2;\n"
                                 "        YIELD(0);\n"
                                 "        YIELD(x);\n"
                                 "    }\n"
                                 "    YIELD(x);\n"
                                 "}\n");
    struct function *fn = function_named(unit, "sh");
    assert_in_frame_as(local_nth(fn, "x", 0), "x");
    assert_in_frame_as(local_nth(fn, "x", 1), "x_2");
}

static void analyze_local_shadowing_a_parameter_gets_a_distinct_field(void **state)
{
    (void)state;
    struct unit *unit = analyzed("#include <yieldc.h>\n"
                                 "GENERATOR(int) sp(int x)\n"
                                 "{\n"
                                 "    YIELD(x);\n"
                                 "    {\n"
                                 "        int x = 5;\n"
                                 "        YIELD(0);\n"
                                 "        {\n"
                                 "            int x = 6;\n"
                                 "            YIELD(0);\n"
                                 "            YIELD(x);\n"
                                 "        }\n"
                                 "        YIELD(x);\n"
                                 "    }\n"
                                 "}\n");
    struct function *fn = function_named(unit, "sp");
    assert_in_frame_as(param(fn, "x"), "x");
    assert_in_frame_as(local_nth(fn, "x", 0), "x_2");
    assert_in_frame_as(local_nth(fn, "x", 1), "x_3");
}

static void analyze_fields_stay_distinct_when_a_local_is_named_like_a_generated_field(void **state)
{
    (void)state;
    struct unit *unit = analyzed("#include <yieldc.h>\n"
                                 "GENERATOR(int) clash(void)\n"
                                 "{\n"
                                 "    int x = 1;\n"
                                 "    int it = 7;\n"
                                 "    YIELD(0);\n"
                                 "    {\n"
                                 "        int x = 2;\n"
                                 "        YIELD(0);\n"
                                 "        YIELD(x);\n"
                                 "    }\n"
                                 "    int x_2 = 3;\n"
                                 "    YIELD(0);\n"
                                 "    YIELD(x + it + x_2);\n"
                                 "}\n");
    struct function *fn = function_named(unit, "clash");
    /* `it` is the frame's iterator header */
    assert_in_frame_as(local(fn, "it"), "it_2");
    /* every member name differs from every other and from `it` */
    const char *fields[8];
    int n = 0;
    for (struct var *v = fn->locals; v; v = v->next)
        if (v->in_frame) {
            assert_true(n < 8);
            assert_string_not_equal(v->field, "it");
            for (int k = 0; k < n; k++)
                assert_string_not_equal(v->field, fields[k]);
            fields[n++] = v->field;
        }
    assert_int_equal(n, 4);
}

/* ---- names of the resume function's variables ---------------------------- */

static void analyze_uses_self_it_out_state_when_the_user_does_not(void **state)
{
    (void)state;
    struct unit *unit = analyzed(frame_source);
    struct function *fn = function_named(unit, "g");
    assert_string_equal(fn->self, "self");
    assert_string_equal(fn->it, "it");
    assert_string_equal(fn->out, "out");
    assert_string_equal(fn->state, "state");
}

static void analyze_user_identifier_self_makes_the_frame_pointer_self_(void **state)
{
    (void)state;
    struct unit *unit = analyzed("#include <yieldc.h>\n"
                                 "GENERATOR(int) me(int self)\n"
                                 "{\n"
                                 "    YIELD(self);\n"
                                 "}\n");
    struct function *fn = function_named(unit, "me");
    assert_string_equal(fn->self, "self_");
    assert_in_frame_as(param(fn, "self"), "self");
}

static void analyze_adds_underscores_until_the_name_is_unused(void **state)
{
    (void)state;
    struct unit *unit = analyzed("#include <yieldc.h>\n"
                                 "GENERATOR(int) busy(int self, int self_, int out, int state)\n"
                                 "{\n"
                                 "    int it = self + self_ + out + state;\n"
                                 "    YIELD(it);\n"
                                 "}\n");
    struct function *fn = function_named(unit, "busy");
    assert_string_equal(fn->self, "self__");
    assert_string_equal(fn->it, "it_");
    assert_string_equal(fn->out, "out_");
    assert_string_equal(fn->state, "state_");
}

static void analyze_names_of_one_generator_do_not_depend_on_another(void **state)
{
    (void)state;
    struct unit *unit = analyzed("#include <yieldc.h>\n"
                                 "GENERATOR(int) first(int self)\n"
                                 "{\n"
                                 "    YIELD(self);\n"
                                 "}\n"
                                 "GENERATOR(int) second(int n)\n"
                                 "{\n"
                                 "    YIELD(n);\n"
                                 "}\n");
    assert_string_equal(function_named(unit, "first")->self, "self_");
    assert_string_equal(function_named(unit, "second")->self, "self");
}

/* ---- failures (last: see the top of the file) ---------------------------- */

/* Parse `text`, analyze it expecting failure; return what it printed. */
static char *analyze_failing(const char *text, int *errors_added)
{
    struct unit *unit = unit_parse_text(text, true, NULL);
    assert_non_null(unit);
    int before = error_count();
    struct unit_capture c;
    unit_capture_begin(&c);
    bool ok = analyze_unit(unit);
    char *out = unit_capture_end(&c);
    assert_false(ok);
    *errors_added = error_count() - before;
    return out;
}

static void analyze_fails_for_yield_used_as_a_value_without_a_sent_type(void **state)
{
    (void)state;
    int added;
    char *out = analyze_failing("#include <yieldc.h>\n"
                                "GENERATOR(int) bad(void)\n"
                                "{\n"
                                "    int x;\n"
                                "    x = YIELD(1);\n"
                                "    (void)x;\n"
                                "}\n",
                                &added);
    assert_true(added >= 1);
    assert_non_null(strstr(out, ":5:9: error: YIELD's value is used, but generator 'bad' receives none"));
    assert_non_null(strstr(out, "\n    x = YIELD(1);\n        ^\n"));
}

static void analyze_fails_for_yield_in_a_function_that_is_not_a_generator(void **state)
{
    (void)state;
    int added;
    char *out = analyze_failing("#include <yieldc.h>\n"
                                "int plain(void)\n"
                                "{\n"
                                "    YIELD(1);\n"
                                "    return 0;\n"
                                "}\n",
                                &added);
    assert_int_equal(added, 1);
    assert_non_null(strstr(out, ":4:5: error: YIELD in function 'plain', which is not a generator"));
}

static void analyze_fails_for_a_generator_that_returns_a_value(void **state)
{
    (void)state;
    int added;
    char *out = analyze_failing("#include <yieldc.h>\n"
                                "GENERATOR(int) r(void)\n"
                                "{\n"
                                "    YIELD(1);\n"
                                "    return 2;\n"
                                "}\n",
                                &added);
    assert_int_equal(added, 1);
    assert_non_null(strstr(out, ":5:5: error: generator 'r' returns a value"));
}

static void analyze_fails_for_a_yield_at_file_scope(void **state)
{
    (void)state;
    int added;
    char *out = analyze_failing("#include <yieldc.h>\n"
                                "int g = YIELD(1);\n",
                                &added);
    assert_true(added >= 1);
    assert_non_null(strstr(out, ":2:9: error: YIELD used outside a function body"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(analyze_local_declared_before_a_yield_in_its_scope_is_in_frame),
        cmocka_unit_test(analyze_scalar_read_only_before_its_yield_is_not_in_frame),
        cmocka_unit_test(analyze_scalar_read_after_a_yield_is_in_frame),
        cmocka_unit_test(analyze_array_declared_before_a_yield_is_in_frame_even_if_not_read_after),
        cmocka_unit_test(analyze_scalar_whose_address_is_taken_before_a_yield_is_in_frame),
        cmocka_unit_test(analyze_for_init_local_with_a_yield_in_the_loop_is_in_frame),
        cmocka_unit_test(analyze_local_declared_after_the_last_yield_of_its_block_is_not_in_frame),
        cmocka_unit_test(analyze_local_in_a_block_without_yield_is_not_in_frame),
        cmocka_unit_test(analyze_parameters_are_always_in_frame),
        cmocka_unit_test(analyze_parameters_are_in_frame_even_without_any_yield),
        cmocka_unit_test(analyze_static_locals_are_never_in_frame),
        cmocka_unit_test(analyze_counts_the_yields_of_a_generator),
        cmocka_unit_test(analyze_finds_the_generators_that_call_out),
        cmocka_unit_test(analyze_leaves_ordinary_functions_without_frame),
        cmocka_unit_test(analyze_foreach_variable_with_a_yield_in_the_body_is_in_frame),
        cmocka_unit_test(analyze_shadowed_locals_get_distinct_fields),
        cmocka_unit_test(analyze_local_shadowing_a_parameter_gets_a_distinct_field),
        cmocka_unit_test(analyze_fields_stay_distinct_when_a_local_is_named_like_a_generated_field),
        cmocka_unit_test(analyze_uses_self_it_out_state_when_the_user_does_not),
        cmocka_unit_test(analyze_user_identifier_self_makes_the_frame_pointer_self_),
        cmocka_unit_test(analyze_adds_underscores_until_the_name_is_unused),
        cmocka_unit_test(analyze_names_of_one_generator_do_not_depend_on_another),
        /* these report errors: keep them after every test that needs none */
        cmocka_unit_test(analyze_fails_for_yield_used_as_a_value_without_a_sent_type),
        cmocka_unit_test(analyze_fails_for_yield_in_a_function_that_is_not_a_generator),
        cmocka_unit_test(analyze_fails_for_a_generator_that_returns_a_value),
        cmocka_unit_test(analyze_fails_for_a_yield_at_file_scope),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    parse_release();     /* the last unit's translation unit */
    arena_free_all();
    return failed;
}
