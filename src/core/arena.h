/*-------------------------------------------------------------------------
 *
 * arena.h
 *	  The core's one memory interface: an allocator supplied by the caller,
 *	  and an arena that takes blocks from it and frees them all at once.
 *
 * In the server the allocator is palloc in a short-lived memory context;
 * in the unit tests and fuzzers it is malloc.  Core code never frees single
 * objects: everything made for one article lives until the arena is reset.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/arena.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_ARENA_H
#define NETRALITAS_ARENA_H

#include <stdbool.h>
#include <stddef.h>

typedef struct nt_allocator
{
	/* Should not return NULL: the arena then calls on_oom, then aborts. */
	void	   *(*alloc) (void *ctx, size_t size);
	void		(*release) (void *ctx, void *ptr);
	void	   *ctx;
} nt_allocator;

/* malloc/free, for tests and tools. */
extern const nt_allocator nt_malloc_allocator;

typedef struct nt_arena_block nt_arena_block;

typedef struct nt_arena
{
	nt_allocator allocator;
	nt_arena_block *blocks;
	char	   *cursor;
	size_t		left;
	size_t		total;			/* bytes obtained from the allocator */
	bool		failed;			/* an allocation failed */
	/* Called when an allocation fails; expected not to return. */
	void		(*on_oom) (void *arg);
	void	   *on_oom_arg;
} nt_arena;

extern void nt_arena_init(nt_arena *arena, const nt_allocator *allocator);
extern void *nt_arena_alloc(nt_arena *arena, size_t size);
extern void *nt_arena_alloc0(nt_arena *arena, size_t size);
extern char *nt_arena_strndup(nt_arena *arena, const char *s, size_t len);
extern void nt_arena_free_all(nt_arena *arena);

/* A growable byte string in an arena, always NUL-terminated. */
typedef struct nt_buf
{
	nt_arena   *arena;
	char	   *data;
	size_t		len;
	size_t		cap;
} nt_buf;

extern void nt_buf_init(nt_buf *buf, nt_arena *arena, size_t initial);
extern void nt_buf_append(nt_buf *buf, const char *s, size_t len);
extern void nt_buf_append_char(nt_buf *buf, char c);
extern void nt_buf_append_str(nt_buf *buf, const char *s);

/* A growable array of fixed-size elements in an arena. */
typedef struct nt_vec
{
	nt_arena   *arena;
	void	   *items;
	size_t		count;
	size_t		cap;
	size_t		elem_size;
} nt_vec;

extern void nt_vec_init(nt_vec *vec, nt_arena *arena, size_t elem_size);
extern void *nt_vec_push(nt_vec *vec);	/* returns a zeroed slot */

#define NT_VEC_AT(vec, type, i) (((type *) (vec)->items)[i])

#endif							/* NETRALITAS_ARENA_H */
