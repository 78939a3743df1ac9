/*-------------------------------------------------------------------------
 *
 * facts.c
 *	  Election, institutions, event types, head counts, legal references.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/facts.c
 *
 *-------------------------------------------------------------------------
 */
#include "facts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "regex.h"
#include "words.h"

/* ------------------------------------------------------------------------
 * Election
 * ------------------------------------------------------------------------ */

/* "Badan Pengawas Pemilu" and "Komisi Pemilihan Umum" name bodies, not elections */
static const char election_pattern[] =
	"\\b(?<!pengawas\\s)(?<!komisi\\s)(?:(pemilihan\\s+umum|pemilu(?!kada)|pileg|pilpres|pemilihan\\s+presiden|"
	"pemilihan\\s+legislatif)|"
	"(pilkada|pemilukada|pilgub|pilbup|pilwalkot|pilwakot|pilwako|pilwali|pilbub|"
	"pemilihan\\s+kepala\\s+daerah|pemilihan\\s+(?:gubernur|bupati|wali\\s*kota))|"
	"(pemilihan))\\b";
static const char year_pattern[] = "\\b(20[1-3]\\d)\\b";

static nt_regex *re_election,
		   *re_year;

static void
scan_election(const char *text, size_t len, double scale, double weight[2],
			  double year_weight[2][30])
{
	size_t		pos = 0;
	nt_match	m;

	while (nt_regex_find(re_election, text, len, pos, &m) == NT_REGEX_MATCH)
	{
		int			kind = NT_GROUP_SET(&m, 1) ? 0 : 1;
		double		w = NT_GROUP_SET(&m, 3) ? 0.5 : 1.0;
		size_t		look_end = m.end[0];
		nt_match	y;

		pos = m.end[0];
		/* a year soon after, in the same sentence: "Pilkada serentak tahun 2020" */
		while (look_end < len && look_end < m.end[0] + 60 && text[look_end] != '\n' &&
			   !(text[look_end] == '.' && look_end + 1 < len && text[look_end + 1] == ' '))
			look_end++;
		if (nt_regex_find(re_year, text + m.end[0], look_end - m.end[0], 0, &y) ==
			NT_REGEX_MATCH)
		{
			int			year = atoi(text + m.end[0] + y.start[1]);

			if (year >= 2010 && year < 2040)
			{
				year_weight[kind][year - 2010] += w * scale;
				w += 1.0;
			}
		}
		weight[kind] += w * scale;
	}
}

void
nt_guess_election(const nt_context *ctx, const char *body, size_t body_len,
				  const char *title, size_t title_len, nt_election_guess *out)
{
	double		weight[2] = {0, 0};
	double		year_weight[2][30];
	int			kind,
				y,
				best_year = 0;
	double		best = 0;

	(void) ctx;
	if (re_election == NULL)
	{
		re_election = nt_regex_builtin(election_pattern);
		re_year = nt_regex_builtin(year_pattern);
	}
	memset(out, 0, sizeof(*out));
	memset(year_weight, 0, sizeof(year_weight));
	scan_election(body, body_len, 1.0, weight, year_weight);
	if (title != NULL)
		scan_election(title, title_len, 2.0, weight, year_weight);
	if (weight[0] == 0 && weight[1] == 0)
		return;
	kind = weight[0] > weight[1] ? 0 : 1;
	out->found_kind = true;
	out->kind = kind == 0 ? NT_ELECTION_PEMILU : NT_ELECTION_PILKADA;
	for (y = 0; y < 30; y++)
		if (year_weight[kind][y] > best)
		{
			best = year_weight[kind][y];
			best_year = 2010 + y;
		}
	out->year = best_year;
}

/* ------------------------------------------------------------------------
 * Institutions
 * ------------------------------------------------------------------------ */

typedef struct institution_def
{
	const char *words[8];
	const char *name;
} institution_def;

static const institution_def institutions[] = {
	{{"kpu", NULL}, "KPU"},
	{{"kpud", NULL}, "KPU"},
	{{"komisi", "pemilihan", "umum", NULL}, "KPU"},
	{{"bawaslu", NULL}, "Bawaslu"},
	{{"badan", "pengawas", "pemilihan", "umum", NULL}, "Bawaslu"},
	{{"badan", "pengawas", "pemilu", NULL}, "Bawaslu"},
	{{"panwaslu", NULL}, "Panwaslu"},
	{{"panwas", NULL}, "Panwaslu"},
	{{"panitia", "pengawas", "pemilu", NULL}, "Panwaslu"},
	{{"panitia", "pengawas", "pemilihan", NULL}, "Panwaslu"},
	{{"panwascam", NULL}, "Panwascam"},
	{{"bkn", NULL}, "BKN"},
	{{"badan", "kepegawaian", "negara", NULL}, "BKN"},
	{{"kasn", NULL}, "KASN"},
	{{"komisi", "aparatur", "sipil", "negara", NULL}, "KASN"},
	{{"komisi", "asn", NULL}, "KASN"},
	{{"kemenpan", "rb", NULL}, "KemenPAN-RB"},
	{{"kemenpanrb", NULL}, "KemenPAN-RB"},
	{{"kemenpan", NULL}, "KemenPAN-RB"},
	{{"kementerian", "panrb", NULL}, "KemenPAN-RB"},
	{{"kementerian", "pan", "rb", NULL}, "KemenPAN-RB"},
	{{"kementerian", "pan", "dan", "rb", NULL}, "KemenPAN-RB"},
	{{"kementerian", "pendayagunaan", "aparatur", "negara", NULL}, "KemenPAN-RB"},
	{{"menpan", "rb", NULL}, "KemenPAN-RB"},
	{{"menpanrb", NULL}, "KemenPAN-RB"},
	{{"menteri", "panrb", NULL}, "KemenPAN-RB"},
	{{"menteri", "pan", "rb", NULL}, "KemenPAN-RB"},
	{{"kemendagri", NULL}, "Kemendagri"},
	{{"kementerian", "dalam", "negeri", NULL}, "Kemendagri"},
	{{"mendagri", NULL}, "Kemendagri"},
	{{"forkopimda", NULL}, "Forkopimda"},
	{{"forum", "koordinasi", "pimpinan", "daerah", NULL}, "Forkopimda"},
	{{"forkopimcam", NULL}, "Forkopimcam"},
	{{"inspektorat", NULL}, "Inspektorat"},
	{{"bkpsdm", NULL}, "BKPSDM"},
	{{"bkpsdmd", NULL}, "BKPSDM"},
	{{"bkd", NULL}, "BKD"},
	{{"bkpp", NULL}, "BKPP"},
	{{"bkppd", NULL}, "BKPP"},
	{{"dkpp", NULL}, "DKPP"},
	{{"gakkumdu", NULL}, "Gakkumdu"},
	{{"kemenag", NULL}, "Kemenag"},
	{{"kementerian", "agama", NULL}, "Kemenag"},
	{{"kemenkumham", NULL}, "Kemenkumham"},
	{{"kesbangpol", NULL}, "Kesbangpol"},
	{{"korpri", NULL}, "KORPRI"},
	{{"pgri", NULL}, "PGRI"},
	{{"dprd", NULL}, "DPRD"},
	{{"tni", NULL}, "TNI"},
	{{"polri", NULL}, "Polri"},
	{{"polres", NULL}, "Polres"},
	{{"polresta", NULL}, "Polres"},
	{{"kodim", NULL}, "Kodim"},
	{{"ombudsman", NULL}, "Ombudsman"},
};

#define N_INSTITUTIONS (sizeof(institutions) / sizeof(institutions[0]))

static const char *const *
institution_first_words(void)
{
	static const char **list = NULL;
	size_t		k;

	if (list != NULL)
		return list;
	list = calloc(N_INSTITUTIONS + 1, sizeof(const char *));
	if (list == NULL)
		abort();
	for (k = 0; k < N_INSTITUTIONS; k++)
		list[k] = institutions[k].words[0];
	return list;
}

void
nt_find_institutions(const nt_context *ctx, const nt_tokens *t, nt_vec *out)
{
	size_t		i;

	for (i = 0; i < t->count; i++)
	{
		size_t		r;
		const char *best = NULL;
		size_t		best_n = 0;

		if ((i & 0xFFF) == 0)
			nt_check_interrupts(ctx);
		/* names are written capitalised; skip running lower-case words */
		if (!(t->items[i].flags & (NT_TOK_UPPER_INITIAL | NT_TOK_ALL_CAPS)) ||
			!nt_word_in(t->items[i].lower, institution_first_words()))
			continue;
		for (r = 0; r < N_INSTITUTIONS; r++)
		{
			size_t		k;
			bool		ok = true;

			for (k = 0; institutions[r].words[k] != NULL; k++)
			{
				if (i + k >= t->count ||
					strcmp(t->items[i + k].lower, institutions[r].words[k]) != 0 ||
					(k > 0 && !nt_gap_is(t, i + k - 1, "-")))
				{
					ok = false;
					break;
				}
			}
			if (ok && k > best_n)
			{
				best = institutions[r].name;
				best_n = k;
			}
		}
		if (best != NULL)
		{
			size_t		k;
			bool		seen = false;

			for (k = 0; k < out->count; k++)
				if (strcmp(NT_VEC_AT(out, const char *, k), best) == 0)
					seen = true;
			if (!seen)
				*(const char **) nt_vec_push(out) = best;
			i += best_n - 1;
		}
	}
}

/* ------------------------------------------------------------------------
 * Event types
 * ------------------------------------------------------------------------ */

typedef struct event_def
{
	const char *name;
	bool		incident_only;
	const char *anchors;		/* literals one of which any match contains */
	const char *pattern;
} event_def;

static const event_def events[] = {
	{"apel", false, "apel", "\\bapel\\b"},
	{"upacara", false, "upacara", "\\bupacara\\b"},
	{"ikrar", false, "ikrar", "\\b(?:ikrar|berikrar|mengikrarkan|diikrarkan)\\b"},
	{"deklarasi", false, "deklar", "\\b(?:deklarasi|mendeklarasikan|dideklarasikan)\\b[^.\\n]{0,60}\\bnetral|"
	"\\bnetral[^.\\n]{0,40}\\b(?:deklarasi|dideklarasikan)\\b"},
	{"penandatanganan pakta integritas", false, "integritas",
		"\\b(?:penandatanganan|menandatangani|ditandatangani|tandatangani|tanda\\s+tangan|"
		"teken|meneken|diteken)\\b[^.\\n]{0,40}\\b[pf]akta\\s+integritas|"
	"\\b[pf]akta\\s+integritas\\b[^.\\n]{0,40}\\b(?:ditandatangani|diteken|penandatanganan)\\b"},
	{"penandatanganan komitmen bersama", false, "komitmen",
		"\\b(?:penandatanganan|menandatangani|ditandatangani|tandatangani|tanda\\s+tangan|teken|"
	"meneken|diteken)\\b[^.\\n]{0,30}\\bkomitmen\\b"},
	{"penandatanganan ikrar", false, "ikrar|deklarasi|pernyataan netral",
		"\\b(?:penandatanganan|menandatangani|ditandatangani|tandatangani|teken|meneken|diteken)\\b"
	"[^.\\n]{0,20}\\b(?:ikrar|naskah\\s+deklarasi|pernyataan\\s+netral)"},
	{"rapat koordinasi", false, "rapat koordinasi|rakor", "\\b(?:rapat\\s+koordinasi|rakor)\\b"},
	{"sosialisasi", false, "sosialisasi", "\\bsosialisasi\\b(?![^.\\n]{0,20}\\b(?:bakal\\s+)?(?:calon|paslon|kandidat|caleg))"},
	{"imbauan", false, "imbau|himbau", "\\b(?:imbauan|himbauan|mengimbau|menghimbau|diimbau|dihimbau)\\b"},
	{"diskusi", false, "diskusi|fgd|dialog|seminar|webinar", "\\b(?:diskusi|fgd|dialog\\s+publik|seminar|webinar)\\b"},
	{"laporan", true, "lapor", "\\b(?:dilaporkan|melaporkan|pelapor|terlapor|laporan\\s+(?:warga|masyarakat|dugaan))\\b"},
	{"temuan", true, "temu", "\\b(?:temuan|menemukan|ditemukan)\\b"},
	{"klarifikasi", true, "klarifikasi", "\\b(?:klarifikasi|mengklarifikasi|diklarifikasi)\\b"},
	{"penelusuran", true, "telusur|investigasi", "\\b(?:penelusuran|menelusuri|ditelusuri|investigasi)\\b"},
	{"pleno", true, "pleno", "\\bpleno\\b"},
	{"penerusan", true, "terus|limpah|rekomendasi|serahkan", "\\b(?:diteruskan|meneruskan|penerusan|dilimpahkan|melimpahkan|"
	"direkomendasikan\\s+ke|merekomendasikan\\s+ke|diserahkan\\s+ke)\\b"},
	{"rekomendasi sanksi", true, "sanksi", "\\brekomendasi\\s+(?:pemberian\\s+)?sanksi\\b|\\bmerekomendasikan\\s+"
	"(?:pemberian\\s+)?sanksi\\b"},
	{"sanksi", true, "sanksi|hukuman", "\\b(?:dijatuhi|menjatuhkan|dijatuhkan|diberi|diberikan|mendapat|menerima|dikenai|"
	"dikenakan)\\s+(?:hukuman\\s+disiplin|sanksi)\\b|\\bdisanksi\\b"},
	{"teguran", true, "tegur", "\\b(?:teguran|ditegur|menegur)\\b"},
	{"penanganan pidana", true, "pidana|gakkumdu", "\\b(?:pidana|gakkumdu)\\b"},
};

#define N_EVENTS ((int) (sizeof(events) / sizeof(events[0])))

static nt_regex *re_events[N_EVENTS];

void
nt_find_event_types(const nt_context *ctx, const char *text, size_t len,
					bool incident, nt_vec *out)
{
	int			k;
	char	   *lower;

	if (re_events[0] == NULL)
		for (k = 0; k < N_EVENTS; k++)
			re_events[k] = nt_regex_builtin(events[k].pattern);
	lower = nt_lower_copy(ctx->arena, text, len);
	for (k = 0; k < N_EVENTS; k++)
	{
		nt_check_interrupts(ctx);
		if (events[k].incident_only && !incident)
			continue;
		if (!nt_has_any(lower, len, events[k].anchors))
			continue;
		if (nt_regex_find(re_events[k], text, len, 0, NULL) == NT_REGEX_MATCH)
			*(const char **) nt_vec_push(out) = events[k].name;
	}
}

/* ------------------------------------------------------------------------
 * Participants
 * ------------------------------------------------------------------------ */

static const char participants_pattern[] =
	"(?:\\b(?:sebanyak|sekitar|kurang\\s+lebih|tak\\s+kurang\\s+dari|tidak\\s+kurang\\s+dari|"
	"diikuti(?:\\s+oleh)?|dihadiri(?:\\s+oleh)?|melibatkan|total|hingga|mencapai)\\s+)?"
	"(?<![\\d.,/])(\\d{1,3}(?:\\.\\d{3})+|\\d{1,6})(?![.,]\\d)\\s+(?:orang\\s+)?"
	"(?:asn|pns|pegawai|peserta|aparatur|pejabat|kepala\\s+sekolah|guru|orang|personel|camat|"
	"lurah|karyawan|undangan|kepala\\s+(?:opd|desa|dinas)|kades|pengawas|pppk|honorer|"
	"tenaga|perwakilan)\\b";
static const char participation_pattern[] =
	"\\b(?:mengikuti|diikuti|ikut|hadir|dihadiri|menghadiri|membacakan|mengucapkan|"
	"menandatangani|meneken|berikrar|apel|upacara|deklarasi|ikrar|peserta|sebanyak|"
	"melibatkan)\\b";

static nt_regex *re_participants,
		   *re_participation;

long
nt_find_participants(const nt_context *ctx, const char *text, size_t len)
{
	size_t		pos = 0;
	nt_match	m;

	if (re_participants == NULL)
	{
		re_participants = nt_regex_builtin(participants_pattern);
		re_participation = nt_regex_builtin(participation_pattern);
	}
	while (nt_regex_find(re_participants, text, len, pos, &m) == NT_REGEX_MATCH)
	{
		size_t		s = m.start[0],
					e = m.end[0];
		long		value = 0;
		size_t		k;

		nt_check_interrupts(ctx);
		pos = m.end[0];
		/* the sentence around the number must be about taking part */
		while (s > 0 && text[s - 1] != '\n' && !(text[s - 1] == ' ' && s >= 2 &&
												 text[s - 2] == '.' && s >= 3 &&
												 nt_is_ascii_alpha(text[s - 3]) &&
												 s >= 4 && nt_is_ascii_alpha(text[s - 4])))
			s--;
		while (e < len && text[e] != '\n' && !(text[e] == '.' && (e + 1 >= len || text[e + 1] == ' ')))
			e++;
		if (nt_regex_find(re_participation, text + s, e - s, 0, NULL) != NT_REGEX_MATCH)
			continue;
		for (k = m.start[1]; k < m.end[1]; k++)
			if (nt_is_ascii_digit(text[k]) && value < 100000000)
				value = value * 10 + (text[k] - '0');
		if (value >= 2)
			return value;
	}
	return -1;
}

/* ------------------------------------------------------------------------
 * Legal references
 * ------------------------------------------------------------------------ */

#define NUM "(?:nomor|nomer|no\\.?)?\\s*"
#define ARTICLE "(?:\\s*,?\\s*pasal\\s+(\\d+[a-z]?)(?:\\s+ayat\\s*\\(?(\\d+)\\)?)?(?:\\s+huruf\\s+([a-z])\\b)?)?"

typedef enum ref_kind
{
	REF_SKB,
	REF_NUMBERED,				/* UU/PP/Perpres/PKPU n/yyyy */
	REF_NAMED_UU,				/* UU ASN, UU Pemilu */
	REF_SE_KASN,
	REF_SE_DATED,				/* SE Bupati tertanggal 5 Oktober 2020 */
	REF_SE_NUMBER,				/* SE/06/M.PAN/11/2016, B/71/M.SM.00.00/2017 */
	REF_SURAT_KASN,
	REF_ARTICLE_FIRST			/* Pasal 280 UU 7/2017 */
} ref_kind;

typedef struct ref_def
{
	ref_kind	kind;
	const char *anchors;
	const char *pattern;
} ref_def;

static const ref_def refs[] = {
	{REF_ARTICLE_FIRST, "pasal", "\\bpasal\\s+(\\d+[a-z]?)(?:\\s+ayat\\s*\\(?(\\d+)\\)?)?(?:\\s+huruf\\s+([a-z]))?"
		"(?:\\s+angka\\s+\\d+)?\\s+(uu|undang-undang|undang\\s+undang|pp|peraturan\\s+pemerintah)\\s*"
	"(?:\\((?:uu|pp)\\)\\s*)?" NUM "(\\d{1,3})\\s*(?:tahun|/|th\\.?)\\s*(\\d{4})"},
	{REF_NUMBERED, "uu|undang|pp|peraturan|perpres|pkpu|perbawaslu|permen|perban|keppres|inpres", "\\b(uu|undang-undang|undang\\s+undang|pp|peraturan\\s+pemerintah|perpres|"
		"peraturan\\s+presiden|pkpu|peraturan\\s+kpu|perbawaslu|peraturan\\s+bawaslu|permendagri|"
		"peraturan\\s+menteri\\s+dalam\\s+negeri|permenpan(?:-?rb)?|peraturan\\s+bkn|perban|keppres|"
		"inpres)\\s*(?:\\((?:uu|pp|pkpu|perpres)\\)\\s*)?" NUM "(\\d{1,3})\\s*(?:tahun|/|th\\.?)\\s*(\\d{4})"
	ARTICLE},
	{REF_NAMED_UU, "uu|undang", "\\b(?:uu|undang-undang)\\s+(asn|pemilu|pilkada|desa|pemda|pemerintahan\\s+daerah|"
	"aparatur\\s+sipil\\s+negara)\\b(?!\\s*(?:nomor|no\\.?)?\\s*\\d)"},
	{REF_SE_KASN, "kasn|komisi", "\\b(?:surat\\s+edaran|se)\\s+(?:ketua\\s+)?(?:komisi\\s+aparatur\\s+sipil\\s+negara|"
		"kasn|komisi\\s+asn)(?:\\s*\\(kasn\\))?\\s*" NUM "([a-z]-?\\s*\\d+\\s*/\\s*kasn\\s*/\\s*\\d{1,2}\\s*/\\s*"
	"\\d{4})"},
	{REF_SE_KASN, "/kasn/", "(?<![\\w/-])(b-?\\d{3,5}/kasn/\\d{1,2}/\\d{4})\\b"},
	{REF_SE_DATED, "tanggal|tgl", "\\b(?:surat\\s+edaran|se)\\s+(bupati|wali\\s*kota|gubernur|sekda|sekretaris\\s+daerah|"
		"menteri\\s+panrb|menpan-?rb|mendagri|kepala\\s+bkn|bawaslu)(?:\\s+[a-z]+){0,3}?\\s+"
		"(?:tertanggal|tanggal|tgl\\.?)\\s+(\\d{1,2}\\s+(?:januari|februari|maret|april|mei|juni|juli|"
	"agustus|september|oktober|november|desember)\\s+\\d{4})"},
	{REF_SE_NUMBER, "/m.", "(?<![\\w/-])((?:se/\\d+/m\\.?pan(?:-?rb)?/\\d+/\\d{4})|(?:b/\\d+/m\\.sm\\.\\d+\\.\\d+/\\d{4}))"},
	{REF_SURAT_KASN, "surat ketua", "\\bsurat\\s+ketua\\s+(?:komisi\\s+asn|kasn|komisi\\s+aparatur\\s+sipil\\s+negara)\\b"},
	{REF_SKB, "skb|keputusan bersama", "\\b(?:skb|surat\\s+keputusan\\s+bersama|keputusan\\s+bersama)\\b"
		"(?:[^.\\n]{0,80}?\\b(?:tahun\\s+|nomor\\s+\\d+\\s+tahun\\s+)(20[12]\\d)\\b|"
	"\\s+(?:lima\\s+menteri\\s+)?(20[12]\\d)\\b)?"},
};

#define N_REFS ((int) (sizeof(refs) / sizeof(refs[0])))

static nt_regex *re_refs[N_REFS];

/* Canonical short name of a regulation type. */
static const char *
regulation_name(const char *s, size_t len)
{
	char		w[48];
	size_t		n = 0,
				k;

	for (k = 0; k < len && n + 1 < sizeof(w); k++)
		if (nt_is_ascii_alpha(s[k]))
			w[n++] = nt_ascii_lower(s[k]);
	w[n] = '\0';
	if (strcmp(w, "uu") == 0 || strncmp(w, "undang", 6) == 0)
		return "UU";
	if (strcmp(w, "pp") == 0 || strcmp(w, "peraturanpemerintah") == 0)
		return "PP";
	if (strcmp(w, "perpres") == 0 || strcmp(w, "peraturanpresiden") == 0)
		return "Perpres";
	if (strcmp(w, "pkpu") == 0 || strcmp(w, "peraturankpu") == 0)
		return "PKPU";
	if (strcmp(w, "perbawaslu") == 0 || strcmp(w, "peraturanbawaslu") == 0)
		return "Perbawaslu";
	if (strcmp(w, "permendagri") == 0 || strcmp(w, "peraturanmenteridalamnegeri") == 0)
		return "Permendagri";
	if (strncmp(w, "permenpan", 9) == 0)
		return "PermenPAN-RB";
	if (strcmp(w, "peraturanbkn") == 0 || strcmp(w, "perban") == 0)
		return "Peraturan BKN";
	if (strcmp(w, "keppres") == 0)
		return "Keppres";
	if (strcmp(w, "inpres") == 0)
		return "Inpres";
	return "UU";
}

typedef struct name_map
{
	const char *squeezed;
	const char *name;
} name_map;

static const name_map named_laws[] = {
	{"asn", "ASN"}, {"aparatursipilnegara", "ASN"}, {"pemilu", "Pemilu"},
	{"pilkada", "Pilkada"}, {"desa", "Desa"}, {"pemda", "Pemda"},
	{"pemerintahandaerah", "Pemda"}, {NULL, NULL}
};

static const name_map issuers[] = {
	{"bupati", "Bupati"}, {"walikota", "Wali Kota"}, {"gubernur", "Gubernur"},
	{"sekda", "Sekda"}, {"sekretarisdaerah", "Sekda"}, {"menteripanrb", "MenPAN-RB"},
	{"menpanrb", "MenPAN-RB"}, {"mendagri", "Mendagri"}, {"kepalabkn", "Kepala BKN"},
	{"bawaslu", "Bawaslu"}, {NULL, NULL}
};

/* Map matched words, lower-cased and without spaces, to a canonical name. */
static const char *
squeezed_lookup(const char *text, size_t start, size_t end, const name_map *map,
				const char *fallback)
{
	char		w[48];
	size_t		n = 0,
				k;

	for (k = start; k < end && n + 1 < sizeof(w); k++)
		if (nt_is_ascii_alnum(text[k]))
			w[n++] = nt_ascii_lower(text[k]);
	w[n] = '\0';
	for (k = 0; map[k].squeezed != NULL; k++)
		if (strcmp(w, map[k].squeezed) == 0)
			return map[k].name;
	return fallback;
}

static void
append_group(nt_buf *b, const char *text, const nt_match *m, int g)
{
	nt_buf_append(b, text + m->start[g], m->end[g] - m->start[g]);
}

static void
append_article(nt_buf *b, const char *text, const nt_match *m, int g_article,
			   int g_ayat, int g_huruf)
{
	if (!NT_GROUP_SET(m, g_article))
		return;
	nt_buf_append_str(b, " Pasal ");
	append_group(b, text, m, g_article);
	if (NT_GROUP_SET(m, g_ayat))
	{
		nt_buf_append_str(b, " ayat (");
		append_group(b, text, m, g_ayat);
		nt_buf_append_char(b, ')');
	}
	if (NT_GROUP_SET(m, g_huruf))
	{
		nt_buf_append_str(b, " huruf ");
		append_group(b, text, m, g_huruf);
	}
}

/* Copy a matched number, upper-cased, without spaces: "B-2708/KASN/9/2020". */
static void
append_number(nt_buf *b, const char *text, const nt_match *m, int g)
{
	size_t		k;

	for (k = m->start[g]; k < m->end[g]; k++)
	{
		char		c = text[k];

		if (c == ' ')
			continue;
		nt_buf_append_char(b, (c >= 'a' && c <= 'z') ? (char) (c - 32) : c);
	}
}

static void
add_ref(nt_vec *out, char *ref)
{
	size_t		k;

	for (k = 0; k < out->count; k++)
	{
		char	   *other = NT_VEC_AT(out, char *, k);

		if (strcmp(other, ref) == 0)
			return;
		/* "PP 94/2021" is covered by "PP 94/2021 Pasal 5" and the reverse */
		if (strncmp(other, ref, strlen(ref)) == 0 && other[strlen(ref)] == ' ')
			return;
		if (strncmp(ref, other, strlen(other)) == 0 && ref[strlen(other)] == ' ')
		{
			NT_VEC_AT(out, char *, k) = ref;
			return;
		}
	}
	*(char **) nt_vec_push(out) = ref;
}

void
nt_find_legal_refs(const nt_context *ctx, const char *text, size_t len, nt_vec *out)
{
	int			k;
	char	   *lower;

	if (re_refs[0] == NULL)
		for (k = 0; k < N_REFS; k++)
			re_refs[k] = nt_regex_builtin(refs[k].pattern);
	lower = nt_lower_copy(ctx->arena, text, len);
	for (k = 0; k < N_REFS; k++)
	{
		size_t		pos = 0;
		nt_match	m;

		if (!nt_has_any(lower, len, refs[k].anchors))
			continue;
		while (nt_regex_find(re_refs[k], text, len, pos, &m) == NT_REGEX_MATCH)
		{
			nt_buf		b;

			nt_check_interrupts(ctx);
			pos = m.end[0] > m.start[0] ? m.end[0] : m.start[0] + 1;
			nt_buf_init(&b, ctx->arena, 48);
			switch (refs[k].kind)
			{
				case REF_ARTICLE_FIRST:
					nt_buf_append_str(&b, regulation_name(text + m.start[4], m.end[4] - m.start[4]));
					nt_buf_append_char(&b, ' ');
					append_group(&b, text, &m, 5);
					nt_buf_append_char(&b, '/');
					append_group(&b, text, &m, 6);
					append_article(&b, text, &m, 1, 2, 3);
					break;
				case REF_NUMBERED:
					nt_buf_append_str(&b, regulation_name(text + m.start[1], m.end[1] - m.start[1]));
					nt_buf_append_char(&b, ' ');
					append_group(&b, text, &m, 2);
					nt_buf_append_char(&b, '/');
					append_group(&b, text, &m, 3);
					append_article(&b, text, &m, 4, 5, 6);
					break;
				case REF_NAMED_UU:
					nt_buf_append_str(&b, "UU ");
					nt_buf_append_str(&b, squeezed_lookup(text, m.start[1], m.end[1],
														  named_laws, "Pemilu"));
					break;
				case REF_SE_KASN:
					nt_buf_append_str(&b, "SE KASN ");
					append_number(&b, text, &m, 1);
					break;
				case REF_SE_DATED:
					nt_buf_append_str(&b, "SE ");
					nt_buf_append_str(&b, squeezed_lookup(text, m.start[1], m.end[1],
														  issuers, "Bupati"));
					nt_buf_append_char(&b, ' ');
					append_group(&b, text, &m, 2);
					break;
				case REF_SE_NUMBER:
					nt_buf_append_str(&b, "SE MenPAN-RB ");
					append_number(&b, text, &m, 1);
					break;
				case REF_SURAT_KASN:
					nt_buf_append_str(&b, "Surat Ketua KASN");
					break;
				case REF_SKB:
					nt_buf_append_str(&b, "SKB");
					if (NT_GROUP_SET(&m, 1))
					{
						nt_buf_append_char(&b, ' ');
						append_group(&b, text, &m, 1);
					}
					else if (NT_GROUP_SET(&m, 2))
					{
						nt_buf_append_char(&b, ' ');
						append_group(&b, text, &m, 2);
					}
					break;
			}
			add_ref(out, b.data);
		}
	}
	/* a bare "SKB" adds nothing next to "SKB 2022" */
	{
		size_t		i,
					j;
		bool		dated = false;

		for (i = 0; i < out->count; i++)
			if (strncmp(NT_VEC_AT(out, char *, i), "SKB ", 4) == 0)
				dated = true;
		if (dated)
		{
			for (i = 0, j = 0; i < out->count; i++)
				if (strcmp(NT_VEC_AT(out, char *, i), "SKB") != 0)
					NT_VEC_AT(out, char *, j++) = NT_VEC_AT(out, char *, i);
			out->count = j;
		}
	}
}
