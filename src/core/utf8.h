/*-------------------------------------------------------------------------
 *
 * utf8.h
 *	  UTF-8 helpers: sanitising, counting characters, character offsets.
 *
 * The text functions work on valid UTF-8.  Input from a SQL_ASCII database
 * can hold any bytes, so it is sanitised first; positions reported to users
 * are character positions, never byte offsets.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/utf8.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_UTF8_H
#define NETRALITAS_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/* Length of the valid sequence at s (1..4), or 0 when invalid/truncated. */
extern int	nt_utf8_seq_len(const unsigned char *s, size_t left);

/* Decode one code point of a valid sequence; sets *len. */
extern uint32_t nt_utf8_decode(const unsigned char *s, size_t left, int *len);

extern bool nt_utf8_is_valid(const char *s, size_t len);

/*
 * Copy of the text with every invalid byte replaced by U+FFFD and NUL bytes
 * dropped; *out_len receives the length.
 */
extern char *nt_utf8_sanitize(nt_arena *arena, const char *s, size_t len,
							  size_t *out_len);

/*
 * The length of the white-space character at p (ASCII white space, no-break
 * and other Unicode spaces, line and paragraph separators), or of a
 * zero-width one (zero-width space and joiners, byte-order mark; then
 * *zero_width is set); 0 for anything else.
 */
extern int	nt_utf8_space_len(const unsigned char *p, size_t left, bool *zero_width);
/* Nothing but white-space and zero-width characters (or nothing at all)? */
extern bool nt_utf8_is_blank(const char *s, size_t len);

/*
 * The offset in the input s[0, len) of a byte offset in what
 * nt_utf8_sanitize made of it: where a span the core found in the
 * sanitised text starts in the text the user gave.
 */
extern size_t nt_utf8_raw_offset(const char *s, size_t len, size_t sanitized_offset);
extern size_t nt_utf8_count(const char *s, size_t len);

/*
 * Byte-to-character offset conversion for one text, with a checkpoint every
 * 256 bytes so that many lookups stay cheap on long texts.
 */
typedef struct nt_charmap
{
	const char *text;
	size_t		len;
	size_t	   *checkpoints;	/* characters before byte i * 256 */
} nt_charmap;

extern void nt_charmap_init(nt_charmap *map, nt_arena *arena, const char *text,
							size_t len);
extern size_t nt_charmap_chars(const nt_charmap *map, size_t byte_offset);

#endif							/* NETRALITAS_UTF8_H */
