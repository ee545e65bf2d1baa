/*
 * test_parse.c - parse.c: libclang's tree copied into plain structs.
 *
 * Each test writes a small C source to a temporary .c file, parses it with
 * the runtime header on the include path (as the tool does) and checks the
 * functions, variables, type spellings and YIELD/FOREACH nodes it gets.
 */
#define _DEFAULT_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "unit_support.h"

/* Parse `text`; the test fails if parse_unit does. */
static struct unit *parse_ok(const char *text)
{
    struct unit *unit = unit_parse_text(text, true, NULL);
    assert_non_null(unit);
    return unit;
}

static struct var *var_named(struct var *list, const char *name)
{
    struct var *v = unit_var(list, name);
    if (!v)
        fail_msg("no variable '%s'", name);
    return v;
}

static struct node *node_of(const struct function *fn, enum node_kind kind, int nth)
{
    struct node *n = unit_node(fn, kind, nth);
    if (!n)
        fail_msg("function '%s' has no node #%d of kind %d", fn->name, nth, (int)kind);
    return n;
}

/* ---- generators, parameters, locals ------------------------------------- */

static const char basic_source[] =
    "#include <yieldc.h>\n"
    "\n"
    "GENERATOR(int) counter(int *p, double d);\n"
    "\n"
    "GENERATOR(int) counter(int *p, double d)\n"
    "{\n"
    "    int a = 1;\n"
    "    for (int i = 0; i < 3; i++)\n"
    "        YIELD(a + i);\n"
    "    YIELD( *p );\n"
    "    (void)d;\n"
    "}\n"
    "\n"
    "static GENERATOR( const char * ) names(void)\n"
    "{\n"
    "    YIELD(\"x, (y\");\n"
    "}\n"
    "\n"
    "int plain(int q)\n"
    "{\n"
    "    return q + 1;\n"
    "}\n";

static void parse_finds_a_generator_with_its_name_and_yield_type(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(basic_source);
    assert_null(unit->clang_errors);
    assert_null(unit->strays);
    struct function *fn = unit_function(unit, "counter");
    assert_non_null(fn);
    /* the prototype comes first, then the definition */
    assert_false(fn->body);
    assert_true(fn->is_generator);
    assert_string_equal(fn->yield_type, "int");
    fn = fn->next;
    assert_non_null(fn);
    assert_string_equal(fn->name, "counter");
    assert_true(fn->is_generator);
    assert_non_null(fn->body);
    assert_int_equal(fn->body->kind, NODE_COMPOUND);
    assert_string_equal(fn->yield_type, "int");
    assert_string_equal(unit_slice(unit, fn->gen_macro_begin, fn->gen_macro_end), "GENERATOR(int)");
    assert_int_equal(fn->name_begin, unit_offset_of(unit, "counter(int *p, double d)\n{", 0));
    assert_int_equal(fn->begin, fn->gen_macro_begin);
    assert_int_equal(unit->src.text[fn->end - 1], '}');
}

static void parse_trims_and_keeps_a_pointer_yield_type_as_written(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(basic_source);
    struct function *fn = function_named(unit, "names");
    assert_true(fn->is_generator);
    assert_string_equal(fn->yield_type, "const char *");
}

static void parse_function_begin_includes_the_storage_class(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(basic_source);
    struct function *fn = function_named(unit, "names");
    assert_int_equal(fn->begin, unit_offset_of(unit, "static GENERATOR", 0));
    assert_int_equal(fn->gen_macro_begin, unit_offset_of(unit, "GENERATOR( const", 0));
}

static void parse_marks_an_ordinary_function_as_not_a_generator(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(basic_source);
    struct function *fn = function_named(unit, "plain");
    assert_false(fn->is_generator);
    assert_null(fn->yield_type);
    assert_non_null(fn->body);
    struct var *q = var_named(fn->params, "q");
    assert_true(q->is_param);
    assert_string_equal(q->type.prefix, "int ");
    assert_string_equal(q->type.suffix, "");
    assert_int_equal(unit_count_nodes(fn->body, NODE_RETURN), 1);
    assert_true(node_of(fn, NODE_RETURN, 0)->has_value);
}

static void parse_lists_params_in_order_with_type_spellings(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(basic_source);
    struct function *fn = function_named(unit, "counter")->next;
    struct var *p = fn->params;
    assert_non_null(p);
    assert_string_equal(p->name, "p");
    assert_true(p->is_param);
    assert_null(p->decl);
    assert_string_equal(p->type.prefix, "int *");
    assert_string_equal(p->type.suffix, "");
    struct var *d = p->next;
    assert_non_null(d);
    assert_string_equal(d->name, "d");
    assert_true(d->is_param);
    assert_string_equal(d->type.prefix, "double ");
    assert_string_equal(d->type.suffix, "");
    assert_null(d->next);
}

static void parse_lists_locals_including_for_init_declarations(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(basic_source);
    struct function *fn = function_named(unit, "counter")->next;
    assert_int_equal(fn->nlocals, 2);
    struct var *a = fn->locals;
    assert_non_null(a);
    assert_string_equal(a->name, "a");
    struct var *i = a->next;
    assert_non_null(i);
    assert_string_equal(i->name, "i");
    assert_null(i->next);

    assert_false(a->is_param);
    assert_non_null(a->decl);
    assert_int_equal(a->decl->kind, NODE_VAR_DECL);
    assert_ptr_equal(a->decl->var, a);
    assert_int_equal(a->decl->name_begin, unit_offset_of(unit, "a = 1", 0));
    assert_true(a->decl->has_init);
    assert_false(a->decl->init_is_list);
    assert_int_equal(a->decl->init_begin, unit_offset_of(unit, "1;\n    for", 0));
    assert_int_equal(a->decl->parent->kind, NODE_DECL_STMT);

    /* the for-init declaration: a VAR_DECL in a DECL_STMT in the FOR */
    assert_non_null(i->decl);
    assert_int_equal(i->decl->kind, NODE_VAR_DECL);
    assert_ptr_equal(i->decl->var, i);
    assert_int_equal(i->decl->name_begin, unit_offset_of(unit, "i = 0", 0));
    assert_int_equal(i->decl->parent->kind, NODE_DECL_STMT);
    assert_int_equal(i->decl->parent->parent->kind, NODE_FOR);
    assert_string_equal(i->type.prefix, "int ");
}

static void parse_links_uses_of_locals_and_params_to_their_var(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(basic_source);
    struct function *fn = function_named(unit, "counter")->next;
    struct var *a = var_named(fn->locals, "a");
    struct var *p = var_named(fn->params, "p");
    /* every DECL_REF names a var, at the offset where its name is written */
    int refs_to_a = 0, refs_to_p = 0;
    for (int k = 0;; k++) {
        struct node *r = unit_node(fn, NODE_DECL_REF, k);
        if (!r)
            break;
        assert_non_null(r->var);
        assert_memory_equal(unit->src.text + r->name_begin, r->var->name, strlen(r->var->name));
        assert_false(r->in_macro_body);
        refs_to_a += r->var == a;
        refs_to_p += r->var == p;
        if (r->var == a)
            assert_int_equal(r->name_begin, unit_offset_of(unit, "a + i", 0));
    }
    assert_int_equal(refs_to_a, 1);
    assert_int_equal(refs_to_p, 1);
}

static void parse_records_yield_macro_and_argument_offsets(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(basic_source);
    struct function *fn = function_named(unit, "counter")->next;
    assert_int_equal(unit_count_nodes(fn->body, NODE_YIELD), 2);

    struct node *y1 = node_of(fn, NODE_YIELD, 0);
    assert_int_equal(y1->macro_begin, unit_offset_of(unit, "YIELD(a + i)", 0));
    assert_int_equal(y1->macro_end, y1->macro_begin + strlen("YIELD(a + i)"));
    assert_int_equal(y1->arg_begin, y1->macro_begin + strlen("YIELD("));
    assert_int_equal(y1->arg_end, y1->macro_end - 1);
    assert_string_equal(unit_slice(unit, y1->arg_begin, y1->arg_end), "a + i");
    assert_int_equal(y1->begin, y1->macro_begin);
    assert_int_equal(y1->parent->kind, NODE_FOR);

    struct node *y2 = node_of(fn, NODE_YIELD, 1);
    assert_string_equal(unit_slice(unit, y2->macro_begin, y2->macro_end), "YIELD( *p )");
    assert_string_equal(unit_slice(unit, y2->arg_begin, y2->arg_end), " *p ");
    assert_int_equal(y2->parent->kind, NODE_COMPOUND);
}

static void parse_yield_argument_with_comma_and_paren_inside_a_string(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(basic_source);
    struct function *fn = function_named(unit, "names");
    struct node *y = node_of(fn, NODE_YIELD, 0);
    assert_string_equal(unit_slice(unit, y->macro_begin, y->macro_end), "YIELD(\"x, (y\")");
    assert_string_equal(unit_slice(unit, y->arg_begin, y->arg_end), "\"x, (y\"");
}

/* ---- FOREACH ------------------------------------------------------------ */

static const char foreach_source[] =
    "#include <yieldc.h>\n"
    "\n"
    "GENERATOR(int) nums(int n)\n"
    "{\n"
    "    for (int k = 0; k < n; k++)\n"
    "        YIELD(k);\n"
    "}\n"
    "\n"
    "int use(struct yieldc_iter *it)\n"
    "{\n"
    "    int total = 0, x = 0;\n"
    "    struct nums_frame g = nums(2);\n"
    "    YIELDC_FRAME(nums) h = nums(4);\n"
    "    FOREACH (int v, nums(3))\n"
    "        total += v;\n"
    "    FOREACH ( int w , it )\n"
    "        total += w;\n"
    "    FOREACH (int u, g)\n"
    "        total += u;\n"
    "    FOREACH (int t, &h.it)\n"
    "        total += t;\n"
    "    FOREACH (int z, x)\n"
    "        total += z;\n"
    "    return total;\n"
    "}\n";

static void parse_foreach_over_a_generator_call_is_a_value_of_its_frame_type(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(foreach_source);
    assert_null(unit->clang_errors);
    struct function *fn = function_named(unit, "use");
    assert_int_equal(unit_count_nodes(fn->body, NODE_FOREACH), 5);
    struct node *f = node_of(fn, NODE_FOREACH, 0);
    assert_int_equal(f->source_kind, SOURCE_VALUE);
    assert_non_null(f->source_type);
    assert_string_equal(f->source_type, "struct nums_frame");
    assert_string_equal(unit_slice(unit, f->macro_begin, f->macro_end), "FOREACH (int v, nums(3))");
    assert_string_equal(unit_slice(unit, f->decl_arg_begin, f->decl_arg_end), "int v");
    assert_string_equal(unit_slice(unit, f->arg_begin, f->arg_end), "nums(3)");
}

static void parse_foreach_declares_its_variable_as_a_local(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(foreach_source);
    struct function *fn = function_named(unit, "use");
    struct var *v = var_named(fn->locals, "v");
    assert_non_null(v->decl);
    assert_int_equal(v->decl->parent->kind, NODE_DECL_STMT);
    assert_int_equal(v->decl->parent->parent->kind, NODE_FOREACH);
    assert_ptr_equal(v->decl->parent->parent, node_of(fn, NODE_FOREACH, 0));
    assert_string_equal(v->type.prefix, "int ");
}

static void parse_foreach_over_an_iter_pointer_is_a_pointer_source(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(foreach_source);
    struct function *fn = function_named(unit, "use");
    struct node *f = node_of(fn, NODE_FOREACH, 1);
    assert_int_equal(f->source_kind, SOURCE_POINTER);
    /* both arguments trimmed of the spaces around them */
    assert_string_equal(unit_slice(unit, f->decl_arg_begin, f->decl_arg_end), "int w");
    assert_string_equal(unit_slice(unit, f->arg_begin, f->arg_end), "it");

    f = node_of(fn, NODE_FOREACH, 3);
    assert_int_equal(f->source_kind, SOURCE_POINTER);
    assert_string_equal(unit_slice(unit, f->arg_begin, f->arg_end), "&h.it");
}

static void parse_foreach_over_a_frame_variable_is_an_lvalue_source(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(foreach_source);
    struct function *fn = function_named(unit, "use");
    struct node *f = node_of(fn, NODE_FOREACH, 2);
    assert_int_equal(f->source_kind, SOURCE_LVALUE);
    assert_string_equal(unit_slice(unit, f->arg_begin, f->arg_end), "g");
}

static void parse_foreach_over_an_int_is_an_invalid_source(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(foreach_source);
    struct function *fn = function_named(unit, "use");
    struct node *f = node_of(fn, NODE_FOREACH, 4);
    assert_int_equal(f->source_kind, SOURCE_INVALID);
}

static void parse_frame_variables_keep_their_type_as_written(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(foreach_source);
    struct function *fn = function_named(unit, "use");
    struct var *g = var_named(fn->locals, "g");
    assert_string_equal(g->type.prefix, "struct nums_frame ");
    assert_string_equal(g->type.suffix, "");
    struct var *h = var_named(fn->locals, "h");
    assert_string_equal(h->type.prefix, "YIELDC_FRAME(nums) ");
    assert_string_equal(h->type.suffix, "");
    struct var *it = var_named(fn->params, "it");
    assert_string_equal(it->type.prefix, "struct yieldc_iter *");
}

static void parse_lists_every_declarator_of_one_declaration(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(foreach_source);
    struct function *fn = function_named(unit, "use");
    struct var *total = var_named(fn->locals, "total");
    struct var *x = var_named(fn->locals, "x");
    assert_ptr_equal(total->next, x);
    assert_ptr_equal(total->decl->parent, x->decl->parent);
    assert_int_equal(total->decl->parent->kind, NODE_DECL_STMT);
    /* total, x, g, h and the five loop variables */
    assert_int_equal(fn->nlocals, 9);
}

/* ---- type spellings ----------------------------------------------------- */

static const char types_source[] =
    "#include <yieldc.h>\n"
    "\n"
    "GENERATOR(int) shapes(void)\n"
    "{\n"
    "    int arr[3] = {1, 2, 3};\n"
    "    int (*fp)(int) = 0;\n"
    "    const char *s = \"t\";\n"
    "    int grid[2][4];\n"
    "    char *names[5];\n"
    "    int (*rows)[4] = grid;\n"
    "    void (*cb)(void *, ...) = 0;\n"
    "    const int ci = 4;\n"
    "    char *const cp = 0;\n"
    "    const int carr[2] = {5, 6};\n"
    "    static int calls;\n"
    "    YIELD(arr[0] + (fp != 0) + *s + grid[0][0] + (names[0] != 0) + rows[0][0] + ci + calls"
    " + (cb != 0) + (cp != 0) + carr[1]);\n"
    "}\n";

static void assert_spelling(const struct function *fn, const char *name, const char *prefix,
                            const char *suffix)
{
    struct var *v = var_named(fn->locals, name);
    if (strcmp(v->type.prefix, prefix) != 0 || strcmp(v->type.suffix, suffix) != 0)
        fail_msg("'%s' spelled \"%s\" NAME \"%s\", expected \"%s\" NAME \"%s\"", name, v->type.prefix,
                 v->type.suffix, prefix, suffix);
}

/*
 * A spelling with the blanks around '*' and at the ends removed: where the
 * tool puts a space next to a star does not change the type
 * ("char * const " and "char *const" are the same).
 */
static const char *squeezed(const char *s)
{
    struct buf b = {0};
    buf_add(&b, "", 0);
    for (const char *p = s; *p; p++) {
        if (*p == ' ') {
            const char *q = p;
            while (*q == ' ')
                q++;
            bool at_end = !*q, before_star = *q == '*';
            bool after_star = b.len && b.data[b.len - 1] == '*', at_start = !b.len;
            if (!at_end && !before_star && !after_star && !at_start)
                buf_add(&b, " ", 1);
            p = q - 1;
        } else {
            buf_add(&b, p, 1);
        }
    }
    return b.data;
}

static void assert_spelling_like(const struct var *v, const char *prefix, const char *suffix)
{
    if (strcmp(squeezed(v->type.prefix), squeezed(prefix)) != 0
        || strcmp(squeezed(v->type.suffix), squeezed(suffix)) != 0)
        fail_msg("'%s' spelled \"%s\" NAME \"%s\", expected the like of \"%s\" NAME \"%s\"", v->name,
                 v->type.prefix, v->type.suffix, prefix, suffix);
}

static void parse_spells_an_array_local_as_element_prefix_and_size_suffix(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(types_source);
    struct function *fn = function_named(unit, "shapes");
    assert_spelling(fn, "arr", "int ", "[3]");
    struct var *arr = var_named(fn->locals, "arr");
    assert_true(arr->is_array);
    assert_false(arr->is_vla);
    assert_true(arr->decl->has_init);
    assert_true(arr->decl->init_is_list);
}

static void parse_spells_a_function_pointer_local_around_its_name(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(types_source);
    struct function *fn = function_named(unit, "shapes");
    assert_spelling(fn, "fp", "int (*", ")(int)");
    assert_false(var_named(fn->locals, "fp")->is_array);
    assert_spelling(fn, "cb", "void (*", ")(void *, ...)");
}

static void parse_spells_pointers_nested_arrays_and_pointers_to_arrays(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(types_source);
    struct function *fn = function_named(unit, "shapes");
    assert_spelling_like(var_named(fn->locals, "s"), "const char *", "");
    assert_spelling(fn, "grid", "int ", "[2][4]");
    assert_spelling(fn, "names", "char *", "[5]");
    assert_spelling(fn, "rows", "int (*", ")[4]");
}

static void parse_drops_top_level_const_of_locals_so_frame_members_are_assignable(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(types_source);
    struct function *fn = function_named(unit, "shapes");
    assert_spelling(fn, "ci", "int ", "");
    assert_spelling_like(var_named(fn->locals, "cp"), "char *", "");
}

static void parse_drops_top_level_const_of_parameters_so_frames_stay_assignable(void **state)
{
    (void)state;
    struct unit *unit = parse_ok("#include <yieldc.h>\n"
                                 "GENERATOR(char) chars(const int n, const char *const s)\n"
                                 "{\n"
                                 "    YIELD(s[n]);\n"
                                 "}\n");
    struct function *fn = function_named(unit, "chars");
    struct var *n = var_named(fn->params, "n");
    assert_string_equal(n->type.prefix, "int ");
    struct var *s = var_named(fn->params, "s");
    assert_spelling_like(s, "const char *", "");
}

static void parse_marks_static_locals(void **state)
{
    (void)state;
    struct unit *unit = parse_ok(types_source);
    struct function *fn = function_named(unit, "shapes");
    assert_true(var_named(fn->locals, "calls")->is_static);
    assert_false(var_named(fn->locals, "arr")->is_static);
}

/* ---- errors the parse records for later ---------------------------------- */

static void parse_of_a_syntax_error_fills_clang_errors(void **state)
{
    (void)state;
    struct unit *unit = parse_ok("int ok(void)\n"
                                 "{\n"
                                 "    return 1 +;\n"
                                 "}\n");
    assert_non_null(unit->clang_errors);
    struct clang_error *e = unit->clang_errors;
    assert_true(e->in_main_file);
    assert_non_null(e->message);
    assert_true(strlen(e->message) > 0);
    assert_int_equal(e->line, 3);
    unsigned line, col;
    source_line_col(&unit->src, e->offset, &line, &col);
    assert_int_equal(line, e->line);
    assert_int_equal(col, e->col);
}

static void parse_of_a_valid_file_has_no_clang_errors(void **state)
{
    (void)state;
    struct unit *unit = parse_ok("int ok(void) { return 1; }\n");
    assert_null(unit->clang_errors);
    assert_null(unit->strays);
    assert_non_null(unit_function(unit, "ok"));
}

static void parse_records_a_yield_at_file_scope_as_a_stray(void **state)
{
    (void)state;
    struct unit *unit = parse_ok("#include <yieldc.h>\n"
                                 "int g = YIELD(1);\n"
                                 "int f(void) { return g; }\n");
    assert_non_null(unit->strays);
    assert_string_equal(unit->strays->what, "YIELD");
    assert_int_equal(unit->strays->offset, unit_offset_of(unit, "YIELD(1)", 0));
    assert_null(unit->strays->next);
}

static void parse_keeps_the_source_text_path_and_length(void **state)
{
    (void)state;
    struct options *opts;
    const char *text = "int x;\n";
    struct unit *unit = unit_parse_text(text, true, &opts);
    assert_non_null(unit);
    assert_string_equal(unit->src.path, opts->input);
    assert_int_equal(unit->src.len, strlen(text));
    assert_memory_equal(unit->src.text, text, strlen(text));
    assert_null(unit->functions);
}

static void parse_of_a_missing_file_returns_false(void **state)
{
    (void)state;
    struct options *opts = unit_options("/tmp/yieldc_unit_does_not_exist_0123456789.c", true);
    struct unit *unit = arena_alloc(sizeof *unit);
    struct unit_capture c;
    unit_capture_begin(&c);
    bool ok = parse_unit(opts, unit, NULL);
    char *err = unit_capture_end(&c);
    assert_false(ok);
    assert_string_equal(err, "yieldc: error: cannot read '/tmp/yieldc_unit_does_not_exist_0123456789.c'\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parse_finds_a_generator_with_its_name_and_yield_type),
        cmocka_unit_test(parse_trims_and_keeps_a_pointer_yield_type_as_written),
        cmocka_unit_test(parse_function_begin_includes_the_storage_class),
        cmocka_unit_test(parse_marks_an_ordinary_function_as_not_a_generator),
        cmocka_unit_test(parse_lists_params_in_order_with_type_spellings),
        cmocka_unit_test(parse_lists_locals_including_for_init_declarations),
        cmocka_unit_test(parse_links_uses_of_locals_and_params_to_their_var),
        cmocka_unit_test(parse_records_yield_macro_and_argument_offsets),
        cmocka_unit_test(parse_yield_argument_with_comma_and_paren_inside_a_string),
        cmocka_unit_test(parse_foreach_over_a_generator_call_is_a_value_of_its_frame_type),
        cmocka_unit_test(parse_foreach_declares_its_variable_as_a_local),
        cmocka_unit_test(parse_foreach_over_an_iter_pointer_is_a_pointer_source),
        cmocka_unit_test(parse_foreach_over_a_frame_variable_is_an_lvalue_source),
        cmocka_unit_test(parse_foreach_over_an_int_is_an_invalid_source),
        cmocka_unit_test(parse_frame_variables_keep_their_type_as_written),
        cmocka_unit_test(parse_lists_every_declarator_of_one_declaration),
        cmocka_unit_test(parse_spells_an_array_local_as_element_prefix_and_size_suffix),
        cmocka_unit_test(parse_spells_a_function_pointer_local_around_its_name),
        cmocka_unit_test(parse_spells_pointers_nested_arrays_and_pointers_to_arrays),
        cmocka_unit_test(parse_drops_top_level_const_of_locals_so_frame_members_are_assignable),
        cmocka_unit_test(parse_drops_top_level_const_of_parameters_so_frames_stay_assignable),
        cmocka_unit_test(parse_marks_static_locals),
        cmocka_unit_test(parse_of_a_syntax_error_fills_clang_errors),
        cmocka_unit_test(parse_of_a_valid_file_has_no_clang_errors),
        cmocka_unit_test(parse_records_a_yield_at_file_scope_as_a_stray),
        cmocka_unit_test(parse_keeps_the_source_text_path_and_length),
        cmocka_unit_test(parse_of_a_missing_file_returns_false),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    parse_release();     /* the last unit's translation unit */
    arena_free_all();
    return failed;
}
