/*-------------------------------------------------------------------------
 *
 * tokens.h
 *	  Word tokens of a text, with their byte spans and shape.
 *
 * Gazetteer lookups (regions, roles, institutions) walk these tokens
 * instead of running one regular expression per name.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/tokens.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_TOKENS_H
#define NETRALITAS_TOKENS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "context.h"

#define NT_TOK_UPPER_INITIAL 0x01	/* "Bupati" */
#define NT_TOK_ALL_CAPS		0x02	/* "ASN", "TANJUNGBALAI" (2+ letters) */
#define NT_TOK_DIGITS		0x04	/* only digits */
#define NT_TOK_HAS_DIGIT	0x08
#define NT_TOK_LOWER_INITIAL 0x10

#define NT_TOKEN_WORD_MAX 31

typedef struct nt_token
{
	uint32_t	start;			/* byte offsets into the text */
	uint32_t	end;
	uint32_t	hash;			/* of the lower-cased word */
	uint16_t	flags;
	char		lower[NT_TOKEN_WORD_MAX + 1];	/* lower-cased, truncated */
} nt_token;

typedef struct nt_tokens
{
	const char *text;
	size_t		len;
	nt_token   *items;
	size_t		count;
} nt_tokens;

/* Words are runs of ASCII letters and digits; everything else separates. */
extern void nt_tokenize(const nt_context *ctx, const char *text, size_t len,
						nt_tokens *out);

/* The bytes between two tokens (or after the last one). */
static inline const char *
nt_gap(const nt_tokens *t, size_t i, size_t *len)
{
	size_t		from = t->items[i].end;
	size_t		to = i + 1 < t->count ? t->items[i + 1].start : t->len;

	*len = to - from;
	return t->text + from;
}

/* Does the gap after token i hold only spaces (and at most "extra")? */
extern bool nt_gap_is(const nt_tokens *t, size_t i, const char *allowed);

static inline bool
nt_tok_is(const nt_token *tok, const char *lower_word)
{
	return strcmp(tok->lower, lower_word) == 0;
}

#endif							/* NETRALITAS_TOKENS_H */
