/*-------------------------------------------------------------------------
 *
 * officials.c
 *	  Officials named in a text.
 *
 * Indonesian news writes a role before the name: "Penjabat (Pj.) Wali Kota
 * Tanjungpinang, Hasan", "Ketua KPU Kota Tanjungbalai Luhut Parlinggoman",
 * "Pjs. Bupati Padang Pariaman Adib Alfikri, SE., M.Si.".  The parser reads
 * an acting prefix (Pj., Pjs., Plt., Plh.), a role from a table, then skips
 * what qualifies the role (a region, "Kabupaten", an abbreviation in
 * parentheses), honorifics (Dr., H., Drs., ranks) and takes the capitalised
 * words that follow as the name, up to a comma, a lower-case word or a
 * degree.  Later mentions ("kata Sekda", "ujar Hasan") link back to the
 * named person.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/officials.c
 *
 *-------------------------------------------------------------------------
 */
#include "officials.h"

#include <string.h>

#include "regions.h"
#include "words.h"

typedef struct role_def
{
	const char *words[5];		/* lower-case tokens, NULL-terminated */
	const char *role;			/* normalised */
	bool		territorial;	/* an area name follows: Camat X, Lurah X */
} role_def;

/* Longer forms first where one is a prefix of another. */
static const role_def roles[] = {
	{{"wakil", "wali", "kota", NULL}, "Wakil Wali Kota", false},
	{{"wakil", "walikota", NULL}, "Wakil Wali Kota", false},
	{{"wawako", NULL}, "Wakil Wali Kota", false},
	{{"wawali", NULL}, "Wakil Wali Kota", false},
	{{"wali", "kota", NULL}, "Wali Kota", false},
	{{"walikota", NULL}, "Wali Kota", false},
	{{"wako", NULL}, "Wali Kota", false},
	{{"wakil", "bupati", NULL}, "Wakil Bupati", false},
	{{"wabup", NULL}, "Wakil Bupati", false},
	{{"bupati", NULL}, "Bupati", false},
	{{"wakil", "gubernur", NULL}, "Wakil Gubernur", false},
	{{"wagub", NULL}, "Wakil Gubernur", false},
	{{"gubernur", NULL}, "Gubernur", false},
	{{"sekretaris", "daerah", NULL}, "Sekda", false},
	{{"seketaris", "daerah", NULL}, "Sekda", false},
	{{"sekertaris", "daerah", NULL}, "Sekda", false},
	{{"sekda", NULL}, "Sekda", false},
	{{"sekdakot", NULL}, "Sekda", false},
	{{"sekdako", NULL}, "Sekda", false},
	{{"sekdakab", NULL}, "Sekda", false},
	{{"sekdaprov", NULL}, "Sekda", false},
	{{"sekkot", NULL}, "Sekda", false},
	{{"ketua", "kpu", NULL}, "Ketua KPU", false},
	{{"ketua", "kpud", NULL}, "Ketua KPU", false},
	{{"ketua", "bawaslu", NULL}, "Ketua Bawaslu", false},
	{{"ketua", "panwaslu", NULL}, "Ketua Panwaslu", false},
	{{"ketua", "panwas", NULL}, "Ketua Panwaslu", false},
	{{"ketua", "kasn", NULL}, "Ketua KASN", false},
	{{"wakil", "ketua", "kasn", NULL}, "Wakil Ketua KASN", false},
	{{"ketua", "komisi", "asn", NULL}, "Ketua KASN", false},
	{{"ketua", "dprd", NULL}, "Ketua DPRD", false},
	{{"ketua", "korpri", NULL}, "Ketua KORPRI", false},
	{{"anggota", "bawaslu", NULL}, "Anggota Bawaslu", false},
	{{"komisioner", "bawaslu", NULL}, "Anggota Bawaslu", false},
	{{"anggota", "kpu", NULL}, "Anggota KPU", false},
	{{"komisioner", "kpu", NULL}, "Anggota KPU", false},
	{{"anggota", "panwaslu", NULL}, "Anggota Panwaslu", false},
	{{"kepala", "bkpsdm", NULL}, "Kepala BKPSDM", false},
	{{"kepala", "bkpsdmd", NULL}, "Kepala BKPSDM", false},
	{{"kepala", "bkd", NULL}, "Kepala BKD", false},
	{{"kepala", "bkpp", NULL}, "Kepala BKPP", false},
	{{"kepala", "bkppd", NULL}, "Kepala BKPP", false},
	{{"kepala", "bkn", NULL}, "Kepala BKN", false},
	{{"kepala", "kesbangpol", NULL}, "Kepala Kesbangpol", false},
	{{"kepala", "inspektorat", NULL}, "Kepala Inspektorat", false},
	{{"inspektur", NULL}, "Inspektur", false},
	{{"kepala", "kantor", "kemenag", NULL}, "Kepala Kantor Kemenag", false},
	{{"kakankemenag", NULL}, "Kepala Kantor Kemenag", false},
	{{"kakanwil", "kemenag", NULL}, "Kakanwil Kemenag", false},
	{{"kakanwil", "kemenkumham", NULL}, "Kakanwil Kemenkumham", false},
	{{"asisten", NULL}, "Asisten", false},
	{{"staf", "ahli", NULL}, "Staf Ahli", false},
	{{"kapolres", NULL}, "Kapolres", false},
	{{"kapolresta", NULL}, "Kapolres", false},
	{{"wakapolres", NULL}, "Wakapolres", false},
	{{"kapolda", NULL}, "Kapolda", false},
	{{"dandim", NULL}, "Dandim", false},
	{{"kajari", NULL}, "Kajari", false},
	{{"mendagri", NULL}, "Mendagri", false},
	{{"menteri", "dalam", "negeri", NULL}, "Mendagri", false},
	{{"menpan", "rb", NULL}, "MenPAN-RB", false},
	{{"menpanrb", NULL}, "MenPAN-RB", false},
	{{"menteri", "panrb", NULL}, "MenPAN-RB", false},
	{{"camat", NULL}, "Camat", true},
	{{"lurah", NULL}, "Lurah", true},
	{{"wali", "nagari", NULL}, "Wali Nagari", true},
	{{"walinagari", NULL}, "Wali Nagari", true},
	{{"kepala", "desa", NULL}, "Kepala Desa", true},
	{{"kades", NULL}, "Kepala Desa", true},
};

#define N_ROLES (sizeof(roles) / sizeof(roles[0]))

static bool
in_list(const char *word, const char *const *list)
{
	int			k;

	for (k = 0; list[k] != NULL; k++)
		if (strcmp(word, list[k]) == 0)
			return true;
	return false;
}

/* Words that qualify a role and are skipped before the name. */
static const char *const qualifier_words[] = {
	"kabupaten", "kab", "kota", "provinsi", "prov", "ri", "pusat",
	"kecamatan", "kelurahan", "setda", "setdakab", "setdako", "setdakot",
	"setdaprov", "sekretariat", "daerah", "pemkab", "pemkot", "pemko",
	"pemprov", "administrasi", "bidang", NULL
};

/* Honorifics and ranks written before a name. */
static const char *const honorifics[] = {
	"dr", "drs", "dra", "h", "hj", "ir", "prof", "kh", "ust", "ustadz",
	"akbp", "kompol", "akp", "iptu", "ipda", "aiptu", "kombes", "kombespol",
	"brigjen", "brigjenpol", "irjen", "mayjen", "letkol", "kolonel", "mayor",
	"kapten", "lettu", "letda", "serma", "pol", "inf", "cpm", "czi", "kav",
	"arm", "laut", "tni", "polri", "hm", "bapak", "ibu", "sdr", "sdri",
	NULL
};

/* Capitalised words that are never part of a person's name here. */
static const char *const not_names[] = {
	"asn", "pns", "pppk", "pemilu", "pilkada", "pemkab", "pemkot", "pemko",
	"pemprov", "kabupaten", "kota", "provinsi", "pemerintah", "kantor",
	"dinas", "badan", "bagian", "kepala", "ketua", "wakil", "anggota",
	"sekretaris", "daerah", "bupati", "gubernur", "camat", "lurah", "sekda",
	"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
	"januari", "februari", "maret", "april", "mei", "juni", "juli",
	"agustus", "september", "oktober", "november", "desember", "netralitas",
	"ikrar", "apel", "pakta", "integritas", "dalam", "acara", "kegiatan",
	"tahun", "republik", "indonesia", "negara", "sipil", "aparatur",
	"komisi", "pemilihan", "umum", "bawaslu", "kpu", "bkn", "kasn", "dprd",
	"opd", "setda", "aula", "gedung", "lapangan", "hall", "balai", "jalan",
	"jl", "forkopimda", "inspektorat", "bkpsdm", "bkd", "korpri", "dan",
	"yang", "di", "saat", "usai", "bersama", "serta", "juga", "ini", "itu",
	"mengatakan", "menyampaikan", "menjelaskan", "menegaskan", "selaku",
	"sebagai", "nomor", "pasal", "asisten", "staf", "ahli", "tim", "satgas",
	"kemendagri", "kementerian", "menteri", "presiden", "polres", "polri",
	"tni", "kodim", "kejari", "ri", "pj", "pjs", "plt", "plh", "wali",
	"walikota", "wako", "nagari", "desa", "kades", "kapolres", "dandim",
	"pilgub", "pilbup", "panwaslu", "kemenag", "kecamatan", "kelurahan",
	"pegawai", "pejabat", "para", "seluruh", "pimpinan", "hadir", "tampak",
	NULL
};

/* Degree abbreviations: S.E., M.Si., S.Sos ... written after a name. */
static bool
is_degree_start(const nt_tokens *t, size_t i)
{
	static const char *const solid[] = {
		"se", "sh", "mh", "msi", "ssos", "spd", "mpd", "sstp", "map", "sip",
		"skom", "ma", "mag", "sag", "shi", "st", "mt", "skm", "mkes", "mba",
		"lc", "mm", "ssi", "sp", "ak", "phd", "ners", "spsi", "mpa", "msc",
		"ssn", "skep", "sth", "mth", "spi", "mpsi", "sked", "mkn", "shum",
		NULL
	};
	const nt_token *tok = &t->items[i];
	size_t		glen;
	const char *g = nt_gap(t, i, &glen);

	if (in_list(tok->lower, solid) && (tok->flags & (NT_TOK_UPPER_INITIAL | NT_TOK_ALL_CAPS)))
		return true;
	/* "M.Si", "S.E", "S.Sos": one letter, a dot, a short capitalised word */
	if (strlen(tok->lower) == 1 && glen >= 1 && g[0] == '.' &&
		(tok->lower[0] == 's' || tok->lower[0] == 'm' || tok->lower[0] == 'd') &&
		i + 1 < t->count && strlen(t->items[i + 1].lower) <= 4 && glen == 1)
		return true;
	return false;
}

static bool
match_words(const nt_tokens *t, size_t i, const char *const *words, size_t *n)
{
	size_t		k;

	for (k = 0; words[k] != NULL; k++)
	{
		if (i + k >= t->count || strcmp(t->items[i + k].lower, words[k]) != 0)
			return false;
		/* the words of a role are separated by spaces or a dot only */
		if (k > 0 && !nt_gap_is(t, i + k - 1, "."))
			return false;
	}
	*n = k;
	return true;
}

static const role_def *
match_role(const nt_tokens *t, size_t i, size_t *n)
{
	size_t		r;
	const role_def *best = NULL;
	size_t		best_n = 0;

	for (r = 0; r < N_ROLES; r++)
	{
		size_t		k;

		if (match_words(t, i, roles[r].words, &k) && k > best_n)
		{
			best = &roles[r];
			best_n = k;
		}
	}
	*n = best_n;
	return best;
}

typedef enum acting
{
	ACTING_NONE,
	ACTING_PJ,
	ACTING_PJS,
	ACTING_PLT,
	ACTING_PLH
} acting;

static const char *const acting_prefix[] = {"", "Pj. ", "Pjs. ", "Plt. ", "Plh. "};

/* "Penjabat Sementara (Pjs.)", "Pj", "Pelaksana Tugas (Plt.)" ... */
static acting
match_acting(const nt_tokens *t, size_t i, size_t *n)
{
	const char *w = t->items[i].lower;
	acting		a = ACTING_NONE;

	*n = 0;
	if (strcmp(w, "penjabat") == 0)
	{
		if (i + 1 < t->count && nt_tok_is(&t->items[i + 1], "sementara"))
		{
			a = ACTING_PJS;
			*n = 2;
		}
		else
		{
			a = ACTING_PJ;
			*n = 1;
		}
	}
	else if (strcmp(w, "pj") == 0)
		a = ACTING_PJ, *n = 1;
	else if (strcmp(w, "pjs") == 0)
		a = ACTING_PJS, *n = 1;
	else if (strcmp(w, "plt") == 0)
		a = ACTING_PLT, *n = 1;
	else if (strcmp(w, "plh") == 0)
		a = ACTING_PLH, *n = 1;
	else if (strcmp(w, "pelaksana") == 0 && i + 1 < t->count)
	{
		if (nt_tok_is(&t->items[i + 1], "tugas"))
			a = ACTING_PLT, *n = 2;
		else if (nt_tok_is(&t->items[i + 1], "harian"))
			a = ACTING_PLH, *n = 2;
	}
	if (a == ACTING_NONE)
		return a;
	/* an abbreviation in parentheses repeats it: "Penjabat (Pj.)" */
	if (i + *n < t->count)
	{
		size_t		glen;
		const char *g = nt_gap(t, i + *n - 1, &glen);
		const char *abbr = t->items[i + *n].lower;

		if (memchr(g, '(', glen) != NULL &&
			(strcmp(abbr, "pj") == 0 || strcmp(abbr, "pjs") == 0 ||
			 strcmp(abbr, "plt") == 0 || strcmp(abbr, "plh") == 0))
			(*n)++;
	}
	return a;
}

/* Does the gap after token i contain a character from "chars"? */
static bool
gap_has(const nt_tokens *t, size_t i, const char *chars)
{
	size_t		glen,
				k;
	const char *g = nt_gap(t, i, &glen);

	for (k = 0; k < glen; k++)
		if (strchr(chars, g[k]) != NULL)
			return true;
	return false;
}

/* A gap that a name may span: spaces, or the dot of an initial. */
static bool
name_gap(const nt_tokens *t, size_t i)
{
	size_t		glen,
				k;
	const char *g = nt_gap(t, i, &glen);

	for (k = 0; k < glen; k++)
		if (g[k] != ' ' && !(g[k] == '.' && strlen(t->items[i].lower) <= 2))
			return false;
	return true;
}

static bool
name_word(const nt_token *tok)
{
	if (!(tok->flags & NT_TOK_UPPER_INITIAL) || (tok->flags & NT_TOK_HAS_DIGIT))
		return false;
	return !in_list(tok->lower, not_names);
}

/*
 * Skip what stands between a role and its holder's name.  Returns the
 * index of the first candidate name token.
 */
static size_t
skip_qualifiers(const nt_tokens *t, size_t i, size_t end_of_role)
{
	size_t		j = end_of_role;
	int			guard = 0;

	(void) i;
	while (j < t->count && guard++ < 8)
	{
		nt_place_match pm;
		const nt_token *tok = &t->items[j];
		size_t		glen;
		const char *g = nt_gap(t, j - 1, &glen);

		/* a sentence break ends the role */
		if (memchr(g, '.', glen) != NULL && glen > 1)
			break;
		if (in_list(tok->lower, qualifier_words) &&
			(tok->flags & (NT_TOK_UPPER_INITIAL | NT_TOK_ALL_CAPS)))
		{
			j++;
			continue;
		}
		/* "(Sekdakot)", "(KPU)": an abbreviation in parentheses */
		if (memchr(g, '(', glen) != NULL && gap_has(t, j, ")"))
		{
			j++;
			continue;
		}
		/* roman numerals of Asisten I/II/III */
		if ((strcmp(tok->lower, "i") == 0 || strcmp(tok->lower, "ii") == 0 ||
			 strcmp(tok->lower, "iii") == 0 || strcmp(tok->lower, "iv") == 0) &&
			(tok->flags & NT_TOK_UPPER_INITIAL))
		{
			j++;
			continue;
		}
		nt_match_place(t, j, &pm);
		if (pm.tokens > 0)
		{
			j += pm.tokens;
			continue;
		}
		break;
	}
	return j;
}

/* Read a name at j: returns the number of tokens, 0 when none. */
static size_t
read_name(const nt_tokens *t, size_t j, size_t *name_start)
{
	size_t		k = j;
	size_t		n = 0;
	bool		long_word = false;

	/* honorifics: "Dr.", "H.", "Drs. H." */
	while (k < t->count && in_list(t->items[k].lower, honorifics) &&
		   (t->items[k].flags & (NT_TOK_UPPER_INITIAL | NT_TOK_ALL_CAPS)) &&
		   k + 1 < t->count && !gap_has(t, k, ",;:"))
		k++;
	*name_start = k;
	while (k + n < t->count && n < 4)
	{
		const nt_token *tok = &t->items[k + n];

		if (n > 0 && is_degree_start(t, k + n))
			break;
		if (!name_word(tok))
			break;
		{
			nt_place_match pm;

			nt_match_place(t, k + n, &pm);
			/* a region is not a name, unless it sits inside one */
			if (pm.tokens > 0 && n == 0 && !(k + pm.tokens < t->count &&
											 name_word(&t->items[k + pm.tokens]) &&
											 name_gap(t, k + pm.tokens - 1)))
				break;
		}
		if (strlen(tok->lower) >= 3)
			long_word = true;
		n++;
		if (!name_gap(t, k + n - 1))
			break;
	}
	return long_word ? n : 0;
}

static char *
copy_name(const nt_context *ctx, const nt_tokens *t, size_t start, size_t n)
{
	nt_buf		b;
	size_t		k;

	nt_buf_init(&b, ctx->arena, 32);
	for (k = 0; k < n; k++)
	{
		const nt_token *tok = &t->items[start + k];

		if (k > 0)
			nt_buf_append_char(&b, ' ');
		nt_buf_append(&b, t->text + tok->start, tok->end - tok->start);
	}
	return b.data;
}

/* Are all words of the shorter name words of the longer one? */
static bool
same_person(const char *a, const char *b)
{
	const char *shorter = strlen(a) <= strlen(b) ? a : b;
	const char *longer = shorter == a ? b : a;
	const char *p = shorter;

	while (*p)
	{
		const char *e = strchr(p, ' ');
		size_t		wl = e ? (size_t) (e - p) : strlen(p);
		const char *q = longer;
		bool		found = false;

		while (*q)
		{
			const char *qe = strchr(q, ' ');
			size_t		ql = qe ? (size_t) (qe - q) : strlen(q);

			if (ql == wl && nt_equal_ci(p, wl, q, ql))
			{
				found = true;
				break;
			}
			q += ql;
			while (*q == ' ')
				q++;
		}
		if (!found)
			return false;
		p += wl;
		while (*p == ' ')
			p++;
	}
	return true;
}

static bool
is_speech_verb(const nt_token *tok)
{
	static const char *const verbs[] = {
		"ujar", "ujarnya", "kata", "katanya", "ungkap", "jelas", "tutup",
		"pungkas", "sebut", "tambah", "terang", "harap", "tegas", "ucap",
		"imbuh", "papar", "lanjut", "tandas", "sambung", "tukas", "timpal",
		"urai", "ajak", "pinta", NULL
	};

	return in_list(tok->lower, verbs);
}

static nt_official *
add(nt_vec *v, char *role, char *name, size_t start, size_t end)
{
	nt_official *o = nt_vec_push(v);

	o->role = role;
	o->name = name;
	o->start = start;
	o->end = end;
	return o;
}

/* The named person for a role mentioned alone ("kata Sekda"). */
static const nt_official *
person_for_role(const nt_vec *people, const char *role)
{
	size_t		k;
	const nt_official *found = NULL;

	for (k = 0; k < people->count; k++)
	{
		const nt_official *p = &NT_VEC_AT(people, nt_official, k);
		const char *base = strchr(p->role, ' ');

		if (strcmp(p->role, role) == 0)
			found = p;
		/* "Pjs. Bupati" answers to "Bupati" and to "Pj. Bupati" */
		else if (base != NULL && (strcmp(base + 1, role) == 0 ||
								  (strchr(role, ' ') && strcmp(strchr(role, ' ') + 1, base + 1) == 0 &&
								   role[0] == 'P')))
			found = p;
	}
	return found;
}

static void
remember(nt_vec *people, const nt_official *o)
{
	size_t		k;

	for (k = 0; k < people->count; k++)
	{
		nt_official *p = &NT_VEC_AT(people, nt_official, k);

		if (same_person(p->name, o->name))
		{
			/* keep the fuller name */
			if (strlen(o->name) > strlen(p->name))
				p->name = o->name;
			return;
		}
	}
	*(nt_official *) nt_vec_push(people) = *o;
}

void
nt_find_officials(const nt_context *ctx, const nt_tokens *t, nt_vec *mentions,
				  nt_vec *people)
{
	size_t		i;

	for (i = 0; i < t->count; i++)
	{
		size_t		n_act = 0,
					n_role = 0,
					j,
					name_start,
					n_name;
		acting		a;
		const role_def *r;
		char	   *role;

		if ((i & 0xFFF) == 0)
			nt_check_interrupts(ctx);

		a = match_acting(t, i, &n_act);
		r = match_role(t, i + n_act, &n_role);
		if (r == NULL)
		{
			/* "ujar Hasan": a named official speaking again */
			if (is_speech_verb(&t->items[i]) && i + 1 < t->count &&
				nt_gap_is(t, i, NULL))
			{
				size_t		ns,
							nn = read_name(t, i + 1, &ns);

				if (nn > 0)
				{
					char	   *name = copy_name(ctx, t, ns, nn);
					size_t		k;

					for (k = 0; k < people->count; k++)
					{
						const nt_official *p = &NT_VEC_AT(people, nt_official, k);

						if (same_person(p->name, name))
						{
							add(mentions, p->role, p->name, t->items[ns].start,
								t->items[ns + nn - 1].end);
							break;
						}
					}
				}
			}
			continue;
		}
		/* role words must look like a title, not running text */
		if (a == ACTING_NONE && !(t->items[i].flags & (NT_TOK_UPPER_INITIAL | NT_TOK_ALL_CAPS)))
			continue;
		{
			nt_buf		b;

			nt_buf_init(&b, ctx->arena, 32);
			nt_buf_append_str(&b, acting_prefix[a]);
			nt_buf_append_str(&b, r->role);
			role = b.data;
		}
		j = skip_qualifiers(t, i, i + n_act + n_role);
		if (r->territorial && j == i + n_act + n_role && j < t->count)
		{
			/* "Camat Pare, Kabupaten Kediri, Yusuf Effendi": area first */
			size_t		ns,
						nn = read_name(t, j, &ns);

			if (nn > 0 && ns + nn < t->count && gap_has(t, ns + nn - 1, ",") &&
				!is_degree_start(t, ns + nn))
			{
				size_t		after = skip_qualifiers(t, i, ns + nn);
				size_t		ns2,
							nn2 = read_name(t, after, &ns2);

				if (nn2 > 0)
					j = after;
			}
		}
		if (j < t->count && j > 0 && gap_has(t, j - 1, ".") &&
			!nt_gap_is(t, j - 1, ".,()"))
			j = t->count;		/* a sentence ended */
		n_name = j < t->count ? read_name(t, j, &name_start) : 0;
		if (n_name > 0)
		{
			nt_official o;

			o.role = role;
			o.name = copy_name(ctx, t, name_start, n_name);
			o.start = t->items[i].start;
			o.end = t->items[name_start + n_name - 1].end;
			add(mentions, o.role, o.name, o.start, o.end);
			remember(people, &o);
			i = name_start + n_name - 1;
		}
		else
		{
			const nt_official *p = person_for_role(people, role);

			if (p != NULL)
				add(mentions, p->role, p->name, t->items[i].start,
					t->items[i + n_act + n_role - 1].end);
			i += n_act + n_role - 1;
		}
	}
}
