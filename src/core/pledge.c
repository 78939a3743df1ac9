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

#include "regex.h"
#include "words.h"

/* Up to a clause boundary, so that a wording stays inside one clause. */
#define GAP(n) "[^.;:\\n]{0," #n "}?"
#define NEG "(?:tidak|tak|enggan|bukan)"

typedef struct wording
{
	const char *anchors;		/* literals one of which every match contains */
	int			clause;
	bool		negative_form;	/* the wording itself says "tidak ..." */
	bool		distinctive;	/* a phrase of the standard pledge text itself */
	const char *pattern;
} wording;

/* Literals of which each clause's wordings contain at least one. */
static const char *const clause_anchors[NT_PLEDGE_CLAUSES] = {
	"netral",
	"konflik|intimidasi|ancaman|memihak|berpihak|politik praktis",
	"sosial|medsos|ujaran|hoaks|hoax|bohong|palsu|fitnah|kebencian",
	"politik uang|money|pemberian|imbalan|hadiah|suap|gratifikasi"
};

static const wording wordings[] = {
	/* P1 */
	{"netral", 0, false, false, "\\b(?:menjaga|memegang\\s+teguh|menjunjung(?:\\s+tinggi)?|menegakkan|menegakan|"
		"mempertahankan|mengedepankan|bersikap|tetap|berkomitmen|mewujudkan|"
	"merawat|mengawal)\\b" GAP(60) "\\bnetral(?:itas)?\\b"},
	{"sebelum", 0, false, true, "\\bnetral(?:itas)?\\b" GAP(100) "\\bsebelum,?\\s+selama,?\\s+(?:dan\\s+|maupun\\s+)?"
	"(?:sesudah|setelah)"},
	{"prinsip", 0, false, false, "\\bprinsip\\s+netralitas\\b"},
	{"menegak", 0, false, true, "\\bmenjaga\\s+dan\\s+menegak?kan\\b" GAP(40) "\\bnetral"},
	/* P2 */
	{"konflik", 1, false, true, "\\bmenghindari\\s+(?:terjadinya\\s+)?konflik(?:\\s+kepentingan)?"},
	{"intimidasi|ancaman", 1, true, true, "\\b" NEG "\\s+(?:akan\\s+)?(?:melakukan\\s+)?(?:praktik|praktek)?(?:-?(?:praktik|praktek))?\\s*"
	"(?:intimidasi|ancaman|pengancaman)"},
	{"memihak|berpihak|politik praktis", 1, true, false, "\\b" NEG "\\s+(?:akan\\s+)?(?:memihak|berpihak|terlibat\\s+politik\\s+praktis)"},
	{"bebas dari", 1, false, false, "\\bbebas\\s+dari\\s+(?:intimidasi|konflik\\s+kepentingan)"},
	/* P3 */
	{"media sosial|medsos|sosial media", 2, false, true, "\\b(?:menggunakan|memanfaatkan|bermedia)\\s+(?:media\\s+sosial|medsos|sosial\\s+media)\\s+"
	"(?:dengan\\s+|secara\\s+)?(?:bijak|bijaksana|cerdas|sehat|positif|arif|bertanggung\\s+jawab)"},
	{"bijak|cerdas|arif", 2, false, false, "\\b(?:bijak|cerdas|arif)\\s+(?:dalam\\s+)?(?:menggunakan\\s+|bermedia\\s+)?"
	"(?:media\\s+sosial|medsos|sosial\\s+media)"},
	{"ujaran|berita|hoak|hoax|fitnah|kebencian", 2, true, true, "\\b" NEG "\\s+(?:akan\\s+)?(?:menyebarkan|menyebar|membagikan|memproduksi|membuat)\\s+"
		"(?:luaskan\\s+)?(?:konten\\s+|informasi\\s+)?(?:ujaran\\s+kebencian|berita\\s+(?:bohong|palsu)|hoaks?|"
	"hoax|fitnah|kebencian)"},
	{"dipergunakan|digunakan", 2, true, true, "\\b(?:media\\s+sosial|medsos)\\b" GAP(60) "\\b" NEG "\\s+(?:dipergunakan|digunakan)\\s+"
	"untuk\\s+kepentingan"},
	{"posting|unggah|memosting", 2, true, false, "\\b" NEG "\\s+(?:akan\\s+)?(?:memposting|mengunggah|memosting|posting)\\b" GAP(50)
	"(?:media\\s+sosial|medsos)"},
	/* P4 */
	{"menolak", 3, false, true, "\\bmenolak\\b" GAP(40) "\\b(?:politik\\s+uang|money\\s+politic)"},
	{"menolak", 3, false, false, "\\bmenolak\\b" GAP(40) "\\bpemberian\\b"},
	{"menerima|meminta", 3, true, false, "\\b" NEG "\\s+(?:akan\\s+)?(?:menerima|meminta)\\s+(?:segala\\s+(?:jenis|bentuk)\\s+)?"
	"(?:pemberian|imbalan|politik\\s+uang|hadiah|suap|gratifikasi)"},
	{"anti politik", 3, false, false, "\\banti\\s+politik\\s+uang\\b"},
};

#define N_WORDINGS ((int) (sizeof(wordings) / sizeof(wordings[0])))

static nt_regex *compiled[N_WORDINGS];
static nt_regex *re_negated_before;
static nt_regex *re_prohibition_before;
static nt_regex *re_intro;

/* A negator right before a positive wording turns it around. */
static const char negated_before[] =
	"\\b(?:tidak|tak|enggan|bukan|belum|tanpa|menolak\\s+untuk|gagal)\\s+"
	"(?:akan\\s+|perlu\\s+|harus\\s+|wajib\\s+|mau\\s+|ingin\\s+|usah\\s+|lagi\\s+|pernah\\s+|bisa\\s+|"
	"dapat\\s+|mampu\\s+)*(?:dan\\s+)?$";

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
	int			k;

	if (re_intro != NULL)
		return;
	for (k = 0; k < N_WORDINGS; k++)
		compiled[k] = nt_regex_builtin(wordings[k].pattern);
	re_negated_before = nt_regex_builtin(negated_before);
	re_prohibition_before = nt_regex_builtin(prohibition_before);
	re_intro = nt_regex_builtin(intro);
}

/* The start of the clause that holds "pos" (after . ; : or a line break). */
static size_t
clause_start(const char *text, size_t pos)
{
	size_t		k = pos;

	while (k > 0 && text[k - 1] != '\n' && text[k - 1] != ';' && text[k - 1] != ':' &&
		   !(text[k - 1] == ' ' && k >= 2 && text[k - 2] == '.'))
		k--;
	return k;
}

void
nt_pledge_scan(const nt_context *ctx, const char *text, size_t len, nt_vec *hits)
{
	int			k;
	bool		present[NT_PLEDGE_CLAUSES];
	char	   *lower = nt_lower_copy(ctx->arena, text, len);

	ensure_patterns();
	for (k = 0; k < NT_PLEDGE_CLAUSES; k++)
		present[k] = nt_has_any(lower, len, clause_anchors[k]);
	for (k = 0; k < N_WORDINGS; k++)
	{
		size_t		pos = 0;
		nt_match	m;

		if (!present[wordings[k].clause] || !nt_has_any(lower, len, wordings[k].anchors))
			continue;
		while (nt_regex_find(compiled[k], text, len, pos, &m) == NT_REGEX_MATCH)
		{
			nt_pledge_hit *h;
			size_t		from = m.start[0] > 40 ? m.start[0] - 40 : 0;
			size_t		cs = clause_start(text, m.start[0]);

			nt_check_interrupts(ctx);
			pos = m.end[0] > m.start[0] ? m.end[0] : m.start[0] + 1;
			h = nt_vec_push(hits);
			h->clause = wordings[k].clause;
			h->distinctive = wordings[k].distinctive;
			h->variant = k;
			h->start = m.start[0];
			h->end = m.end[0];
			if (from < cs)
				from = cs;
			/* "tidak akan menjaga netralitas": turned around */
			if (!wordings[k].negative_form &&
				nt_regex_find(re_negated_before, text + from, m.start[0] - from, 0, NULL) ==
				NT_REGEX_MATCH)
				h->negated = true;
			h->prohibition =
				nt_regex_find(re_prohibition_before, text + cs, m.start[0] - cs, 0, NULL) ==
				NT_REGEX_MATCH;
		}
	}
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
