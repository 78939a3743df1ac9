/*-------------------------------------------------------------------------
 *
 * utf8.c
 *	  UTF-8 helpers.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/utf8.c
 *
 *-------------------------------------------------------------------------
 */
#include "utf8.h"

#include <string.h>

#define CHARMAP_STEP 256

int
nt_utf8_seq_len(const unsigned char *s, size_t left)
{
	unsigned char c = s[0];

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
	{
		if (left >= 2 && (s[1] & 0xC0) == 0x80)
			return 2;
		return 0;
	}
	if (c >= 0xE0 && c <= 0xEF)
	{
		if (left < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		/* overlong forms and UTF-16 surrogates are invalid */
		if (c == 0xE0 && s[1] < 0xA0)
			return 0;
		if (c == 0xED && s[1] > 0x9F)
			return 0;
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4)
	{
		if (left < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
			(s[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && s[1] < 0x90)
			return 0;
		if (c == 0xF4 && s[1] > 0x8F)
			return 0;
		return 4;
	}
	return 0;
}

uint32_t
nt_utf8_decode(const unsigned char *s, size_t left, int *len)
{
	int			n = nt_utf8_seq_len(s, left);

	*len = n ? n : 1;
	switch (n)
	{
		case 1:
			return s[0];
		case 2:
			return ((uint32_t) (s[0] & 0x1F) << 6) | (s[1] & 0x3F);
		case 3:
			return ((uint32_t) (s[0] & 0x0F) << 12) |
				((uint32_t) (s[1] & 0x3F) << 6) | (s[2] & 0x3F);
		case 4:
			return ((uint32_t) (s[0] & 0x07) << 18) |
				((uint32_t) (s[1] & 0x3F) << 12) |
				((uint32_t) (s[2] & 0x3F) << 6) | (s[3] & 0x3F);
		default:
			return 0xFFFD;
	}
}

bool
nt_utf8_is_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0;

	while (i < len)
	{
		int			n;

		if (p[i] < 0x80)
		{
			if (p[i] == 0)
				return false;
			i++;
			continue;
		}
		n = nt_utf8_seq_len(p + i, len - i);
		if (n == 0)
			return false;
		i += n;
	}
	return true;
}

char *
nt_utf8_sanitize(nt_arena *arena, const char *s, size_t len, size_t *out_len)
{
	const unsigned char *p = (const unsigned char *) s;
	char	   *out;
	size_t		i = 0,
				o = 0;

	/* every bad byte may grow to three bytes */
	out = nt_arena_alloc(arena, len * 3 + 1);
	while (i < len)
	{
		int			n = p[i] < 0x80 ? 1 : nt_utf8_seq_len(p + i, len - i);

		if (n == 0)
		{
			memcpy(out + o, "\xEF\xBF\xBD", 3);
			o += 3;
			i++;
			continue;
		}
		if (n == 1 && p[i] == 0)
		{
			i++;
			continue;
		}
		memcpy(out + o, p + i, n);
		o += n;
		i += n;
	}
	out[o] = '\0';
	*out_len = o;
	return out;
}

int
nt_utf8_space_len(const unsigned char *p, size_t left, bool *zero_width)
{
	*zero_width = false;
	if (left == 0)
		return 0;
	if (p[0] == ' ' || p[0] == '\t' || p[0] == '\n' || p[0] == '\r' || p[0] == '\f' || p[0] == '\v')
		return 1;
	if (left >= 2 && p[0] == 0xC2 && (p[1] == 0xA0 || p[1] == 0x85))
		return 2;
	if (left < 3)
		return 0;
	if (p[0] == 0xE2 && p[1] == 0x80)
	{
		/* U+2000-U+200A spaces, U+2028/2029 separators, U+202F */
		if ((p[2] >= 0x80 && p[2] <= 0x8A) || p[2] == 0xA8 || p[2] == 0xA9 || p[2] == 0xAF)
			return 3;
		/* U+200B-U+200D zero-width space and joiners */
		if (p[2] >= 0x8B && p[2] <= 0x8D)
		{
			*zero_width = true;
			return 3;
		}
	}
	if (p[0] == 0xE2 && p[1] == 0x81 && p[2] == 0x9F)	/* U+205F */
		return 3;
	if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80)	/* U+3000 */
		return 3;
	if (p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)	/* byte-order mark */
	{
		*zero_width = true;
		return 3;
	}
	return 0;
}

bool
nt_utf8_is_blank(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0;

	while (i < len)
	{
		bool		zero_width;
		int			n = nt_utf8_space_len(p + i, len - i, &zero_width);

		if (n == 0)
			return false;
		i += (size_t) n;
	}
	return true;
}

size_t
nt_utf8_raw_offset(const char *s, size_t len, size_t sanitized_offset)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0,
				o = 0;

	/* walk the input as nt_utf8_sanitize does, counting its output */
	while (i < len && o < sanitized_offset)
	{
		int			n = p[i] < 0x80 ? 1 : nt_utf8_seq_len(p + i, len - i);

		if (n == 0)
		{
			o += 3;
			i++;
			continue;
		}
		if (n == 1 && p[i] == 0)
		{
			i++;
			continue;
		}
		o += n;
		i += n;
	}
	return i;
}

size_t
nt_utf8_count(const char *s, size_t len)
{
	size_t		i,
				n = 0;

	/* count the bytes that start a character */
	for (i = 0; i < len; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

void
nt_charmap_init(nt_charmap *map, nt_arena *arena, const char *text, size_t len)
{
	size_t		steps = len / CHARMAP_STEP + 1;
	size_t		i;

	map->text = text;
	map->len = len;
	map->checkpoints = nt_arena_alloc(arena, steps * sizeof(size_t));
	map->checkpoints[0] = 0;
	for (i = 1; i < steps; i++)
		map->checkpoints[i] = map->checkpoints[i - 1] +
			nt_utf8_count(text + (i - 1) * CHARMAP_STEP, CHARMAP_STEP);
}

size_t
nt_charmap_chars(const nt_charmap *map, size_t byte_offset)
{
	size_t		step;

	if (byte_offset > map->len)
		byte_offset = map->len;
	step = byte_offset / CHARMAP_STEP;
	return map->checkpoints[step] +
		nt_utf8_count(map->text + step * CHARMAP_STEP,
					  byte_offset - step * CHARMAP_STEP);
}
