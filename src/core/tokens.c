/*-------------------------------------------------------------------------
 *
 * tokens.c
 *	  Word tokens.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/tokens.c
 *
 *-------------------------------------------------------------------------
 */
#include "tokens.h"

#include "words.h"

void
nt_tokenize(const nt_context *ctx, const char *text, size_t len, nt_tokens *out)
{
	nt_vec		vec;
	size_t		i = 0;

	nt_vec_init(&vec, ctx->arena, sizeof(nt_token));
	while (i < len)
	{
		size_t		start;
		nt_token   *tok;
		size_t		n = 0;
		int			upper = 0,
					lower = 0,
					digits = 0;

		while (i < len && !nt_is_ascii_alnum(text[i]))
			i++;
		if (i >= len)
			break;
		start = i;
		if ((vec.count & 0xFFFF) == 0)
			nt_check_interrupts(ctx);
		tok = nt_vec_push(&vec);
		while (i < len && nt_is_ascii_alnum(text[i]))
		{
			char		c = text[i];

			if (nt_is_ascii_digit(c))
				digits++;
			else if (nt_is_ascii_upper(c))
				upper++;
			else
				lower++;
			if (n < NT_TOKEN_WORD_MAX)
				tok->lower[n++] = nt_ascii_lower(c);
			i++;
		}
		tok->lower[n] = '\0';
		tok->start = (uint32_t) start;
		tok->end = (uint32_t) i;
		tok->hash = nt_hash_bytes(tok->lower, n);
		if (nt_is_ascii_upper(text[start]))
			tok->flags |= NT_TOK_UPPER_INITIAL;
		else if (text[start] >= 'a' && text[start] <= 'z')
			tok->flags |= NT_TOK_LOWER_INITIAL;
		if (upper >= 2 && lower == 0)
			tok->flags |= NT_TOK_ALL_CAPS;
		if (digits > 0)
			tok->flags |= NT_TOK_HAS_DIGIT;
		if (digits > 0 && upper == 0 && lower == 0)
			tok->flags |= NT_TOK_DIGITS;
	}
	out->text = text;
	out->len = len;
	out->items = vec.items;
	out->count = vec.count;
}

bool
nt_gap_is(const nt_tokens *t, size_t i, const char *allowed)
{
	size_t		len;
	const char *g = nt_gap(t, i, &len);
	size_t		k;

	for (k = 0; k < len; k++)
	{
		if (g[k] == ' ')
			continue;
		if (allowed == NULL || strchr(allowed, g[k]) == NULL)
			return false;
	}
	return true;
}
