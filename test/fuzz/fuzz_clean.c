/*
 * fuzz_clean.c
 *	  libFuzzer target for nt_clean_article (clean.h) and the UTF-8 helpers
 *	  (utf8.h) that every text passes through first.
 *
 * Input: any bytes.  This is the one target that takes big pages (up to
 * 1 MB): clean.c has its own limits for long lines (MEASURE_MAX, 64 KB) and
 * long bodies, which smaller inputs never reach.
 *
 * The raw bytes are sanitised exactly as the SQL layer does
 * (nt_text_to_utf8 -> nt_utf8_sanitize) and copied into a buffer of the
 * exact size, without a terminating NUL, like a text datum: ASan then sees
 * any read past the end.
 *
 * Besides "no crash, no sanitizer report" it checks:
 *	- sanitising gives valid UTF-8, leaves valid input unchanged and is
 *	  idempotent; decoding, counting and the character map agree;
 *	- the body and title are valid UTF-8, NUL-terminated at their length,
 *	  in the tidy shape clean.c promises (paragraphs separated by exactly
 *	  one blank line, no spaces at paragraph edges or doubled);
 *	- the body is no longer than the input plus one byte per input line
 *	  (tidy() turns each single line break into a blank line) plus a small
 *	  constant;
 *	- the dateline spans lie inside the body, on character boundaries, in
 *	  order, and point at what the dateline patterns matched: the place
 *	  starts with a capital letter;
 *	- cleaning twice gives the same result.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/clean.h"
#include "core/context.h"
#include "core/utf8.h"

#include "fuzz_common.h"

#define MAX_INPUT (1024 * 1024)

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t
encode_utf8(uint32_t cp, unsigned char *out)
{
	if (cp < 0x80)
	{
		out[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = (unsigned char) (0xC0 | (cp >> 6));
		out[1] = (unsigned char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		out[0] = (unsigned char) (0xE0 | (cp >> 12));
		out[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (unsigned char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (unsigned char) (0xF0 | (cp >> 18));
	out[1] = (unsigned char) (0x80 | ((cp >> 12) & 0x3F));
	out[2] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
	out[3] = (unsigned char) (0x80 | (cp & 0x3F));
	return 4;
}

/* utf8.h: sanitize, is_valid, seq_len, decode, count, charmap. */
static void
check_utf8(nt_arena *arena, const char *raw, size_t size, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0,
				chars = 0,
				again_len;
	char	   *again;
	nt_charmap	map;
	size_t		step = len < 4096 ? 1 : 97;

	CHECK(len <= size * 3);
	CHECK(s[len] == '\0');
	CHECK(strlen(s) == len);	/* NUL bytes are dropped */
	CHECK(nt_utf8_is_valid(s, len));
	/* valid input is left alone */
	if (nt_utf8_is_valid(raw, size))
		CHECK(len == size && memcmp(raw, s, len) == 0);
	/* idempotent */
	again = nt_utf8_sanitize(arena, s, len, &again_len);
	CHECK(again_len == len && memcmp(again, s, len) == 0);

	nt_charmap_init(&map, arena, s, len);
	while (i < len)
	{
		int			n = nt_utf8_seq_len(p + i, len - i);
		int			dn = 0;
		uint32_t	cp = nt_utf8_decode(p + i, len - i, &dn);
		unsigned char enc[4];

		CHECK(n >= 1 && n <= 4);
		CHECK(dn == n);
		CHECK(cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF));
		CHECK(encode_utf8(cp, enc) == (size_t) n && memcmp(enc, p + i, (size_t) n) == 0);
		if (chars % step == 0)
			CHECK(nt_charmap_chars(&map, i) == chars);
		i += (size_t) n;
		chars++;
	}
	CHECK(i == len);
	CHECK(nt_utf8_count(s, len) == chars);
	CHECK(nt_charmap_chars(&map, len) == chars);
	CHECK(nt_charmap_chars(&map, len + 7) == chars);
}

/* The shape tidy() promises for the body. */
static void
check_tidy_body(const char *b, size_t n)
{
	size_t		i;

	if (n == 0)
		return;
	CHECK(b[0] != ' ' && b[0] != '\n');
	CHECK(b[n - 1] != ' ' && b[n - 1] != '\n');
	for (i = 0; i + 1 < n; i++)
	{
		if (b[i] == ' ')
			CHECK(b[i + 1] != ' ' && b[i + 1] != '\n');
		if (b[i] == '\n')
		{
			/* exactly two line breaks between paragraphs */
			CHECK(b[i + 1] != ' ');
			if (i == 0 || b[i - 1] != '\n')
				CHECK(b[i + 1] == '\n' && i + 2 < n && b[i + 2] != '\n' && b[i + 2] != ' ');
		}
	}
}

static void
check_cleaned(const char *text, size_t len, const nt_cleaned *c)
{
	size_t		lines = 0,
				i;

	for (i = 0; i < len; i++)
		if (text[i] == '\n' || text[i] == '\r')
			lines++;

	CHECK(c->body != NULL);
	CHECK(c->body[c->body_len] == '\0');
	CHECK(strlen(c->body) == c->body_len);
	CHECK(nt_utf8_is_valid(c->body, c->body_len));
	CHECK(c->body_len <= len + lines + 16);
	check_tidy_body(c->body, c->body_len);

	if (c->title != NULL)
	{
		CHECK(c->title_len > 0);
		CHECK(c->title_len <= len);
		CHECK(c->title[c->title_len] == '\0');
		CHECK(strlen(c->title) == c->title_len);
		CHECK(nt_utf8_is_valid(c->title, c->title_len));
		CHECK(memchr(c->title, '\n', c->title_len) == NULL);
	}
	else
		CHECK(c->title_len == 0);

	if (c->has_dateline)
	{
		const char *b = c->body;
		size_t		n = c->body_len;

		check_span(b, n, c->dateline_place_start, c->dateline_place_end);
		check_span(b, n, c->dateline_outlet_start, c->dateline_outlet_end);
		CHECK(c->dateline_place_end <= c->dateline_end);
		CHECK(c->dateline_end <= n);
		CHECK(at_boundary(b, n, c->dateline_end));
		CHECK(c->dateline_outlet_end <= c->dateline_end);
		/* group 2 of both dateline patterns starts with [A-Z] */
		CHECK(c->dateline_place_end > c->dateline_place_start);
		CHECK(b[c->dateline_place_start] >= 'A' && b[c->dateline_place_start] <= 'Z');
	}
}

static bool
same_cleaned(const nt_cleaned *a, const nt_cleaned *b)
{
	if (a->body_len != b->body_len || memcmp(a->body, b->body, a->body_len) != 0)
		return false;
	if ((a->title == NULL) != (b->title == NULL) || a->title_len != b->title_len)
		return false;
	if (a->title && memcmp(a->title, b->title, a->title_len) != 0)
		return false;
	return a->has_dateline == b->has_dateline &&
		a->dateline_place_start == b->dateline_place_start &&
		a->dateline_place_end == b->dateline_place_end &&
		a->dateline_outlet_start == b->dateline_outlet_start &&
		a->dateline_outlet_end == b->dateline_outlet_end &&
		a->dateline_end == b->dateline_end;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	nt_arena	arena,
				arena2;
	nt_context	ctx,
				ctx2;
	size_t		len;
	char	   *sanitized;
	char	   *text;
	nt_cleaned	c1,
				c2;

	if (size > MAX_INPUT)
		return 0;
	nt_arena_init(&arena, &nt_malloc_allocator);
	nt_arena_init(&arena2, &nt_malloc_allocator);
	ctx.arena = &arena;
	ctx.check_interrupts = NULL;
	ctx.check_interrupts_arg = NULL;
	ctx2 = ctx;
	ctx2.arena = &arena2;

	sanitized = nt_utf8_sanitize(&arena, (const char *) data, size, &len);
	check_utf8(&arena, (const char *) data, size, sanitized, len);
	text = exact_copy(sanitized, len);

	nt_clean_article(&ctx, text, len, &c1);
	check_cleaned(text, len, &c1);
	nt_clean_article(&ctx2, text, len, &c2);
	CHECK(same_cleaned(&c1, &c2));

	free(text);
	nt_arena_free_all(&arena);
	nt_arena_free_all(&arena2);
	return 0;
}
