/*
 * test_expand.c - expand.c: macro invocations expanded as the C
 * preprocessor expands them (the standard's examples of 6.10.3.5 among
 * them), with yieldc's pseudo-keywords kept.
 *
 * Macros are written as `#define` lines are (without `#define`) and
 * tokenized by the small lexer below; an expansion's text is compared
 * with the expected text, spaces normalized.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "tool.h"

#include <ctype.h>
#include <string.h>

/* ---- a lexer for the tests' macro texts -------------------------------- */

static struct pp_token *lex(const char *text, size_t *n)
{
    struct pp_token *t = arena_alloc((strlen(text) + 1) * sizeof *t);
    size_t k = 0;
    static const char *const puncts[] = { "...", "##", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=",
                                          "&&", "||", "+=", "-=", "*=", "/=", NULL };
    for (size_t i = 0; text[i];) {
        bool space = false;
        while (isspace((unsigned char)text[i])) {
            i++;
            space = true;
        }
        if (!text[i])
            break;
        size_t j = i;
        enum pp_kind kind = PP_PUNCT;
        if (isalpha((unsigned char)text[i]) || text[i] == '_') {
            while (isalnum((unsigned char)text[j]) || text[j] == '_')
                j++;
            kind = PP_IDENT;
        } else if (isdigit((unsigned char)text[i])) {
            while (isalnum((unsigned char)text[j]) || text[j] == '.')
                j++;
            kind = PP_NUMBER;
        } else if (text[i] == '"' || text[i] == '\'') {
            for (j = i + 1; text[j] && text[j] != text[i]; j++)
                if (text[j] == '\\')
                    j++;
            j++;
            kind = PP_STRING;
        } else {
            j = i + 1;
            for (const char *const *p = puncts; *p; p++)
                if (strncmp(text + i, *p, strlen(*p)) == 0) {
                    j = i + strlen(*p);
                    break;
                }
        }
        t[k++] = (struct pp_token){ arena_strndup(text + i, j - i), kind, space };
        i = j;
    }
    *n = k;
    return t;
}

/* `NAME body` or `NAME(params) body`, as after #define: read by the tool's own pp_define. */
static const struct pp_macro *define(const char *text)
{
    size_t n;
    struct pp_token *t = lex(text, &n);
    return pp_define(t, n, n > 1 && strcmp(t[1].text, "(") == 0 && !t[1].space);
}

struct table {
    const struct pp_macro *macros[32];
    int n;
};

static const struct pp_macro *lookup(void *ctx, const char *name)
{
    struct table *t = ctx;
    for (int i = t->n - 1; i >= 0; i--)
        if (strcmp(t->macros[i]->name, name) == 0)
            return t->macros[i];
    return NULL;
}

static const char *const keep[] = { "YIELD", "FOREACH", NULL };

/* The expansion of `invocation` under the macros (NULL-terminated), spaces squeezed. */
static const char *expand(const char *invocation, ...)
{
    struct table t = {0};
    va_list ap;
    va_start(ap, invocation);
    for (const char *d; (d = va_arg(ap, const char *)) != NULL;)
        t.macros[t.n++] = define(d);
    va_end(ap);
    size_t n;
    struct pp_token *tokens = lex(invocation, &n);
    const char *why = NULL;
    const char *out = pp_expand(tokens, n, lookup, &t, keep, &why);
    if (!out)
        return arena_printf("<error: %s>", why);
    struct buf b = {0};
    for (const char *c = out; *c; c++)
        if (!(*c == ' ' && (c == out || c[-1] == ' ')))
            buf_add(&b, c, 1);
    return b.data ? b.data : "";
}

/* ---- tests ------------------------------------------------------------- */

static void object_like_macro_expands_and_rescans(void **state)
{
    (void)state;
    assert_string_equal(expand("ONE + TWO", "ONE 1u", "TWO (ONE + ONE)", NULL), "1u + (1u + 1u)");
}

static void function_like_macro_substitutes_expanded_arguments(void **state)
{
    (void)state;
    assert_string_equal(expand("EMIT(1u + ONE)", "ONE 1u", "EMIT(x) YIELD(x)", NULL), "YIELD(1u + 1u)");
    assert_string_equal(expand("EMIT(SQ(3u))", "SQ(x) ((x) * (x))", "EMIT(x) YIELD(x)", NULL),
                        "YIELD(((3u) * (3u)))");
}

static void pseudo_keywords_are_kept_with_their_arguments_expanded(void **state)
{
    (void)state;
    assert_string_equal(expand("EACH(v, N)", "N 3", "EACH(v, n) FOREACH (int v, upto(n))", NULL),
                        "FOREACH (int v, upto(3))");
}

static void a_chain_of_macros_ends_in_yield(void **state)
{
    (void)state;
    assert_string_equal(expand("EMIT2(a)", "EMIT(x) YIELD(x)", "EMIT2(x) EMIT((x) * 2)", NULL), "YIELD((a) * 2)");
}

static void a_macro_name_is_not_expanded_inside_its_own_expansion(void **state)
{
    (void)state;
    assert_string_equal(expand("f(2)", "f(a) a + f(a)", NULL), "2 + f(2)");
    assert_string_equal(expand("x", "x x + 1", NULL), "x + 1");
    /* indirect: a -> b -> a stops */
    assert_string_equal(expand("a", "a b", "b a", NULL), "a");
}

static void hash_makes_a_string_of_the_argument_as_written(void **state)
{
    (void)state;
    assert_string_equal(expand("SHOW(total)", "SHOW(x) printf(#x \" = %d\\n\", x)", NULL),
                        "printf(\"total\" \" = %d\\n\", total)");
    assert_string_equal(expand("STR(\"a\\\\b\" c)", "STR(x) #x", NULL), "\"\\\"a\\\\\\\\b\\\" c\"");
}

static void hash_hash_pastes_tokens_from_unexpanded_arguments(void **state)
{
    (void)state;
    assert_string_equal(expand("CAT(x, y)", "CAT(a, b) a ## b", NULL), "xy");
    assert_string_equal(expand("CAT(ONE, 2)", "ONE 1", "CAT(a, b) a ## b", NULL), "ONE2");
    /* an empty argument next to ## leaves the other side */
    assert_string_equal(expand("CAT(, y)", "CAT(a, b) a ## b", NULL), "y");
    assert_string_equal(expand("CAT(x, )", "CAT(a, b) a ## b", NULL), "x");
}

static void the_standards_example_of_6_10_3_5_paragraph_5(void **state)
{
    (void)state;
    /* #define x 3, f(a) f(x * (a)), #undef x, #define x 2, g f, z z[0], h g(~, m(a) a(w), w 0,1 */
    const char *defs[] = { "x 2", "f(a) f(x * (a))", "g f", "z z[0]", "h g(~", "m(a) a(w)", "w 0,1", NULL };
    struct table t = {0};
    for (const char *const *d = defs; *d; d++)
        t.macros[t.n++] = define(*d);
    size_t n;
    struct pp_token *tokens = lex("f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);", &n);
    const char *why = NULL;
    const char *out = pp_expand(tokens, n, lookup, &t, keep, &why);
    assert_non_null(out);
    struct buf b = {0};
    for (const char *c = out; *c; c++)
        if (*c != ' ')
            buf_add(&b, c, 1);
    /* the standard's result, t being no macro here */
    assert_string_equal(b.data, "f(2*(y+1))+f(2*(f(2*(z[0]))))%t(t(f)(0)+t)(1);");
}

static void variadic_macros_take_the_rest_of_the_arguments(void **state)
{
    (void)state;
    assert_string_equal(expand("LOG(\"%d %d\", a, b)", "LOG(fmt, ...) printf(fmt, __VA_ARGS__)", NULL),
                        "printf(\"%d %d\", a, b)");
    /* GNU: `, ## __VA_ARGS__` drops the comma when there is nothing after it */
    assert_string_equal(expand("LOG(\"x\")", "LOG(fmt, ...) printf(fmt , ## __VA_ARGS__)", NULL), "printf(\"x\")");
    assert_string_equal(expand("LOG(\"x\", 1)", "LOG(fmt, ...) printf(fmt , ## __VA_ARGS__)", NULL),
                        "printf(\"x\" , 1)");
    /* __VA_OPT__ */
    assert_string_equal(expand("F(a)", "F(x, ...) g(x __VA_OPT__(,) __VA_ARGS__)", NULL), "g(a)");
    assert_string_equal(expand("F(a, b)", "F(x, ...) g(x __VA_OPT__(,) __VA_ARGS__)", NULL), "g(a , b)");
}

static void a_multi_statement_macro_keeps_every_yield(void **state)
{
    (void)state;
    assert_string_equal(expand("EMIT_TWICE(x)", "EMIT_TWICE(x) do { YIELD(x); YIELD(x); } while (0)", NULL),
                        "do { YIELD(x); YIELD(x); } while (0)");
}

static void a_function_like_name_without_parentheses_stays(void **state)
{
    (void)state;
    assert_string_equal(expand("fp = f;", "f(a) (a)", NULL), "fp = f;");
}

static void tokens_that_would_join_are_kept_apart(void **state)
{
    (void)state;
    assert_string_equal(expand("NEG(-x)", "NEG(a) -a", NULL), "- -x");
    assert_string_equal(expand("PLUS(+y)", "PLUS(a) a+", NULL), "+y+");
}

static void wrong_argument_counts_are_reported(void **state)
{
    (void)state;
    assert_string_equal(expand("F(1, 2)", "F(a) a", NULL), "<error: macro 'F' is given 2 arguments for 1 parameters>");
    assert_string_equal(expand("F(1", "F(a) a", NULL),
                        "<error: the arguments of macro 'F' do not end inside the invocation>");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(object_like_macro_expands_and_rescans),
        cmocka_unit_test(function_like_macro_substitutes_expanded_arguments),
        cmocka_unit_test(pseudo_keywords_are_kept_with_their_arguments_expanded),
        cmocka_unit_test(a_chain_of_macros_ends_in_yield),
        cmocka_unit_test(a_macro_name_is_not_expanded_inside_its_own_expansion),
        cmocka_unit_test(hash_makes_a_string_of_the_argument_as_written),
        cmocka_unit_test(hash_hash_pastes_tokens_from_unexpanded_arguments),
        cmocka_unit_test(the_standards_example_of_6_10_3_5_paragraph_5),
        cmocka_unit_test(variadic_macros_take_the_rest_of_the_arguments),
        cmocka_unit_test(a_multi_statement_macro_keeps_every_yield),
        cmocka_unit_test(a_function_like_name_without_parentheses_stays),
        cmocka_unit_test(tokens_that_would_join_are_kept_apart),
        cmocka_unit_test(wrong_argument_counts_are_reported),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    arena_free_all();
    return failed;
}
