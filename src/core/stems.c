/*-------------------------------------------------------------------------
 *
 * stems.c
 *	  The stem view of a text.
 *
 * Words are runs of letters and digits (ASCII, and letters of other
 * scripts passed through); sentence and clause punctuation (. , ; : ! ?)
 * is kept as a word of its own so that rules can stay inside a sentence.
 * Everything else separates words.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/stems.c
 *
 *-------------------------------------------------------------------------
 */
#include "stems.h"

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

#include "words.h"

static struct sb_stemmer *stemmer = NULL;

/*
 * Stems of words seen before, per process: news vocabulary repeats, and a
 * lookup is far cheaper than running the stemmer.  A direct-mapped table;
 * a collision just replaces the older word.
 */
#define STEM_CACHE_SIZE 16384
#define STEM_WORD_MAX 32

typedef struct stem_entry
{
	char		word[STEM_WORD_MAX];
	char		stem[STEM_WORD_MAX];
	uint8_t		stem_len;
} stem_entry;

static stem_entry *stem_cache = NULL;

static const char *
cached_stem(const char *word, size_t n, size_t *stem_len)
{
	uint32_t	slot;
	stem_entry *e;
	const sb_symbol *stem;
	int			len;

	if (n == 0 || n >= STEM_WORD_MAX)
	{
		stem = sb_stemmer_stem(stemmer, (const sb_symbol *) word, (int) n);
		*stem_len = stem ? (size_t) sb_stemmer_length(stemmer) : 0;
		return (const char *) stem;
	}
	if (stem_cache == NULL)
	{
		stem_cache = calloc(STEM_CACHE_SIZE, sizeof(stem_entry));
		if (stem_cache == NULL)
			abort();
	}
	slot = nt_hash_bytes(word, n) & (STEM_CACHE_SIZE - 1);
	e = &stem_cache[slot];
	if (e->word[n] == '\0' && memcmp(e->word, word, n) == 0)
	{
		*stem_len = e->stem_len;
		return e->stem;
	}
	stem = sb_stemmer_stem(stemmer, (const sb_symbol *) word, (int) n);
	len = stem ? sb_stemmer_length(stemmer) : 0;
	if (stem == NULL || len <= 0 || len >= STEM_WORD_MAX)
	{
		*stem_len = stem ? (size_t) len : 0;
		return (const char *) stem;
	}
	memcpy(e->word, word, n);
	e->word[n] = '\0';
	memcpy(e->stem, stem, (size_t) len);
	e->stem[len] = '\0';
	e->stem_len = (uint8_t) len;
	*stem_len = (size_t) len;
	return e->stem;
}

/*
 * Length of the word character at text[i], or 0 when it is not one.
 * Non-ASCII letters count; the General Punctuation block (curly quotes,
 * dashes, U+2000-U+206F) does not.
 */
static size_t
word_char(const char *text, size_t i, size_t len)
{
	unsigned char c = (unsigned char) text[i];

	if (c < 0x80)
		return nt_is_ascii_alnum((char) c) ? 1 : 0;
	if (c == 0xE2 && i + 1 < len && ((unsigned char) text[i + 1] == 0x80 ||
									 (unsigned char) text[i + 1] == 0x81))
		return 0;
	if (c == 0xC2)				/* Latin-1 punctuation and no-break space */
		return 0;
	if (c >= 0xF0)
		return 4;
	if (c >= 0xE0)
		return 3;
	if (c >= 0xC0)
		return 2;
	return 1;
}

/* The view under construction: text and its source spans, grown together. */
typedef struct view_builder
{
	nt_arena   *arena;
	char	   *text;
	uint32_t   *from;
	uint32_t   *to;
	size_t		len;
	size_t		cap;
} view_builder;

static void
reserve(view_builder *b, size_t extra)
{
	size_t		cap = b->cap;
	char	   *text;
	uint32_t   *from,
			   *to;

	if (b->len + extra + 1 <= b->cap)
		return;
	while (b->len + extra + 1 > cap)
		cap = cap * 2;
	text = nt_arena_alloc(b->arena, cap);
	from = nt_arena_alloc(b->arena, cap * sizeof(uint32_t));
	to = nt_arena_alloc(b->arena, cap * sizeof(uint32_t));
	memcpy(text, b->text, b->len);
	memcpy(from, b->from, b->len * sizeof(uint32_t));
	memcpy(to, b->to, b->len * sizeof(uint32_t));
	b->text = text;
	b->from = from;
	b->to = to;
	b->cap = cap;
}

/* Append a word (or punctuation) that came from source bytes [from, to). */
static void
emit(view_builder *b, const char *s, size_t n, uint32_t from, uint32_t to)
{
	size_t		k;

	reserve(b, n + 1);
	if (b->len > 0)
	{
		b->text[b->len] = ' ';
		b->from[b->len] = from;
		b->to[b->len] = to;
		b->len++;
	}
	memcpy(b->text + b->len, s, n);
	for (k = 0; k < n; k++)
	{
		b->from[b->len + k] = from;
		b->to[b->len + k] = to;
	}
	b->len += n;
}

void
nt_stem_view_build(const nt_context *ctx, const char *text, size_t len,
				   nt_stem_view *view)
{
	view_builder b;
	size_t		i = 0;
	char		word[64];

	if (stemmer == NULL)
	{
		stemmer = sb_stemmer_new("indonesian", "UTF_8");
		if (stemmer == NULL)
			abort();
	}
	b.arena = ctx->arena;
	b.len = 0;
	b.cap = len + len / 4 + 16;
	b.text = nt_arena_alloc(ctx->arena, b.cap);
	b.from = nt_arena_alloc(ctx->arena, b.cap * sizeof(uint32_t));
	b.to = nt_arena_alloc(ctx->arena, b.cap * sizeof(uint32_t));
	while (i < len)
	{
		unsigned char c = (unsigned char) text[i];

		if ((i & 0xFFFF) == 0)
			nt_check_interrupts(ctx);
		if (word_char(text, i, len) > 0)
		{
			size_t		start = i,
						n = 0,
						w;
			const char *stem;
			size_t		stem_len;

			while (i < len && (w = word_char(text, i, len)) > 0)
			{
				size_t		k;

				/* whole characters only, so the stemmer sees valid UTF-8 */
				if (i + w <= len && n + w < sizeof(word))
					for (k = 0; k < w; k++)
						word[n++] = nt_ascii_lower(text[i + k]);
				i += w;
			}
			if (i > len)
				i = len;
			word[n] = '\0';
			/* the stemmer wants lower-case words */
			stem = cached_stem(word, n, &stem_len);
			if (stem == NULL || stem_len == 0)
				emit(&b, word, n, (uint32_t) start, (uint32_t) i);
			else
				emit(&b, stem, stem_len, (uint32_t) start, (uint32_t) i);
			continue;
		}
		if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?')
		{
			char		p = (char) c;

			/* "S.E." and "1.250": a dot inside a word is not a sentence end */
			if (!(c == '.' && i + 1 < len && word_char(text, i + 1, len) > 0))
				emit(&b, &p, 1, (uint32_t) i, (uint32_t) i + 1);
		}
		/* a separator outside ASCII (curly quote, dash, no-break space) whole */
		if (c >= 0xF0)
			i += 4;
		else if (c >= 0xE0)
			i += 3;
		else if (c >= 0xC0)
			i += 2;
		else
			i++;
	}
	if (i > len)
		i = len;
	/* one slot past the end maps to the end of the source */
	reserve(&b, 1);
	b.text[b.len] = '\0';
	b.from[b.len] = (uint32_t) len;
	b.to[b.len] = (uint32_t) len;
	view->text = b.text;
	view->len = b.len;
	view->source = b.from;
	view->source_end = b.to;
}
