/*
 * arena.c - memory for one run of the tool.
 *
 * Everything the tool allocates lives until it exits, so allocation is a
 * pointer bump in large blocks and the only free is arena_free_all().
 */
#include "tool.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct block {
    struct block *prev;
    size_t used, size;
    _Alignas(max_align_t) unsigned char data[];
};

static struct block *top;

void *arena_alloc(size_t size)
{
    size = (size + _Alignof(max_align_t) - 1) & ~(size_t)(_Alignof(max_align_t) - 1);
    if (!top || top->size - top->used < size) {
        size_t want = size > 64 * 1024 ? size : 64 * 1024;
        struct block *b = malloc(sizeof *b + want);
        if (!b)
            fatal("out of memory");
        b->prev = top;
        b->used = 0;
        b->size = want;
        top = b;
    }
    void *p = top->data + top->used;
    top->used += size;
    memset(p, 0, size);
    return p;
}

void arena_free_all(void)
{
    while (top) {
        struct block *prev = top->prev;
        free(top);
        top = prev;
    }
}

void *arena_grow(void *items, size_t len, size_t *cap, size_t size)
{
    if (len < *cap)
        return items;
    *cap = *cap ? *cap * 2 : 16;
    void *grown = arena_alloc(*cap * size);
    if (len)
        memcpy(grown, items, len * size);
    return grown;
}

char *arena_strndup(const char *s, size_t n)
{
    char *p = arena_alloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *arena_strdup(const char *s)
{
    return arena_strndup(s, strlen(s));
}

char *arena_printf(const char *fmt, ...)
{
    char small[256];    /* most strings fit: formatted once, then copied */
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return arena_strdup("");
    if ((size_t)n < sizeof small)
        return arena_strndup(small, (size_t)n);
    char *s = arena_alloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

static void buf_reserve(struct buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap * 2 : 256;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *data = arena_alloc(cap);
    if (b->len)
        memcpy(data, b->data, b->len);
    b->data = data;
    b->cap = cap;
}

void buf_add(struct buf *b, const char *s, size_t n)
{
    buf_reserve(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void buf_puts(struct buf *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

/* Formats into the room the buffer has, and formats again only when that was too small. */
static void buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    buf_reserve(b, 128);
    int n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
    if (n >= 0 && b->len + (size_t)n + 1 > b->cap) {
        buf_reserve(b, (size_t)n);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
    }
    va_end(again);
    if (n > 0)
        b->len += (size_t)n;
}

void buf_printf(struct buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(b, fmt, ap);
    va_end(ap);
}
