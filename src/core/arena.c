/*-------------------------------------------------------------------------
 *
 * arena.c
 *	  Block arena over a caller-supplied allocator.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/arena.c
 *
 *-------------------------------------------------------------------------
 */
#include "arena.h"

#include <stdlib.h>
#include <string.h>

#define NT_ARENA_BLOCK 16384
#define NT_ALIGN 16

struct nt_arena_block
{
	nt_arena_block *next;
	size_t		size;
	/* payload follows, aligned */
};

static void *
malloc_alloc(void *ctx, size_t size)
{
	(void) ctx;
	return malloc(size);
}

static void
malloc_release(void *ctx, void *ptr)
{
	(void) ctx;
	free(ptr);
}

const nt_allocator nt_malloc_allocator = {malloc_alloc, malloc_release, NULL};

void
nt_arena_init(nt_arena *arena, const nt_allocator *allocator)
{
	memset(arena, 0, sizeof(*arena));
	arena->allocator = *allocator;
}

static size_t
header_size(void)
{
	return (sizeof(nt_arena_block) + NT_ALIGN - 1) & ~(size_t) (NT_ALIGN - 1);
}

void *
nt_arena_alloc(nt_arena *arena, size_t size)
{
	void	   *p;

	size = (size + NT_ALIGN - 1) & ~(size_t) (NT_ALIGN - 1);
	if (size == 0)
		size = NT_ALIGN;
	if (size > arena->left)
	{
		size_t		want = size > NT_ARENA_BLOCK / 2 ? size : NT_ARENA_BLOCK;
		nt_arena_block *b;

		/* grow blocks with the arena so big inputs need few allocations */
		if (want < arena->total / 4 && size <= arena->total / 4)
			want = arena->total / 4;
		b = arena->allocator.alloc(arena->allocator.ctx, header_size() + want);
		if (b == NULL)
		{
			/*
			 * Core code does not check every allocation: the server's
			 * allocator raises an error instead of returning NULL, and for
			 * malloc a hook may jump out; otherwise stop here.
			 */
			arena->failed = true;
			if (arena->on_oom)
				arena->on_oom(arena->on_oom_arg);
			abort();
		}
		b->next = arena->blocks;
		b->size = want;
		arena->blocks = b;
		arena->total += want;
		arena->cursor = (char *) b + header_size();
		arena->left = want;
	}
	p = arena->cursor;
	arena->cursor += size;
	arena->left -= size;
	return p;
}

void *
nt_arena_alloc0(nt_arena *arena, size_t size)
{
	void	   *p = nt_arena_alloc(arena, size);

	if (p != NULL)
		memset(p, 0, size);
	return p;
}

char *
nt_arena_strndup(nt_arena *arena, const char *s, size_t len)
{
	char	   *p = nt_arena_alloc(arena, len + 1);

	if (p == NULL)
		return NULL;
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void
nt_arena_free_all(nt_arena *arena)
{
	nt_arena_block *b = arena->blocks;

	while (b != NULL)
	{
		nt_arena_block *next = b->next;

		arena->allocator.release(arena->allocator.ctx, b);
		b = next;
	}
	arena->blocks = NULL;
	arena->cursor = NULL;
	arena->left = 0;
	arena->total = 0;
}

/* Sizes only double, so appending n bytes costs O(n) overall. */
static bool
buf_reserve(nt_buf *buf, size_t extra)
{
	size_t		need = buf->len + extra + 1;
	size_t		cap = buf->cap ? buf->cap : 64;
	char	   *data;

	if (need <= buf->cap)
		return true;
	while (cap < need)
		cap *= 2;
	data = nt_arena_alloc(buf->arena, cap);
	if (data == NULL)
		return false;
	if (buf->len)
		memcpy(data, buf->data, buf->len);
	data[buf->len] = '\0';
	buf->data = data;
	buf->cap = cap;
	return true;
}

void
nt_buf_init(nt_buf *buf, nt_arena *arena, size_t initial)
{
	buf->arena = arena;
	buf->data = NULL;
	buf->len = 0;
	buf->cap = 0;
	buf_reserve(buf, initial);
}

void
nt_buf_append(nt_buf *buf, const char *s, size_t len)
{
	if (!buf_reserve(buf, len))
		return;
	memcpy(buf->data + buf->len, s, len);
	buf->len += len;
	buf->data[buf->len] = '\0';
}

void
nt_buf_append_char(nt_buf *buf, char c)
{
	nt_buf_append(buf, &c, 1);
}

void
nt_buf_append_str(nt_buf *buf, const char *s)
{
	nt_buf_append(buf, s, strlen(s));
}

void
nt_vec_init(nt_vec *vec, nt_arena *arena, size_t elem_size)
{
	vec->arena = arena;
	vec->items = NULL;
	vec->count = 0;
	vec->cap = 0;
	vec->elem_size = elem_size;
}

void *
nt_vec_push(nt_vec *vec)
{
	char	   *slot;

	if (vec->count == vec->cap)
	{
		size_t		cap = vec->cap ? vec->cap * 2 : 8;
		void	   *items = nt_arena_alloc(vec->arena, cap * vec->elem_size);

		if (items == NULL)
			return NULL;
		if (vec->count)
			memcpy(items, vec->items, vec->count * vec->elem_size);
		vec->items = items;
		vec->cap = cap;
	}
	slot = (char *) vec->items + vec->count * vec->elem_size;
	memset(slot, 0, vec->elem_size);
	vec->count++;
	return slot;
}
