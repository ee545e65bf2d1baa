/*
 * test_arena.c - arena.c: zeroed, aligned allocation; string copies and
 * formatting; growable buffers that stay correct across many appends.
 */
#define _DEFAULT_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "tool.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ALIGNMENT _Alignof(max_align_t)

static void assert_all_zero(const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != 0)
            fail_msg("byte %zu of %zu is %u, not 0", i, n, p[i]);
}

/* ---- arena_alloc -------------------------------------------------------- */

static void arena_alloc_returns_zeroed_memory_of_every_size(void **state)
{
    (void)state;
    for (size_t size = 1; size <= 4096; size = size * 3 + 1) {
        unsigned char *p = arena_alloc(size);
        assert_non_null(p);
        assert_all_zero(p, size);
        memset(p, 0xA5, size);  /* dirty it: later allocations must not see this */
    }
}

static void arena_alloc_zeroes_a_block_larger_than_the_default_block(void **state)
{
    (void)state;
    size_t size = 200 * 1024;   /* larger than the 64 KiB blocks */
    unsigned char *p = arena_alloc(size);
    assert_non_null(p);
    assert_all_zero(p, size);
    memset(p, 0x5A, size);
    unsigned char *q = arena_alloc(100);
    assert_all_zero(q, 100);
}

static void arena_alloc_aligns_every_pointer_to_max_align_t(void **state)
{
    (void)state;
    static const size_t sizes[] = { 1, 2, 3, 5, 7, 8, 9, 15, 16, 17, 31, 33, 63, 100, 1000, 65535, 1 };
    for (int round = 0; round < 50; round++)
        for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
            void *p = arena_alloc(sizes[i]);
            assert_int_equal((uintptr_t)p % ALIGNMENT, 0);
        }
}

static void arena_alloc_consecutive_allocations_do_not_overlap(void **state)
{
    (void)state;
    enum { N = 2000 };
    unsigned char *ptrs[N];
    size_t sizes[N];
    for (size_t i = 0; i < N; i++) {
        sizes[i] = 1 + (i * 37) % 300;
        ptrs[i] = arena_alloc(sizes[i]);
        memset(ptrs[i], (int)(i & 0xFF), sizes[i]);
    }
    /* every block still holds its own fill: no later allocation overwrote it */
    for (size_t i = 0; i < N; i++)
        for (size_t k = 0; k < sizes[i]; k++)
            if (ptrs[i][k] != (unsigned char)(i & 0xFF))
                fail_msg("allocation %zu byte %zu was overwritten", i, k);
}

static void arena_alloc_of_zero_bytes_returns_an_aligned_pointer(void **state)
{
    (void)state;
    void *p = arena_alloc(0);
    void *q = arena_alloc(0);
    assert_int_equal((uintptr_t)p % ALIGNMENT, 0);
    assert_int_equal((uintptr_t)q % ALIGNMENT, 0);
}

/* ---- strings ------------------------------------------------------------ */

static void arena_strndup_copies_n_bytes_and_terminates(void **state)
{
    (void)state;
    const char *s = "generator";
    char *p = arena_strndup(s, 3);
    assert_string_equal(p, "gen");
    assert_int_equal(p[3], '\0');
    assert_ptr_not_equal(p, s);
}

static void arena_strndup_keeps_embedded_bytes_up_to_n(void **state)
{
    (void)state;
    const char s[] = { 'a', '\0', 'b', 'c' };
    char *p = arena_strndup(s, 4);
    assert_memory_equal(p, s, 4);
    assert_int_equal(p[4], '\0');
}

static void arena_strndup_of_zero_bytes_is_the_empty_string(void **state)
{
    (void)state;
    char *p = arena_strndup("abc", 0);
    assert_non_null(p);
    assert_string_equal(p, "");
}

static void arena_strdup_copies_the_whole_string(void **state)
{
    (void)state;
    const char *s = "struct countdown_frame";
    char *p = arena_strdup(s);
    assert_string_equal(p, s);
    assert_ptr_not_equal(p, s);
    assert_string_equal(arena_strdup(""), "");
}

static void arena_printf_formats_like_snprintf(void **state)
{
    (void)state;
    assert_string_equal(arena_printf("%s->%s", "self", "x_2"), "self->x_2");
    assert_string_equal(arena_printf("case %d: goto yieldc_resume_%d;", 3, 3),
                        "case 3: goto yieldc_resume_3;");
    assert_string_equal(arena_printf("%zu|%u|%c|%%", (size_t)42, 7u, 'z'), "42|7|z|%");
    assert_string_equal(arena_printf("%s", ""), "");
}

static void arena_printf_formats_long_strings_completely(void **state)
{
    (void)state;
    char big[5001];
    for (size_t i = 0; i < 5000; i++)
        big[i] = (char)('a' + i % 26);
    big[5000] = '\0';
    char *p = arena_printf("<%s>%d", big, 12345);
    assert_int_equal(strlen(p), 5000 + 2 + 5);
    assert_int_equal(p[0], '<');
    assert_memory_equal(p + 1, big, 5000);
    assert_string_equal(p + 5001, ">12345");
}

/* ---- buffers ------------------------------------------------------------ */

static void buf_add_to_an_empty_buffer_allocates_and_terminates(void **state)
{
    (void)state;
    struct buf b = {0};
    buf_add(&b, "abc", 3);
    assert_non_null(b.data);
    assert_int_equal(b.len, 3);
    assert_true(b.cap >= 4);
    assert_string_equal(b.data, "abc");
}

static void buf_add_of_nothing_still_leaves_a_terminated_string(void **state)
{
    (void)state;
    struct buf b = {0};
    buf_add(&b, "", 0);
    assert_non_null(b.data);
    assert_int_equal(b.len, 0);
    assert_string_equal(b.data, "");
}

static void buf_add_grows_correctly_across_many_appends(void **state)
{
    (void)state;
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    struct buf b = {0};
    size_t expected_len = 0;
    for (size_t i = 0; i < 20000; i++) {
        size_t n = i % 37;  /* 0..36 bytes, including empty appends */
        if (n > sizeof alphabet - 1)
            n = sizeof alphabet - 1;
        size_t old_cap = b.cap;
        buf_add(&b, alphabet, n);
        expected_len += n;
        assert_int_equal(b.len, expected_len);
        assert_true(b.cap > b.len);     /* room for the terminator */
        assert_int_equal(b.data[b.len], '\0');
        assert_true(b.cap >= old_cap);
    }
    /* the content is every append in order */
    size_t pos = 0;
    for (size_t i = 0; i < 20000; i++) {
        size_t n = i % 37;
        if (n > sizeof alphabet - 1)
            n = sizeof alphabet - 1;
        if (memcmp(b.data + pos, alphabet, n) != 0)
            fail_msg("append %zu is wrong at offset %zu", i, pos);
        pos += n;
    }
    assert_int_equal(pos, b.len);
    assert_int_equal(strlen(b.data), b.len);
}

static void buf_add_of_one_large_chunk_grows_past_doubling(void **state)
{
    (void)state;
    struct buf b = {0};
    buf_puts(&b, "x");
    size_t n = 100000;
    char *big = arena_alloc(n);
    memset(big, 'q', n);
    buf_add(&b, big, n);
    assert_int_equal(b.len, n + 1);
    assert_true(b.cap >= n + 2);
    assert_int_equal(b.data[0], 'x');
    assert_int_equal(b.data[n], 'q');
    assert_int_equal(b.data[n + 1], '\0');
}

static void buf_add_exactly_filling_the_capacity_keeps_the_terminator(void **state)
{
    (void)state;
    struct buf b = {0};
    buf_add(&b, "a", 1);
    size_t cap = b.cap;
    /* fill to cap - 1 bytes: the terminator takes the last byte, no growth */
    char *fill = arena_alloc(cap);
    memset(fill, 'b', cap);
    buf_add(&b, fill, cap - 2);
    assert_int_equal(b.len, cap - 1);
    assert_int_equal(b.cap, cap);
    assert_int_equal(b.data[b.len], '\0');
    /* one more byte must grow the buffer */
    buf_add(&b, "c", 1);
    assert_true(b.cap > cap);
    assert_int_equal(b.len, cap);
    assert_int_equal(b.data[0], 'a');
    assert_int_equal(b.data[cap - 2], 'b');
    assert_int_equal(b.data[cap - 1], 'c');
    assert_int_equal(b.data[cap], '\0');
}

static void buf_puts_appends_c_strings(void **state)
{
    (void)state;
    struct buf b = {0};
    buf_puts(&b, "struct ");
    buf_puts(&b, "");
    buf_puts(&b, "f_frame");
    assert_string_equal(b.data, "struct f_frame");
    assert_int_equal(b.len, strlen("struct f_frame"));
}

static void buf_printf_grows_correctly_across_many_appends(void **state)
{
    (void)state;
    struct buf b = {0};
    char expected[8];
    for (int i = 0; i < 10000; i++) {
        size_t before = b.len;
        buf_printf(&b, "%d,", i);
        int n = snprintf(expected, sizeof expected, "%d,", i);
        assert_int_equal(b.len, before + (size_t)n);
        assert_memory_equal(b.data + before, expected, (size_t)n);
        assert_int_equal(b.data[b.len], '\0');
        assert_true(b.cap > b.len);
    }
    /* re-read the whole buffer */
    const char *p = b.data;
    for (int i = 0; i < 10000; i++) {
        char *end;
        long v = strtol(p, &end, 10);
        assert_int_equal(v, i);
        assert_int_equal(*end, ',');
        p = end + 1;
    }
    assert_int_equal(*p, '\0');
    assert_int_equal((size_t)(p - b.data), b.len);
}

static void buf_printf_of_output_longer_than_the_capacity_grows_once_enough(void **state)
{
    (void)state;
    struct buf b = {0};
    buf_puts(&b, "head:");
    char big[3001];
    memset(big, 'w', 3000);
    big[3000] = '\0';
    buf_printf(&b, "[%s]", big);
    assert_int_equal(b.len, 5 + 3002);
    assert_true(b.cap > b.len);
    assert_memory_equal(b.data, "head:[", 6);
    assert_int_equal(b.data[6 + 2999], 'w');
    assert_string_equal(b.data + 6 + 3000, "]");
}

static void buf_printf_and_buf_add_interleave(void **state)
{
    (void)state;
    struct buf b = {0};
    for (int i = 0; i < 500; i++) {
        buf_add(&b, "<", 1);
        buf_printf(&b, "%s%03d", i % 2 ? "odd" : "even", i);
        buf_puts(&b, ">");
    }
    struct buf expected = {0};
    for (int i = 0; i < 500; i++) {
        char one[32];
        snprintf(one, sizeof one, "<%s%03d>", i % 2 ? "odd" : "even", i);
        buf_puts(&expected, one);
    }
    assert_int_equal(b.len, expected.len);
    assert_string_equal(b.data, expected.data);
}

static void buf_printf_of_an_empty_format_result_leaves_the_buffer_unchanged(void **state)
{
    (void)state;
    struct buf b = {0};
    buf_puts(&b, "keep");
    buf_printf(&b, "%s", "");
    assert_int_equal(b.len, 4);
    assert_string_equal(b.data, "keep");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(arena_alloc_returns_zeroed_memory_of_every_size),
        cmocka_unit_test(arena_alloc_zeroes_a_block_larger_than_the_default_block),
        cmocka_unit_test(arena_alloc_aligns_every_pointer_to_max_align_t),
        cmocka_unit_test(arena_alloc_consecutive_allocations_do_not_overlap),
        cmocka_unit_test(arena_alloc_of_zero_bytes_returns_an_aligned_pointer),
        cmocka_unit_test(arena_strndup_copies_n_bytes_and_terminates),
        cmocka_unit_test(arena_strndup_keeps_embedded_bytes_up_to_n),
        cmocka_unit_test(arena_strndup_of_zero_bytes_is_the_empty_string),
        cmocka_unit_test(arena_strdup_copies_the_whole_string),
        cmocka_unit_test(arena_printf_formats_like_snprintf),
        cmocka_unit_test(arena_printf_formats_long_strings_completely),
        cmocka_unit_test(buf_add_to_an_empty_buffer_allocates_and_terminates),
        cmocka_unit_test(buf_add_of_nothing_still_leaves_a_terminated_string),
        cmocka_unit_test(buf_add_grows_correctly_across_many_appends),
        cmocka_unit_test(buf_add_of_one_large_chunk_grows_past_doubling),
        cmocka_unit_test(buf_add_exactly_filling_the_capacity_keeps_the_terminator),
        cmocka_unit_test(buf_puts_appends_c_strings),
        cmocka_unit_test(buf_printf_grows_correctly_across_many_appends),
        cmocka_unit_test(buf_printf_of_output_longer_than_the_capacity_grows_once_enough),
        cmocka_unit_test(buf_printf_and_buf_add_interleave),
        cmocka_unit_test(buf_printf_of_an_empty_format_result_leaves_the_buffer_unchanged),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    arena_free_all();
    return failed;
}
