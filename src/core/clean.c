/*-------------------------------------------------------------------------
 *
 * clean.c
 *	  Article body and title out of a scraped news page.
 *
 * Scraped pages mix the article with navigation, share widgets, captions,
 * teasers for other stories, comment forms and footers.  No per-site rules
 * are used; lines are judged by their shape:
 *
 *	- prose (a sentence of several words, mostly lower-case words, Indonesian
 *	  function words) scores positively, short or headline-shaped lines
 *	  negatively; the body is the run of lines with the best total score
 *	  (the maximum-sum segment), which cuts headers and footers away even
 *	  when a stray sentence sits in them;
 *	- a dateline ("KOTA (Outlet) – ...") marks where the body starts, so
 *	  captions and summaries above it are dropped;
 *	- inside the body, headline-shaped lines (teasers, captions), widget
 *	  lines, English boilerplate and repeated lines are dropped;
 *	- a body that the page publishes twice, even glued to the end of a
 *	  sentence without line breaks, is found by comparing the text with
 *	  whitespace removed, and the second copy goes, with the title glued
 *	  in front of it.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/clean.c
 *
 *-------------------------------------------------------------------------
 */
#include "clean.h"

#include <string.h>

#include "regex.h"
#include "utf8.h"
#include "words.h"

typedef struct line_info
{
	const char *text;			/* normalised, not NUL-terminated */
	uint32_t	len;
	uint16_t	words;
	uint16_t	cap_words;		/* words starting with an upper-case letter */
	uint16_t	lower_words;
	uint16_t	id_stop;		/* Indonesian function words */
	uint16_t	en_stop;		/* English function words */
	uint16_t	repeats;		/* how often the same line occurs */
	unsigned	sentence:1;		/* has sentence punctuation */
	unsigned	marker:1;		/* widget words: "Baca juga", "Editor:" ... */
	unsigned	list_item:1;
	unsigned	separators:1;	/* "|", "»" ... as in menus and crumbs */
	unsigned	dateline:1;		/* starts with "KOTA (Outlet) –" */
	int			score;
} line_info;

/*
 * Words that open widget lines on Indonesian news sites.  They are generic
 * CMS vocabulary, not any site's strings, and only decide about short lines
 * or lines that start with them.
 */
static const char *const marker_starts[] = {
	"baca juga", "baca :", "baca:", "lihat juga", "simak juga", "simak :",
	"simak:", "berita terkait", "artikel terkait", "berita lainnya",
	"berita terkini", "berita trending", "berita populer", "terpopuler",
	"tag :", "tag:", "tags:", "tag terkait", "editor:", "editor :",
	"penulis:", "penulis :", "reporter:", "reporter :", "redaktur:",
	"redaktur :", "pewarta:", "pewarta :", "sumber:", "foto:", "foto :",
	"copyright", "hak cipta", "\xc2\xa9", "ikuti kami", "ikuti berita",
	"dapatkan update", "follow us", "share this", "bagikan", "sebarkan",
	NULL
};

static nt_regex *dateline_re = NULL;
static nt_regex *inline_teaser_re = NULL;

/*
 * "Baca Juga: Bupati Kebumen Resmikan Pasar Baru di Prembun" inside a
 * paragraph: the marker and the capitalised headline after it.  A pronoun
 * or connective that opens a sentence ("Ia", "Namun") is where the article
 * resumes.
 */
static const char inline_teaser_pattern[] =
	"\\s*(?i:baca\\s+juga|lihat\\s+juga|simak\\s+juga|baca\\s+selengkapnya)\\s*:?\\s*"
	"(?:(?:(?!(?:Ia|Dia|Mereka|Kami|Kita|Saya|Beliau|Pihaknya|Namun|Sementara|Menurut|Selain|"
	"Sedangkan|Adapun|Kemudian|Sebelumnya|Hal)\\b)[A-Z0-9\"“‘][^\\s]*|"
	"di|ke|dan|dari|untuk|yang|dengan|pada|jadi|atau|usai|saat|"
	"soal|demi|jelang|hingga|bagi|ini|itu)(?:\\s+|$)){1,24}";
static nt_regex *dateline_nodash_re = NULL;
static nt_regex *dateline_alone_re = NULL;

/*
 * A dateline: a place (capitalised words, often upper case), optionally an
 * outlet in parentheses or after a comma, or an outlet domain and a bar
 * before the place, then a dash.  Case-sensitive: the capitals matter.
 */
static const char dateline_pattern[] =
	"^[\"“]?(?:((?i:[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:com|id|net|org|co|news|info)))\\s*[|,]\\s*)?"
	"((?:[A-Z][A-Za-z'’.]*)(?:[ -](?:[A-Z][A-Za-z'’.]*)){0,3})"
	"\\s*(?:,?\\s*\\(\\s*([^()]{2,40}?)\\s*\\)|,\\s*((?:[A-Z][A-Za-z0-9.]*)(?:\\s[A-Z][A-Za-z0-9.]*){0,3}"
	"|[A-Za-z][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)+))?"
	"(?:,?\\s*\\.?\\s*[-–—]+\\s+|\\s+[-–—]+\\s*|\\s*\\|\\s*)(?=[\"“‘A-Z])";

/* "TRIBUN-BALI.COM, BANGLI Badan ...": an outlet domain, then the place. */
static const char dateline_nodash_pattern[] =
	"^((?i:[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:com|id|net|org|co|news|info)))\\s*,\\s*"
	"([A-Z]{3,}(?:\\s[A-Z]{3,}){0,2})()()\\s+(?=[A-Z][a-z])";

/* A dateline on a line of its own: "Jakarta -" */
static const char dateline_alone_pattern[] =
	"^(?:[A-Z][A-Za-z'’.]*)(?:[ -](?:[A-Z][A-Za-z'’.]*)){0,3}(?:\\s*,\\s*\\S+(?:\\s\\S+){0,2})?"
	"\\s*[-–—]+$";

static void
ensure_patterns(void)
{
	if (dateline_re == NULL)
	{
		dateline_re = nt_regex_builtin_cs(dateline_pattern);
		dateline_nodash_re = nt_regex_builtin_cs(dateline_nodash_pattern);
		dateline_alone_re = nt_regex_builtin_cs(dateline_alone_pattern);
		inline_teaser_re = nt_regex_builtin_cs(inline_teaser_pattern);
	}
}

/* Replace Unicode spaces by ASCII spaces, drop zero-width characters. */
static size_t
normalise_space_char(const unsigned char *p, size_t left, char *out, int *consumed)
{
	bool		zero_width;
	int			n = nt_utf8_space_len(p, left, &zero_width);

	/* line breaks are the caller's */
	if (n == 0 || p[0] == '\n' ||
		(n == 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)))
	{
		*consumed = 0;
		return 0;
	}
	*consumed = n;
	if (zero_width)
		return 0;
	out[0] = ' ';
	return 1;
}

/*
 * Copy the text with whitespace normalised: one space between words, no
 * spaces at line ends, "\n" as the only line break.
 */
static char *
normalise(const nt_context *ctx, const char *raw, size_t len, size_t *out_len)
{
	char	   *out = nt_arena_alloc(ctx->arena, len + 1);
	const unsigned char *p = (const unsigned char *) raw;
	size_t		i = 0,
				o = 0;
	bool		pending_space = false;
	size_t		line_start = 0;

	while (i < len)
	{
		char		tmp[1];
		int			consumed;
		size_t		produced;

		if ((i & 0xFFFFF) == 0)
			nt_check_interrupts(ctx);
		/* the common case: a visible ASCII character */
		if (p[i] > ' ' && p[i] < 0x80)
		{
			if (pending_space)
			{
				out[o++] = ' ';
				pending_space = false;
			}
			out[o++] = (char) p[i++];
			continue;
		}
		if (p[i] == '\n' || (p[i] == '\r' && (i + 1 >= len || p[i + 1] != '\n')))
		{
			out[o++] = '\n';
			line_start = o;
			pending_space = false;
			i++;
			continue;
		}
		produced = normalise_space_char(p + i, len - i, tmp, &consumed);
		if (consumed > 0 || p[i] == ' ')
		{
			if (consumed == 0)
				consumed = 1, produced = 1;
			if (produced > 0 && o > line_start)
				pending_space = true;
			i += consumed;
			continue;
		}
		if (pending_space)
		{
			out[o++] = ' ';
			pending_space = false;
		}
		out[o++] = (char) p[i++];
	}
	out[o] = '\0';
	*out_len = o;
	return out;
}

/*
 * Is the period at s[dot] part of an abbreviation ("Pj.", "H.", "S.E.",
 * "Drs.") rather than a sentence end?  Titles and degrees are frequent in
 * Indonesian news and would otherwise split sentences.
 */
static bool
nt_is_abbreviation_before(const char *s, size_t dot)
{
	static const char *const abbreviations[] = {
		"bpk", "dr", "dra", "drs", "h", "hj", "ir", "jl", "kab", "kec", "kel",
		"kh", "no", "ny", "pj", "pjs", "plh", "plt", "prof", "sdr", "st", "tn",
		NULL
	};
	size_t		start = dot;
	char		word[8];
	size_t		n,
				k;

	while (start > 0 && nt_is_ascii_alpha(s[start - 1]))
		start--;
	n = dot - start;
	if (n == 0)
		return false;
	/* an initial, or part of a dotted degree like S.E. or M.Si. */
	if (n == 1 && nt_is_ascii_upper(s[start]))
		return true;
	if (start > 0 && s[start - 1] == '.')
		return true;
	if (n >= sizeof(word))
		return false;
	for (k = 0; k < n; k++)
		word[k] = nt_ascii_lower(s[start + k]);
	word[n] = '\0';
	for (k = 0; abbreviations[k] != NULL; k++)
		if (strcmp(word, abbreviations[k]) == 0)
			return true;
	return false;
}

static bool
starts_with_ci(const char *s, size_t len, const char *prefix)
{
	size_t		n = strlen(prefix);
	size_t		i;

	if (n > len)
		return false;
	for (i = 0; i < n; i++)
		if (nt_ascii_lower(s[i]) != prefix[i])
			return false;
	return true;
}

/*
 * Line features saturate quickly, so only the first MEASURE_MAX bytes of a
 * line are looked at: a page that is one 50 MB line costs no more.
 */
#define MEASURE_MAX 65536

static void
measure_line(line_info *li)
{
	const char *s = li->text;
	size_t		len = li->len < MEASURE_MAX ? li->len : MEASURE_MAX;
	size_t		i = 0;
	int			k;

	while (i < len)
	{
		size_t		w_start,
					w_end;
		char		word[24];
		size_t		wl = 0;
		bool		has_alnum = false;
		char		first = 0;

		while (i < len && s[i] == ' ')
			i++;
		w_start = i;
		while (i < len && s[i] != ' ')
			i++;
		w_end = i;
		if (w_end == w_start)
			break;
		for (size_t j = w_start; j < w_end; j++)
		{
			char		c = s[j];

			if (nt_is_ascii_alnum(c))
			{
				if (!has_alnum)
					first = c;
				has_alnum = true;
				if (wl < sizeof(word) - 1)
					word[wl++] = nt_ascii_lower(c);
			}
			else if ((unsigned char) c >= 0x80 && !has_alnum)
			{
				/* a word starting with a non-ASCII letter counts as a word */
				has_alnum = (unsigned char) c >= 0xC3 && (unsigned char) c < 0xE2;
			}
		}
		if (!has_alnum)
			continue;
		word[wl] = '\0';
		li->words++;
		if (first >= 'A' && first <= 'Z')
			li->cap_words++;
		else if (first >= 'a' && first <= 'z')
			li->lower_words++;
		/* the language of a line shows in its first words */
		if (li->words <= 40)
		{
			if (nt_is_indonesian_function_word(word))
				li->id_stop++;
			else if (nt_is_english_function_word(word))
				li->en_stop++;
		}
	}

	/* sentence punctuation: ". " "? " "! " inside, or at the end */
	i = 0;
	/*
	 * A list number "1." or "03." opening the line is not a sentence end
	 * ("1.250 ASN" is a number, not an item).
	 */
	while (i < len && nt_is_ascii_digit(s[i]))
		i++;
	if (i > 0 && i < len && (s[i] == '.' || s[i] == ')') && (i + 1 >= len || s[i + 1] == ' '))
		i++;
	else
		i = 0;
	for (; i < len; i++)
	{
		char		c = s[i];

		if (c == '.' || c == '!' || c == '?')
		{
			bool		at_end = i + 1 >= len;
			bool		before_space = !at_end && (s[i + 1] == ' ' || s[i + 1] == '"' ||
												   (unsigned char) s[i + 1] == 0xE2);

			if (c == '.' && nt_is_abbreviation_before(s, i))
				continue;
			if (at_end || before_space)
			{
				li->sentence = 1;
				break;
			}
		}
	}

	for (k = 0; marker_starts[k] != NULL; k++)
		if (starts_with_ci(s, len, marker_starts[k]))
		{
			li->marker = 1;
			break;
		}

	if (len >= 2 && (s[0] == '-' || s[0] == '*') && s[1] == ' ')
		li->list_item = 1;
	else if (len >= 4 && (unsigned char) s[0] == 0xE2 && (unsigned char) s[1] == 0x80 &&
			 (unsigned char) s[2] == 0xA2)
		li->list_item = 1;
	else if (len >= 3 && nt_is_ascii_digit(s[0]) &&
			 (((s[1] == '.' || s[1] == ')') && s[2] == ' ') ||
			  (len >= 4 && nt_is_ascii_digit(s[1]) && (s[2] == '.' || s[2] == ')') &&
			   s[3] == ' ')))
		li->list_item = 1;

	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '|' || (c == 0xC2 && i + 1 < len && (unsigned char) s[i + 1] == 0xBB) ||
			(c == 0xE2 && i + 2 < len && (unsigned char) s[i + 1] == 0x80 &&
			 (unsigned char) s[i + 2] == 0xBA))
		{
			li->separators = 1;
			break;
		}
	}
}

/* Does the text end with a sentence end, maybe behind quotes or a tag? */
static bool
nt_ends_sentence(const char *s, size_t len)
{
	while (len > 0)
	{
		unsigned char c = (unsigned char) s[len - 1];

		if (c == '.' || c == '!' || c == '?' || c == ':')
			return true;
		if (c == '"' || c == ')' || c == '\'' || c == ' ')
		{
			len--;
			continue;
		}
		/* closing curly quotes U+201D, U+2019 */
		if (len >= 3 && c >= 0x99 && c <= 0x9D &&
			(unsigned char) s[len - 2] == 0x80 && (unsigned char) s[len - 3] == 0xE2)
		{
			len -= 3;
			continue;
		}
		return false;
	}
	return false;
}

static bool
is_english(const line_info *li)
{
	return li->en_stop >= 2 && li->en_stop > li->id_stop;
}

/* A sentence of running text, the stuff articles are made of. */
static bool
is_prose(const line_info *li)
{
	if (li->marker || is_english(li))
		return false;
	/* news prose capitalises many names, so function words count too */
	if (li->sentence && li->words >= 6 &&
		(li->lower_words * 3 >= li->words || li->id_stop >= 2 ||
		 (li->lower_words >= 3 && li->lower_words * 5 >= li->words)))
		return true;
	/* a dateline opens the body however many names its lead sentence has */
	if (li->dateline && li->words >= 6 && li->sentence && li->lower_words >= 2)
		return true;
	return li->words >= 15 &&
		(li->lower_words * 3 >= li->words || li->id_stop >= 3);
}

/* Capitalised words and no sentence end: a headline, teaser or caption. */
static bool
is_headline(const line_info *li)
{
	return !li->sentence && li->words >= 2 && li->cap_words * 2 >= li->words;
}

static bool
keep_in_body(const line_info *li)
{
	if (li->marker || is_english(li))
		return false;
	if (is_prose(li))
		return true;
	if (li->list_item && li->words >= 2 && !is_headline(li))
		return true;
	/* a short sentence, e.g. a one-line quote */
	return li->sentence && li->words >= 4 && !is_headline(li);
}

static int
line_score(const line_info *li)
{
	if (is_prose(li))
		return (li->words > 50 ? 50 : li->words) - 6;
	if (li->list_item && li->words >= 2 && !is_headline(li))
		return 2;
	return -(3 + (li->words > 30 ? 30 : li->words) / 3);
}

static bool
lines_equal(const line_info *a, const line_info *b)
{
	return a->len == b->len && memcmp(a->text, b->text, a->len) == 0;
}

static uint32_t
line_hash(const line_info *li)
{
	size_t		n = li->len < MEASURE_MAX ? li->len : MEASURE_MAX;

	return nt_hash_bytes(li->text, n) ^ li->len;
}

/*
 * Count repeats of each line with a small hash table, so that a page of a
 * million lines is still linear.
 */
static void
count_repeats(const nt_context *ctx, line_info *lines, size_t n)
{
	size_t		cap = 64;
	uint32_t   *table;
	size_t		i;

	while (cap < n * 2)
		cap *= 2;
	table = nt_arena_alloc0(ctx->arena, cap * sizeof(uint32_t));
	for (i = 0; i < n; i++)
	{
		uint32_t	h = line_hash(&lines[i]);
		size_t		slot = h & (cap - 1);

		if ((i & 0xFFFF) == 0)
			nt_check_interrupts(ctx);
		while (table[slot] != 0)
		{
			line_info  *other = &lines[table[slot] - 1];

			if (lines_equal(other, &lines[i]))
			{
				other->repeats++;
				lines[i].repeats = UINT16_MAX;	/* marks "seen before" */
				break;
			}
			slot = (slot + 1) & (cap - 1);
		}
		if (table[slot] == 0)
		{
			table[slot] = (uint32_t) i + 1;
			lines[i].repeats = 1;
		}
	}
}

static bool
is_dateline(const line_info *li, nt_match *m)
{
	size_t		len = li->len < 300 ? li->len : 300;
	size_t		probe = li->len < 120 ? li->len : 120;

	/* a dateline has a dash, a bar or a comma near the start */
	if (len == 0 || (memchr(li->text, '-', probe) == NULL && memchr(li->text, '|', probe) == NULL &&
					 memchr(li->text, ',', probe) == NULL &&
					 memchr(li->text, 0xE2, probe) == NULL))
		return false;
	return nt_regex_find(dateline_re, li->text, len, 0, m) == NT_REGEX_MATCH ||
		nt_regex_find(dateline_nodash_re, li->text, len, 0, m) == NT_REGEX_MATCH;
}

/* Append a line, leaving out "Baca Juga: <headline>" inside it. */
static void
append_without_teasers(nt_buf *body, const char *text, size_t len)
{
	size_t		pos = 0;
	nt_match	m;

	if (len > MEASURE_MAX)
	{
		nt_buf_append(body, text, len);
		return;
	}
	while (pos < len &&
		   nt_regex_find(inline_teaser_re, text, len, pos, &m) == NT_REGEX_MATCH)
	{
		/* the teaser opens the line: the line is a teaser, kept as is */
		if (m.start[0] == 0 && pos == 0 && m.end[0] >= len)
			break;
		nt_buf_append(body, text + pos, m.start[0] - pos);
		nt_buf_append_char(body, ' ');
		pos = m.end[0] > pos ? m.end[0] : pos + 1;
	}
	if (pos < len)
		nt_buf_append(body, text + pos, len - pos);
}

/* A headline-shaped line before the body, the more so when repeated once. */
static int
title_score(const line_info *li, size_t index, size_t body_start)
{
	int			score;

	if (li->marker || li->separators || is_english(li) || li->list_item)
		return -1;
	if (li->words < 4 || li->words > 30)
		return -1;
	/* captions are sentences; headlines may only end in ? or ! */
	if (li->sentence && li->text[li->len - 1] != '?' && li->text[li->len - 1] != '!')
		return -1;
	if (li->cap_words * 2 < li->words)
		return -1;
	score = (li->words > 15 ? 15 : li->words) * 2;
	if (li->id_stop > 0)
		score += 2;
	if (li->repeats == 2)
		score += 4;
	else if (li->repeats > 2 && li->repeats != UINT16_MAX)
		score -= 10;
	/* headlines sit close above the body */
	if (body_start > index && body_start - index <= 4)
		score += 2;
	return score;
}

/* Squeezed text: every non-space byte, with its offset in the body. */
typedef struct squeezed
{
	char	   *s;
	uint32_t   *pos;			/* texts are below 1 GB (PostgreSQL's limit) */
	size_t		len;
} squeezed;

static void
squeeze(const nt_context *ctx, const char *body, size_t len, squeezed *sq)
{
	size_t		i;

	sq->s = nt_arena_alloc(ctx->arena, len + 1);
	sq->pos = nt_arena_alloc(ctx->arena, (len + 1) * sizeof(uint32_t));
	sq->len = 0;
	for (i = 0; i < len; i++)
	{
		if ((i & 0xFFFFF) == 0)
			nt_check_interrupts(ctx);
		if (body[i] == ' ' || body[i] == '\n')
			continue;
		sq->s[sq->len] = body[i];
		sq->pos[sq->len] = (uint32_t) i;
		sq->len++;
	}
	sq->s[sq->len] = '\0';
}

static bool *current_drop = NULL;

/* Is the byte already inside a removed copy? */
static bool
drop_at(size_t body_offset)
{
	return current_drop != NULL && current_drop[body_offset];
}

/* Mark a copy, and the title glued in front of it, for removal. */
static void
mark_copy(bool *drop, const squeezed *sq, const squeezed *tq, size_t start, size_t k)
{
	size_t		j;

	current_drop = drop;
	for (j = sq->pos[start]; j <= sq->pos[start + k - 1]; j++)
		drop[j] = true;
	if (tq->len > 0 && start >= tq->len &&
		memcmp(sq->s + start - tq->len, tq->s, tq->len) == 0)
	{
		for (j = sq->pos[start - tq->len]; j < sq->pos[start]; j++)
			drop[j] = true;
	}
}

#define DUP_KEY 48				/* bytes that must repeat to start a copy */
/*
 * Pages publish an article twice, not a book: copy detection runs on
 * bodies up to this size, which keeps its memory bounded on huge input.
 */
#define DUP_MAX_BODY (8 * 1024 * 1024)
#define DUP_MIN 160				/* bytes a copy must have to be removed */
#define DUP_BASE 257u

/*
 * Remove later copies of earlier text.  Works on the squeezed text so that
 * a copy whose line breaks were lost still matches.  The first DUP_KEY
 * bytes of every paragraph are hashed; one rolling-hash pass over the text
 * finds where such a key occurs again, so the cost stays linear.
 */
static char *
remove_copies(const nt_context *ctx, char *body, size_t *len,
			  const char *title, size_t title_len)
{
	squeezed	sq;
	squeezed	tq;
	bool	   *drop;
	size_t		i;
	bool		any = false;
	nt_buf		out;
	uint32_t   *keys;			/* hash set of paragraph-start keys */
	size_t		key_cap = 64,
				nkeys = 0;
	uint32_t	pow = 1,
				h = 0;

	current_drop = NULL;
	drop = NULL;
	if (*len > DUP_MAX_BODY)
		return body;
	squeeze(ctx, body, *len, &sq);
	if (sq.len < 2 * DUP_MIN)
		return body;
	if (title != NULL)
		squeeze(ctx, title, title_len, &tq);
	else
		tq.len = 0;

	for (i = 0; i + DUP_KEY <= sq.len; i++)
		if (sq.pos[i] == 0 || body[sq.pos[i] - 1] == '\n')
			nkeys++;
	while (key_cap < nkeys * 4)
		key_cap *= 2;
	keys = nt_arena_alloc0(ctx->arena, key_cap * sizeof(uint32_t));
	for (i = 0; i < DUP_KEY - 1; i++)
		pow *= DUP_BASE;

	/* hash of every window; keys are stored as window start + 1 */
	for (i = 0; i < sq.len; i++)
	{
		h = h * DUP_BASE + (unsigned char) sq.s[i];
		if (i + 1 < DUP_KEY)
			continue;
		{
			size_t		start = i + 1 - DUP_KEY;
			size_t		slot = h & (key_cap - 1);
			bool		para_start = sq.pos[start] == 0 || body[sq.pos[start] - 1] == '\n';

			if ((i & 0xFFFFF) == 0)
				nt_check_interrupts(ctx);
			/* an earlier paragraph start with the same bytes? */
			while (keys[slot] != 0)
			{
				size_t		p = keys[slot] - 1;

				if (p + DUP_KEY <= start &&
					memcmp(sq.s + p, sq.s + start, DUP_KEY) == 0 && !drop_at(sq.pos[start]))
				{
					size_t		k;

					for (k = 0; start + k < sq.len && p + k < start &&
						 sq.s[p + k] == sq.s[start + k]; k++)
						;
					if (k >= DUP_MIN)
					{
						if (!any)
							drop = nt_arena_alloc0(ctx->arena, *len + 1);
						mark_copy(drop, &sq, &tq, start, k);
						any = true;
						break;
					}
				}
				slot = (slot + 1) & (key_cap - 1);
			}
			if (para_start && keys[h & (key_cap - 1)] != (uint32_t) start + 1)
			{
				slot = h & (key_cap - 1);
				while (keys[slot] != 0)
					slot = (slot + 1) & (key_cap - 1);
				keys[slot] = (uint32_t) start + 1;
			}
		}
		h -= pow * (unsigned char) sq.s[i + 1 - DUP_KEY];
	}
	current_drop = NULL;
	if (!any)
		return body;

	nt_buf_init(&out, ctx->arena, *len + 1);
	{
		bool		keep = true;

		for (i = 0; i < *len; i++)
		{
			if ((i & 0xFFFFF) == 0)
				nt_check_interrupts(ctx);
			/*
			 * A copy may differ from the original inside one character
			 * ("–" against "—"): whole characters are kept or dropped, as
			 * their first byte says.
			 */
			if (((unsigned char) body[i] & 0xC0) != 0x80)
				keep = !drop[i];
			if (keep)
				nt_buf_append_char(&out, body[i]);
		}
	}
	*len = out.len;
	return out.data;
}

/*
 * Tidy the whitespace left where text was cut out: no spaces at paragraph
 * edges or doubled, no empty paragraphs, "\n\n" between paragraphs.
 */
static char *
tidy(const nt_context *ctx, const char *s, size_t len, size_t *out_len)
{
	nt_buf		out;
	size_t		i = 0;
	size_t		para_start = 0;

	nt_buf_init(&out, ctx->arena, len + 1);
	while (i < len)
	{
		char		c = s[i];

		if ((i & 0xFFFFF) == 0)
			nt_check_interrupts(ctx);
		if (c != ' ' && c != '\n')
		{
			/* copy a run of ordinary bytes at once */
			size_t		run = i;

			while (run < len && s[run] != ' ' && s[run] != '\n' &&
				   run - i < 0x10000)
				run++;
			nt_buf_append(&out, s + i, run - i);
			i = run;
			continue;
		}
		if (c == ' ')
		{
			if (out.len > para_start && out.data[out.len - 1] != ' ')
				nt_buf_append_char(&out, ' ');
			i++;
			continue;
		}
		/* a line break ends the paragraph */
		while (out.len > para_start && out.data[out.len - 1] == ' ')
			out.len--;
		if (out.len > para_start)
		{
			nt_buf_append(&out, "\n\n", 2);
			para_start = out.len;
		}
		while (i < len && s[i] == '\n')
			i++;
	}
	while (out.len > 0 && (out.data[out.len - 1] == ' ' || out.data[out.len - 1] == '\n'))
		out.len--;
	out.data[out.len] = '\0';
	*out_len = out.len;
	return out.data;
}

void
nt_clean_article(const nt_context *ctx, const char *raw, size_t len,
				 nt_cleaned *out)
{
	size_t		norm_len;
	char	   *norm;
	nt_vec		lines_vec;
	line_info  *lines;
	size_t		n,
				i;
	long		best = 0,
				run = 0;
	size_t		best_start = 0,
				best_end = 0,
				run_start = 0;
	bool		found = false;
	size_t		start,
				end;
	int			best_title = 0;
	size_t		title_index = SIZE_MAX;
	nt_buf		body;
	nt_match	m;
	bool		first_kept = true;

	ensure_patterns();
	memset(out, 0, sizeof(*out));

	norm = normalise(ctx, raw, len, &norm_len);

	nt_vec_init(&lines_vec, ctx->arena, sizeof(line_info));
	for (i = 0; i < norm_len;)
	{
		char	   *nl = memchr(norm + i, '\n', norm_len - i);
		size_t		e = nl ? (size_t) (nl - norm) : norm_len;

		if ((lines_vec.count & 0xFFF) == 0)
			nt_check_interrupts(ctx);

		if (e > i)
		{
			line_info  *li = nt_vec_push(&lines_vec);

			li->text = norm + i;
			li->len = (uint32_t) (e - i > UINT32_MAX ? UINT32_MAX : e - i);
		}
		i = e + 1;
	}
	lines = lines_vec.items;
	n = lines_vec.count;
	if (n == 0)
	{
		out->body = nt_arena_strndup(ctx->arena, "", 0);
		return;
	}

	/* "Jakarta -" alone on a line belongs to the next line */
	for (i = 0; i + 1 < n && i < 200; i++)
	{
		if (lines[i].len < 80 &&
			nt_regex_find(dateline_alone_re, lines[i].text, lines[i].len, 0, NULL) ==
			NT_REGEX_MATCH)
		{
			nt_buf		joined;

			nt_buf_init(&joined, ctx->arena, lines[i].len + lines[i + 1].len + 2);
			nt_buf_append(&joined, lines[i].text, lines[i].len);
			nt_buf_append_char(&joined, ' ');
			nt_buf_append(&joined, lines[i + 1].text, lines[i + 1].len);
			lines[i + 1].text = joined.data;
			lines[i + 1].len = (uint32_t) joined.len;
			lines[i].len = 0;
		}
	}
	/*
	 * A sentence broken over two lines ("... hadir dalam apel tersebut dan"
	 * / "membacakan ikrar ...") is judged whole: a short first part would
	 * not pass for prose by itself.  Bounded, so that a page of a million
	 * broken lines stays linear.
	 */
	for (i = 0; i + 1 < n; i++)
	{
		const line_info *a = &lines[i],
				   *b = &lines[i + 1];
		char		last = a->len > 0 ? a->text[a->len - 1] : '\0';
		size_t		w = 0;

		if ((i & 0xFFF) == 0)
			nt_check_interrupts(ctx);

		/* the next line opens with a plain word ("membacakan", not "outlet.com") */
		while (w < b->len && b->text[w] >= 'a' && b->text[w] <= 'z')
			w++;
		if (a->len >= 40 && a->len + b->len < 2000 && w > 0 && w < b->len &&
			b->text[w] == ' ' && ((last >= 'a' && last <= 'z') || last == ','))
		{
			nt_buf		joined;

			nt_buf_init(&joined, ctx->arena, a->len + b->len + 2);
			nt_buf_append(&joined, a->text, a->len);
			nt_buf_append_char(&joined, ' ');
			nt_buf_append(&joined, b->text, b->len);
			lines[i + 1].text = joined.data;
			lines[i + 1].len = (uint32_t) joined.len;
			lines[i].len = 0;
		}
	}
	for (i = 0; i < n; i++)
	{
		nt_match	dm;

		if ((i & 0xFFF) == 0)
			nt_check_interrupts(ctx);
		measure_line(&lines[i]);
		if (i < 400 && lines[i].len > 0 && is_dateline(&lines[i], &dm))
			lines[i].dateline = 1;
		lines[i].score = line_score(&lines[i]);
	}
	count_repeats(ctx, lines, n);

	/* the maximum-sum run of lines */
	for (i = 0; i < n; i++)
	{
		if (run <= 0)
		{
			run = 0;
			run_start = i;
		}
		run += lines[i].score;
		if (run > best)
		{
			best = run;
			best_start = run_start;
			best_end = i + 1;
			found = true;
		}
	}
	if (!found)
	{
		/* no prose at all: keep every line that is not plainly a widget */
		best_start = 0;
		best_end = n;
	}
	start = best_start;
	end = best_end;

	/* the first dateline before the end of the body starts the body */
	for (i = 0; i < end && i < start + 8; i++)
	{
		if (is_prose(&lines[i]) && lines[i].dateline)
		{
			start = i;
			break;
		}
	}

	/* title: the best headline-shaped line above the body */
	for (i = 0; i < start; i++)
	{
		int			s = title_score(&lines[i], i, start);

		if (s > best_title)
		{
			best_title = s;
			title_index = i;
		}
	}
	if (title_index != SIZE_MAX)
	{
		out->title = nt_arena_strndup(ctx->arena, lines[title_index].text,
									  lines[title_index].len);
		out->title_len = lines[title_index].len;
	}

	nt_buf_init(&body, ctx->arena, norm_len + 1);
	for (i = start; i < end; i++)
	{
		line_info  *li = &lines[i];

		if ((i & 0xFFF) == 0)
			nt_check_interrupts(ctx);
		/*
		 * With no prose at all, keep only short sentences, not menus, and
		 * a long line of running text that was cut before its full stop.
		 */
		if (!keep_in_body(li) &&
			!(found == false && !li->marker && !is_english(li) &&
			  ((li->sentence && li->words >= 4) ||
			   (li->words >= 12 && li->lower_words >= 3))))
			continue;
		if (li->repeats == UINT16_MAX)
			continue;			/* the same line was seen before */
		if (out->title != NULL && li->len == out->title_len &&
			memcmp(li->text, out->title, li->len) == 0)
			continue;
		if (first_kept && is_dateline(li, &m))
		{
			/* the outlet: "(Outlet)", ", Outlet", or "outlet.com |" */
			static const int outlet_groups[] = {3, 4, 1};

			out->has_dateline = true;
			out->dateline_end = body.len + m.end[0];
			out->dateline_place_start = body.len + m.start[2];
			out->dateline_place_end = body.len + m.end[2];
			for (int k = 0; k < 3; k++)
			{
				int			g = outlet_groups[k];

				if (NT_GROUP_SET(&m, g))
				{
					out->dateline_outlet_start = body.len + m.start[g];
					out->dateline_outlet_end = body.len + m.end[g];
					break;
				}
			}
		}
		/*
		 * A line broken in the middle of a sentence (no end punctuation,
		 * the next line starts in lower case) is joined back.
		 */
		if (!first_kept)
		{
			bool		continues = body.len > 0 &&
				!nt_ends_sentence(body.data, body.len) &&
				li->text[0] >= 'a' && li->text[0] <= 'z';

			nt_buf_append_char(&body, continues ? ' ' : '\n');
		}
		append_without_teasers(&body, li->text, li->len);
		first_kept = false;
	}

	{
		size_t		blen = body.len;
		size_t		dateline_len = out->dateline_place_end;
		char	   *deduped;

		nt_check_interrupts(ctx);
		deduped = remove_copies(ctx, body.data, &blen, out->title, out->title_len);
		nt_check_interrupts(ctx);

		out->body = tidy(ctx, deduped, blen, &out->body_len);
		/* the dateline sits at the very start; tidy() only drops spaces */
		if (out->has_dateline && dateline_len > out->body_len)
			out->has_dateline = false;
	}
}
