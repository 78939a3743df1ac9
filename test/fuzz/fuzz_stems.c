/*
 * fuzz_stems.c
 *	  libFuzzer target for nt_stem_view_build (stems.h), the view that stem
 *	  rules are matched against (and stem_text() shows in SQL), and for
 *	  nt_tokenize (tokens.h), the word view of the gazetteer lookups.
 *
 * Input: a text, sanitised as the SQL layer does (nt_utf8_sanitize) and
 * copied into an exact-size heap block without a NUL.  Inputs above 64 KB
 * are skipped.
 *
 * Invariants, besides "no crash, no sanitizer report":
 *	- the view is NUL-terminated valid UTF-8 (it is matched by PCRE2 with
 *	  PCRE2_NO_UTF_CHECK, whose subject must be valid UTF-8), with single
 *	  spaces between words and none at the ends;
 *	- every byte of the view maps to a source span [source, source_end)
 *	  inside the text, on character boundaries, in text order; the slot
 *	  past the end maps to the end of the text; kept punctuation maps to
 *	  the same character in the text;
 *	- tokens are maximal runs of ASCII letters and digits, in order, whose
 *	  lower-cased (truncated) form, hash and flags agree with the text;
 *	- building twice gives the same view (the second time from the stem
 *	  cache).
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/context.h"
#include "core/stems.h"
#include "core/tokens.h"
#include "core/utf8.h"
#include "core/words.h"

#include "fuzz_common.h"

#define MAX_INPUT (64 * 1024)

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_view(const char *text, size_t len, const nt_stem_view *v)
{
	size_t		k;

	CHECK(v->text != NULL && v->source != NULL && v->source_end != NULL);
	CHECK(v->text[v->len] == '\0');
	CHECK(strlen(v->text) == v->len);
	CHECK(nt_utf8_is_valid(v->text, v->len));
	if (v->len > 0)
		CHECK(v->text[0] != ' ' && v->text[v->len - 1] != ' ');
	CHECK(v->source[v->len] == len && v->source_end[v->len] == len);
	for (k = 0; k < v->len; k++)
	{
		char		c = v->text[k];

		check_span(text, len, v->source[k], v->source_end[k]);
		CHECK(v->source[k] < v->source_end[k]);
		if (c == ' ')
		{
			CHECK(k + 1 < v->len && v->text[k + 1] != ' ');
			/* a space maps to the word after it */
			CHECK(v->source[k] == v->source[k + 1]);
		}
		if (k > 0 && v->text[k - 1] != ' ')
		{
			/* one word: one span */
			if (c != ' ')
				CHECK(v->source[k] == v->source[k - 1] &&
					  v->source_end[k] == v->source_end[k - 1]);
		}
		if (k > 0)
			CHECK(v->source[k] >= v->source_end[k - 1] || v->source[k] == v->source[k - 1]);
		if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?')
		{
			/* a punctuation word stands alone, for the same character */
			if ((k == 0 || v->text[k - 1] == ' ') && (k + 1 == v->len || v->text[k + 1] == ' '))
				CHECK(text[v->source[k]] == c && v->source_end[k] == v->source[k] + 1);
		}
	}
}

static void
check_tokens(const char *text, size_t len, const nt_tokens *t)
{
	size_t		k,
				i;

	CHECK(t->text == text && t->len == len);
	for (k = 0; k < t->count; k++)
	{
		const nt_token *tok = &t->items[k];
		size_t		n = tok->end - tok->start;
		size_t		ln = n < NT_TOKEN_WORD_MAX ? n : NT_TOKEN_WORD_MAX;
		int			upper = 0,
					lower = 0,
					digits = 0;

		CHECK(tok->start < tok->end && tok->end <= len);
		if (k > 0)
			CHECK(t->items[k - 1].end < tok->start);
		/* maximal runs */
		CHECK(tok->start == 0 || !nt_is_ascii_alnum(text[tok->start - 1]));
		CHECK(tok->end == len || !nt_is_ascii_alnum(text[tok->end]));
		for (i = 0; i < n; i++)
		{
			char		c = text[tok->start + i];

			CHECK(nt_is_ascii_alnum(c));
			if (nt_is_ascii_digit(c))
				digits++;
			else if (nt_is_ascii_upper(c))
				upper++;
			else
				lower++;
			if (i < ln)
				CHECK(tok->lower[i] == nt_ascii_lower(c));
		}
		CHECK(tok->lower[ln] == '\0');
		CHECK(tok->hash == nt_hash_bytes(tok->lower, ln));
		CHECK(((tok->flags & NT_TOK_DIGITS) != 0) == (digits > 0 && upper == 0 && lower == 0));
		CHECK(((tok->flags & NT_TOK_HAS_DIGIT) != 0) == (digits > 0));
		CHECK(((tok->flags & NT_TOK_ALL_CAPS) != 0) == (upper >= 2 && lower == 0));
		CHECK(((tok->flags & NT_TOK_UPPER_INITIAL) != 0) == nt_is_ascii_upper(text[tok->start]));
		if (k + 1 < t->count)
		{
			size_t		gl;
			const char *g = nt_gap(t, k, &gl);

			CHECK(g == text + tok->end && gl == t->items[k + 1].start - tok->end);
		}
	}
	/* nothing alphanumeric outside the tokens */
	for (i = 0, k = 0; i < len; i++)
	{
		while (k < t->count && t->items[k].end <= i)
			k++;
		if (k < t->count && i >= t->items[k].start)
			continue;
		CHECK(!nt_is_ascii_alnum(text[i]));
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	nt_arena	arena;
	nt_context	ctx;
	size_t		len;
	char	   *text;
	nt_stem_view v1,
				v2;
	nt_tokens	t;

	if (size > MAX_INPUT)
		return 0;
	nt_arena_init(&arena, &nt_malloc_allocator);
	ctx.arena = &arena;
	ctx.check_interrupts = NULL;
	ctx.check_interrupts_arg = NULL;
	text = nt_utf8_sanitize(&arena, (const char *) data, size, &len);
	text = exact_copy(text, len);

	nt_stem_view_build(&ctx, text, len, &v1);
	check_view(text, len, &v1);
	nt_stem_view_build(&ctx, text, len, &v2);
	CHECK(v1.len == v2.len && memcmp(v1.text, v2.text, v1.len) == 0);
	CHECK(memcmp(v1.source, v2.source, (v1.len + 1) * sizeof(uint32_t)) == 0);
	CHECK(memcmp(v1.source_end, v2.source_end, (v1.len + 1) * sizeof(uint32_t)) == 0);

	nt_tokenize(&ctx, text, len, &t);
	check_tokens(text, len, &t);

	free(text);
	nt_arena_free_all(&arena);
	return 0;
}
