/*-------------------------------------------------------------------------
 *
 * text_call.c
 *	  Scratch memory, encodings and interrupts for the text functions.
 *
 * The core allocates everything for one call from an arena that draws on
 * a memory context of its own; deleting the context at the end frees it
 * all, so memory does not grow with the number of rows.  If the call is
 * cancelled, the context is a child of the current one and goes with it.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/text_call.c
 *
 *-------------------------------------------------------------------------
 */
#include "text_call.h"

#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "core/utf8.h"

static void *
scratch_alloc(void *ctx, size_t size)
{
	return MemoryContextAllocExtended((MemoryContext) ctx, size, MCXT_ALLOC_HUGE);
}

static void
scratch_release(void *ctx, void *ptr)
{
	(void) ctx;
	pfree(ptr);
}

static void
check_interrupts(void *arg)
{
	(void) arg;
	CHECK_FOR_INTERRUPTS();
}

const nt_context *
nt_interrupt_only_context(void)
{
	static const nt_context ctx = {NULL, check_interrupts, NULL};

	return &ctx;
}

void
nt_text_call_begin(nt_text_call *call)
{
	nt_allocator allocator;

	call->caller = CurrentMemoryContext;
	call->scratch = AllocSetContextCreate(CurrentMemoryContext,
										  "netralitas text call",
										  ALLOCSET_DEFAULT_SIZES);
	allocator.alloc = scratch_alloc;
	allocator.release = scratch_release;
	allocator.ctx = call->scratch;
	nt_arena_init(&call->arena, &allocator);
	call->ctx.arena = &call->arena;
	call->ctx.check_interrupts = check_interrupts;
	call->ctx.check_interrupts_arg = NULL;
}

void
nt_text_call_end(nt_text_call *call)
{
	MemoryContextDelete(call->scratch);
	call->scratch = NULL;
}

char *
nt_text_to_utf8(nt_text_call *call, text *t, size_t *len)
{
	const char *data = VARDATA_ANY(t);
	size_t		n = VARSIZE_ANY_EXHDR(t);
	int			enc = GetDatabaseEncoding();

	if (enc == PG_UTF8)
	{
		/*
		 * Already valid UTF-8 (PostgreSQL checks text input).  The core
		 * works with lengths and never writes to its input, so the datum
		 * itself is used, not a copy.
		 */
		*len = n;
		return (char *) data;
	}
	if (enc == PG_SQL_ASCII)
		return nt_utf8_sanitize(&call->arena, data, n, len);
	{
		MemoryContext old = MemoryContextSwitchTo(call->scratch);
		char	   *converted = (char *) pg_do_encoding_conversion((unsigned char *) data,
																   (int) n, enc, PG_UTF8);
		char	   *result;

		if (converted == data)
			converted = pnstrdup(data, n);
		result = nt_utf8_sanitize(&call->arena, converted, strlen(converted), len);
		MemoryContextSwitchTo(old);
		return result;
	}
}

int32
nt_input_position(const nt_charmap *map, text *input, size_t byte_offset)
{
	if (GetDatabaseEncoding() == PG_SQL_ASCII)
		return (int32) nt_utf8_raw_offset(VARDATA_ANY(input), VARSIZE_ANY_EXHDR(input),
										  byte_offset) + 1;
	return (int32) nt_charmap_chars(map, byte_offset) + 1;
}

char *
nt_utf8_to_cstring(const char *s, size_t len)
{
	int			enc = GetDatabaseEncoding();
	char	   *copy = pnstrdup(s, len);

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
		return copy;
	return pg_any_to_server(copy, (int) len, PG_UTF8);
}

text *
nt_utf8_to_text(const char *s, size_t len)
{
	int			enc = GetDatabaseEncoding();

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
		return cstring_to_text_with_len(s, (int) len);
	return cstring_to_text(nt_utf8_to_cstring(s, len));
}
