/*-------------------------------------------------------------------------
 *
 * text_call.h
 *	  What every text function of the binding layer does around the core:
 *	  a scratch memory context, text to UTF-8 and back, interrupts.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/text_call.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_TEXT_CALL_H
#define NETRALITAS_TEXT_CALL_H

#include "postgres.h"

#include "core/arena.h"
#include "core/context.h"
#include "core/utf8.h"

typedef struct nt_text_call
{
	MemoryContext scratch;		/* deleted by nt_text_call_end() */
	MemoryContext caller;
	nt_arena	arena;
	nt_context	ctx;
} nt_text_call;

extern void nt_text_call_begin(nt_text_call *call);

/*
 * A context for core calls that allocate nothing: interrupts only, no
 * memory context created per call.
 */
extern const nt_context *nt_interrupt_only_context(void);
extern void nt_text_call_end(nt_text_call *call);

/*
 * The text as valid UTF-8 in the scratch arena, whatever the database
 * encoding: converted from other encodings, invalid bytes of a SQL_ASCII
 * database replaced by U+FFFD.
 */
extern char *nt_text_to_utf8(nt_text_call *call, text *t, size_t *len);

/* A UTF-8 string of the core as a value of the database encoding. */
/*
 * The 1-based position, as substr() counts in this database, of a byte
 * offset in the UTF-8 text nt_text_to_utf8 made of the argument "input":
 * characters, or in a SQL_ASCII database bytes of the input as given
 * (where each invalid byte became a three-byte U+FFFD in the text).
 */
extern int32 nt_input_position(const nt_charmap *map, text *input, size_t byte_offset);
extern text *nt_utf8_to_text(const char *s, size_t len);
extern char *nt_utf8_to_cstring(const char *s, size_t len);

#endif							/* NETRALITAS_TEXT_CALL_H */
