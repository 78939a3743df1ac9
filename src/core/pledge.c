/*-------------------------------------------------------------------------
 *
 * pledge.c
 *	  The standard points of the neutrality pledge.
 *
 * P1 keep and uphold neutrality (before, during, after the election);
 * P2 avoid conflicts of interest, no intimidation or threats, take no side;
 * P3 use social media wisely, spread no hate speech or false news;
 * P4 refuse money politics and any gift.
 *
 * Each point has several wordings, written as patterns over the Indonesian
 * forms seen in the 2020 and 2024 pledges and in news paraphrases.  A
 * wording counts only when it is not negated or turned around: "tidak akan
 * menjaga netralitas" is not P1.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/pledge.c
 *
 *-------------------------------------------------------------------------
 */
#include "pledge.h"

#include <string.h>

#include <stdio.h>
#include <stdlib.h>

#include "prefilter_db.h"
#include "regex.h"
#include "utf8.h"
#include "words.h"

/* Up to a clause boundary, so that a wording stays inside one clause. */
#define GAP(n) "[^.;:\\n]{0," #n "}?"
#define NEG "(?:tidak|tak|enggan|bukan)"

static const nt_pledge_wording wordings[] = {
	/* P1 */
	{1, 0, false, false, "\\b(?:menjaga|memegang\\s+teguh|menjunjung(?:\\s+tinggi)?|menegakkan|menegakan|"
		"mempertahankan|mengedepankan|bersikap|tetap|berkomitmen|mewujudkan|"
	"merawat|mengawal)\\b" GAP(60) "\\bnetral(?:itas)?\\b"},
	{2, 0, false, true, "\\bnetral(?:itas)?\\b" GAP(100) "\\bsebelum,?\\s+selama,?\\s+(?:dan\\s+|maupun\\s+)?"
	"(?:sesudah|setelah)"},
	{3, 0, false, false, "\\bprinsip\\s+netralitas\\b"},
	{4, 0, false, true, "\\bmenjaga\\s+dan\\s+menegak?kan\\b" GAP(40) "\\bnetral"},
	/* P2 */
	{5, 1, false, true, "\\bmenghindari\\s+(?:terjadinya\\s+)?konflik(?:\\s+kepentingan)?"},
	{6, 1, true, true, "\\b" NEG "\\s+(?:akan\\s+)?(?:melakukan\\s+)?(?:praktik|praktek)?(?:-?(?:praktik|praktek))?\\s*"
	"(?:intimidasi|ancaman|pengancaman)"},
	{7, 1, true, false, "\\b" NEG "\\s+(?:akan\\s+)?(?:memihak|berpihak|terlibat\\s+politik\\s+praktis)"},
	{8, 1, false, false, "\\bbebas\\s+dari\\s+(?:intimidasi|konflik\\s+kepentingan)"},
	/* P3 */
	{9, 2, false, true, "\\b(?:(?:menggunakan|memanfaatkan)\\s+(?:media\\s+sosial|medsos|sosial\\s+media)|"
	"bermedia\\s+sosial)\\s+"
	"(?:dengan\\s+|secara\\s+)?(?:bijak|bijaksana|cerdas|sehat|positif|arif|bertanggung\\s+jawab)"},
	{10, 2, false, false, "\\b(?:bijak|cerdas|arif)\\s+(?:dalam\\s+)?(?:(?:menggunakan\\s+)?"
	"(?:media\\s+sosial|medsos|sosial\\s+media)|bermedia\\s+sosial)"},
	{11, 2, true, true, "\\b" NEG "\\s+(?:akan\\s+)?(?:menyebarkan|menyebar|membagikan|memproduksi|membuat)\\s+"
		"(?:luaskan\\s+)?(?:konten\\s+|informasi\\s+)?(?:ujaran\\s+kebencian|berita\\s+(?:bohong|palsu)|hoaks?|"
	"hoax|fitnah|kebencian)"},
	{12, 2, true, true, "\\b(?:media\\s+sosial|medsos)\\b" GAP(60) "\\b" NEG "\\s+(?:dipergunakan|digunakan)\\s+"
	"untuk\\s+kepentingan"},
	{13, 2, true, false, "\\b" NEG "\\s+(?:akan\\s+)?(?:memposting|mengunggah|memosting|posting)\\b" GAP(50)
	"(?:media\\s+sosial|medsos)"},
	/* P4 */
	{14, 3, false, true, "\\bmenolak\\b" GAP(40) "\\b(?:politik\\s+uang|money\\s+politic)"},
	{15, 3, false, false, "\\bmenolak\\b" GAP(40) "\\bpemberian\\b"},
	{16, 3, true, false, "\\b" NEG "\\s+(?:akan\\s+)?(?:menerima|meminta)\\s+(?:segala\\s+(?:jenis|bentuk)\\s+)?"
	"(?:pemberian|imbalan|politik\\s+uang|hadiah|suap|gratifikasi)"},
	{17, 3, false, false, "\\banti\\s+politik\\s+uang\\b"},
};

#define N_WORDINGS ((int) (sizeof(wordings) / sizeof(wordings[0])))

static nt_regex *re_prohibition_before;
static nt_regex *re_intro;

/* Prohibitions and appeals are not commitments. */
static const char prohibition_before[] =
	"\\b(?:dilarang|tidak\\s+boleh|tak\\s+boleh|jangan(?:lah)?|larangan)\\b[^.;\\n]*$";

/* Phrases that introduce the content of a pledge or pact. */
static const char intro[] =
	"\\b(?:(?:isi|poin|butir|bunyi|point|naskah)(?:nya)?\\s+(?:dari\\s+)?(?:ikrar|pakta|komitmen|"
	"pernyataan|deklarasi)|isinya|berbunyi|"
	"(?:ikrar|pakta\\s+integritas|komitmen(?:\\s+bersama)?|pernyataan|deklarasi)\\b[^.\\n]{0,80}?"
	"(?:yaitu|yakni|antara\\s+lain|di\\s*antaranya|berikut|berisi|memuat|meliputi|:)|"
	"(?:kami|kita|saya|mereka|peserta|pegawai|asn)\\s+(?:berikrar|berjanji|bersumpah|berkomitmen|"
	"menyatakan)|berikrar|"
	"(?:empat|4|lima|5|tiga|3|enam|6)\\s+(?:poin|butir|komitmen|pernyataan|point|hal|janji|ikrar)|"
	"pernyataan\\s+(?:lainnya|terakhir|pertama|kedua|ketiga|keempat|berikutnya))|"
	"(?:^|[.:;,\\n\"“])\\s*(?:pertama|kedua|ketiga|keempat|kesatu|kelima)\\s*[,.:]|"
	"(?:^|[:;\\n])\\s*\\d[.)]\\s";

static void
ensure_patterns(void)
{
	if (re_intro != NULL)
		return;
	re_prohibition_before = nt_regex_builtin(prohibition_before);
	re_intro = nt_regex_builtin(intro);
}

/*
 * The start of the clause that holds "pos" (after . ; : or a line break),
 * looking back a bounded distance so that a text without punctuation stays
 * linear.
 */
#define CLAUSE_REACH 400

static size_t
clause_start(const char *text, size_t pos)
{
	size_t		k = pos;

	while (k > 0 && pos - k < CLAUSE_REACH && text[k - 1] != '\n' && text[k - 1] != ';' && text[k - 1] != ':' &&
		   !(text[k - 1] == ' ' && k >= 2 && text[k - 2] == '.'))
		k--;
	return k;
}

/*
 * Is a positive wording turned around by a negator earlier in its clause?
 * "tidak akan menjaga dan menegakkan prinsip netralitas": the negator
 * governs the verbs that lead to the wording, so it may stand several words
 * before it.  A word that starts a new predicate ("ASN yang tidak netral
 * harus menjaga netralitas") ends its reach.
 */
static bool
word_is(const char *text, size_t s, size_t e, const char *const *list)
{
	size_t		n = e - s,
				i;

	for (; *list != NULL; list++)
	{
		if (strlen(*list) != n)
			continue;
		for (i = 0; i < n && nt_ascii_lower(text[s + i]) == (*list)[i]; i++)
			;
		if (i == n)
			return true;
	}
	return false;
}

static const char *const negators[] = {
	"tidak", "tak", "enggan", "bukan", "belum", "tanpa", "gagal", NULL
};

/* words that start another predicate: a negator before them is not ours */
static const char *const predicate_starts[] = {
	"yang", "harus", "wajib", "agar", "supaya", "tetapi", "tapi", "namun", "melainkan",
	"sehingga", "serta", "bila", "jika", "kalau", NULL
};

/* A word with a verb prefix: me-, ber-, ter-, di- (menjaga, bersikap ...). */
static bool
verb_shaped(const char *w, size_t n)
{
	char		a = n > 0 ? nt_ascii_lower(w[0]) : 0,
				b = n > 1 ? nt_ascii_lower(w[1]) : 0,
				c = n > 2 ? nt_ascii_lower(w[2]) : 0;

	if (n < 5)
		return false;
	return (a == 'm' && b == 'e') || (a == 'd' && b == 'i') ||
		((a == 'b' || a == 't') && b == 'e' && c == 'r');
}

static bool
turned_around(const char *text, size_t clause, size_t pos)
{
	size_t		e = pos;
	int			words;

	for (words = 0; words < 8 && e > clause; words++)
	{
		size_t		s;

		while (e > clause && !nt_is_ascii_alpha(text[e - 1]))
		{
			if (text[e - 1] == ',')
				return false;
			e--;
		}
		s = e;
		while (s > clause && (nt_is_ascii_alpha(text[s - 1]) || text[s - 1] == '-'))
			s--;
		if (s == e)
			break;
		if (word_is(text, s, e, negators))
			return true;
		if (word_is(text, s, e, predicate_starts))
			return false;
		/*
		 * "tidak akan menjaga dan menegakkan": a negator reaches over "dan"
		 * when a verb stands right before it; "tidak memihak paslon dan
		 * menjaga" joins two predicates, the second one not negated.
		 */
		if (word_is(text, s, e, (const char *const[]) {"dan", "serta", NULL}))
		{
			size_t		ve = s,
						vs;

			while (ve > clause && text[ve - 1] == ' ')
				ve--;
			vs = ve;
			while (vs > clause && nt_is_ascii_alpha(text[vs - 1]))
				vs--;
			if (!verb_shaped(text + vs, ve - vs))
				return false;
		}
		/* "menolak untuk menjaga" */
		if (e - s == 5 && word_is(text, s, e, (const char *const[]) {"untuk", NULL}))
		{
			size_t		k = s;

			while (k > clause && text[k - 1] == ' ')
				k--;
			if (k >= clause + 7 && word_is(text, k - 7, k, (const char *const[]) {"menolak", NULL}) &&
				(k == clause + 7 || !nt_is_ascii_alpha(text[k - 8])))
				return true;
			return false;
		}
		e = s;
	}
	return false;
}

struct nt_pledge_set
{
	int			n;
	nt_pledge_wording *w;		/* copies, patterns owned */
	nt_regex  **re;
	/* which wordings may match: one prefilter pass, then PCRE2 for spans */
	nt_prefilter_db candidates;
	bool	   *always;			/* not in the prefilter: always run PCRE2 */
	bool	   *candidate;		/* per call, reused */
};

const nt_pledge_wording *
nt_builtin_pledge_wordings(int *count)
{
	*count = N_WORDINGS;
	return wordings;
}

void
nt_pledge_set_free(nt_pledge_set *set)
{
	int			i;

	if (set == NULL)
		return;
	for (i = 0; i < set->n; i++)
	{
		nt_regex_free(set->re[i]);
		free((char *) set->w[i].pattern);
	}
	nt_prefilter_db_free(&set->candidates);
	free(set->w);
	free(set->re);
	free(set->always);
	free(set->candidate);
	free(set);
}

nt_pledge_set *
nt_pledge_set_build(const nt_pledge_wording *w, int n, char *errbuf, size_t errlen,
					size_t *erroffset, int *bad)
{
	nt_pledge_set *set = calloc(1, sizeof(nt_pledge_set));
	char	  **prefilters;
	int			i;

	if (set == NULL)
		abort();
	set->w = calloc((size_t) n + 1, sizeof(nt_pledge_wording));
	set->re = calloc((size_t) n + 1, sizeof(nt_regex *));
	set->always = calloc((size_t) n + 1, 1);
	set->candidate = calloc((size_t) n + 1, 1);
	if (!set->w || !set->re || !set->always || !set->candidate)
		abort();
	for (i = 0; i < n; i++)
	{
		size_t		plen = strlen(w[i].pattern);
		char	   *copy = malloc(plen + 1);

		if (copy == NULL)
			abort();
		memcpy(copy, w[i].pattern, plen + 1);
		set->w[i] = w[i];
		set->w[i].pattern = copy;
		set->re[i] = nt_regex_compile(copy, errbuf, errlen, erroffset);
		set->n = i + 1;
		if (set->re[i] == NULL)
		{
			if (bad)
				*bad = i;
			nt_pledge_set_free(set);
			return NULL;
		}
	}

	/* candidates: one Hyperscan pass over the prefilter forms */
	prefilters = calloc((size_t) n + 1, sizeof(char *));
	if (prefilters == NULL)
		abort();
	for (i = 0; i < n; i++)
		prefilters[i] = nt_prefilter_pattern(set->w[i].pattern);
	nt_prefilter_db_build(&set->candidates, (const char *const *) prefilters, n, true, set->always);
	for (i = 0; i < n; i++)
		free(prefilters[i]);
	free(prefilters);
	return set;
}

const nt_pledge_set *
nt_builtin_pledge_set(void)
{
	static nt_pledge_set *builtin = NULL;

	if (builtin == NULL)
	{
		char		err[256];
		size_t		offset;
		int			bad;

		builtin = nt_pledge_set_build(wordings, N_WORDINGS, err, sizeof(err), &offset, &bad);
		if (builtin == NULL)
			abort();
	}
	return builtin;
}

/*
 * Where to search after a match: its end, or after an empty match the next
 * whole character (a pattern that can match nothing must not restart the
 * search inside a multibyte character).
 */
static size_t
next_search(const char *text, size_t len, const nt_match *m)
{
	int			n;

	if (m->end[0] > m->start[0])
		return m->end[0];
	if (m->start[0] >= len)
		return len + 1;
	n = nt_utf8_seq_len((const unsigned char *) text + m->start[0], len - m->start[0]);
	return m->start[0] + (size_t) (n > 0 ? n : 1);
}

/* Find the candidate wordings of a text (one Hyperscan pass). */
static void
find_candidates(const nt_context *ctx, const nt_pledge_set *set, const char *text, size_t len)
{
	nt_prefilter_db_scan(&set->candidates, ctx, text, len, set->candidate);
}

/*
 * Judge one match of wording k at text[start, end): turned around by a
 * negator, or part of a prohibition.  check_pledge and pledge_points both
 * decide through here, so they cannot disagree.
 */
static void
judge_hit(const nt_pledge_set *set, int k, const char *text, size_t start, size_t end,
		  nt_pledge_hit *h)
{
	size_t		cs = clause_start(text, start);

	memset(h, 0, sizeof(*h));
	h->clause = set->w[k].clause;
	h->distinctive = set->w[k].distinctive;
	h->variant = set->w[k].id;
	h->start = start;
	h->end = end;
	h->negated = !set->w[k].negative_form && turned_around(text, cs, start);
	h->prohibition = nt_regex_find(re_prohibition_before, text + cs, start - cs, 0, NULL) ==
		NT_REGEX_MATCH;
}

void
nt_pledge_scan_set(const nt_context *ctx, const nt_pledge_set *set, const char *text,
				   size_t len, nt_vec *hits)
{
	int			k;

	ensure_patterns();
	find_candidates(ctx, set, text, len);
	for (k = 0; k < set->n; k++)
	{
		size_t		pos = 0;
		nt_match	m;

		if (!set->candidate[k] && !set->always[k])
			continue;
		while (pos < len && nt_regex_find(set->re[k], text, len, pos, &m) == NT_REGEX_MATCH)
		{
			nt_check_interrupts(ctx);
			pos = next_search(text, len, &m);
			if (m.end[0] <= m.start[0])
				continue;		/* an empty match is no wording */
			judge_hit(set, k, text, m.start[0], m.end[0], nt_vec_push(hits));
		}
	}
}

void
nt_pledge_scan(const nt_context *ctx, const char *text, size_t len, nt_vec *hits)
{
	nt_pledge_scan_set(ctx, nt_builtin_pledge_set(), text, len, hits);
}

unsigned
nt_pledge_points_fast(const nt_context *ctx, const nt_pledge_set *set, const char *text,
					  size_t len)
{
	unsigned	points = 0;
	int			k;

	ensure_patterns();
	find_candidates(ctx, set, text, len);
	/* one accepted occurrence settles a point: stop looking for it */
	for (k = 0; k < set->n; k++)
	{
		size_t		pos = 0;
		nt_match	m;
		unsigned	bit = 1u << set->w[k].clause;

		if ((points & bit) || (!set->candidate[k] && !set->always[k]))
			continue;
		while (pos < len && nt_regex_find(set->re[k], text, len, pos, &m) == NT_REGEX_MATCH)
		{
			nt_pledge_hit h;

			nt_check_interrupts(ctx);
			pos = next_search(text, len, &m);
			if (m.end[0] <= m.start[0])
				continue;		/* an empty match is no wording */
			judge_hit(set, k, text, m.start[0], m.end[0], &h);
			if (!h.negated && !h.prohibition)
			{
				points |= bit;
				break;
			}
		}
	}
	return points;
}

static size_t
paragraph_end(const char *text, size_t len, size_t pos)
{
	const char *nl = memchr(text + pos, '\n', len - pos);

	return nl ? (size_t) (nl - text) : len;
}

static size_t
paragraph_start(const char *text, size_t pos)
{
	while (pos > 0 && text[pos - 1] != '\n')
		pos--;
	return pos;
}

static bool
has_hit_in(const nt_vec *hits, size_t from, size_t to)
{
	size_t		k;

	for (k = 0; k < hits->count; k++)
	{
		const nt_pledge_hit *h = &NT_VEC_AT(hits, nt_pledge_hit, k);

		if (h->start >= from && h->start < to)
			return true;
	}
	return false;
}

void
nt_pledge_context(const nt_context *ctx, const char *text, size_t len,
				  const nt_vec *hits, nt_vec *spans)
{
	size_t		pos = 0;
	nt_match	m;

	ensure_patterns();
	while (pos < len && nt_regex_find(re_intro, text, len, pos, &m) == NT_REGEX_MATCH)
	{
		size_t		from = paragraph_start(text, m.start[0]);
		size_t		to = paragraph_end(text, len, m.end[0]);
		size_t	   *span;

		nt_check_interrupts(ctx);
		/*
		 * Later paragraphs belong to the pledge while they carry points; a
		 * news report may put a paragraph or two of comment in between.
		 */
		{
			size_t		scan = to;
			int			gap = 0;

			while (scan < len && gap <= 2)
			{
				size_t		next_start = scan;
				size_t		next_end;

				while (next_start < len && text[next_start] == '\n')
					next_start++;
				if (next_start >= len)
					break;
				next_end = paragraph_end(text, len, next_start);
				if (has_hit_in(hits, next_start, next_end))
				{
					to = next_end;
					gap = 0;
				}
				else
					gap++;
				scan = next_end;
			}
		}
		span = nt_vec_push(spans);
		span[0] = from;
		span[1] = to;
		pos = to > m.end[0] ? to : m.end[0];
	}
}
