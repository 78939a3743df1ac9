/*-------------------------------------------------------------------------
 *
 * regions.c
 *	  Resolving place names to Kemendagri region codes.
 *
 * Names are compared "squeezed": lower case, letters and digits only, so
 * "Tanjungbalai", "Tanjung Balai" and "TANJUNG BALAI" are one key, and so
 * are "Palangkaraya" and "Palangka Raya".  A regency and a city may share a
 * name (Kabupaten Bekasi, Kota Bekasi); the words around a mention decide:
 * "Kabupaten", "Pemkab", "Bupati" point to the regency, "Kota", "Pemkot",
 * "Wali Kota" to the city.  Bare mentions are weak evidence, a dateline and
 * government-body mentions strong; a province named in the text confirms
 * its regencies.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/regions.c
 *
 *-------------------------------------------------------------------------
 */
#include "regions.h"

#include <stdlib.h>
#include <string.h>

#include "words.h"

#define MAX_KEY 48

/*
 * Short forms used by the press for provinces and regencies, with the
 * official name they stand for (resolved against the region table when the
 * gazetteer is built, so a short form cannot point at the wrong code).
 * General usage, not tied to any outlet.  "Tanjab" alone is left out: it
 * is both Tanjung Jabung Barat and Timur.
 */
static const struct
{
	const char *alias;
	const char *name;
}			aliases[] = {
	{"nad", "Aceh"}, {"sumut", "Sumatera Utara"}, {"sumbar", "Sumatera Barat"},
	{"sumsel", "Sumatera Selatan"}, {"babel", "Kepulauan Bangka Belitung"},
	{"bangkabelitung", "Kepulauan Bangka Belitung"}, {"kepri", "Kepulauan Riau"},
	{"jakarta", "DKI Jakarta"}, {"dki", "DKI Jakarta"}, {"jabar", "Jawa Barat"},
	{"jateng", "Jawa Tengah"}, {"diy", "DI Yogyakarta"}, {"jogja", "Kota Yogyakarta"},
	{"yogya", "Kota Yogyakarta"}, {"jatim", "Jawa Timur"}, {"ntb", "Nusa Tenggara Barat"},
	{"ntt", "Nusa Tenggara Timur"}, {"kalbar", "Kalimantan Barat"},
	{"kalteng", "Kalimantan Tengah"}, {"kalsel", "Kalimantan Selatan"},
	{"kaltim", "Kalimantan Timur"}, {"kaltara", "Kalimantan Utara"},
	{"sulut", "Sulawesi Utara"}, {"sulteng", "Sulawesi Tengah"},
	{"sulsel", "Sulawesi Selatan"}, {"sultra", "Sulawesi Tenggara"},
	{"sulbar", "Sulawesi Barat"}, {"malut", "Maluku Utara"}, {"pabar", "Papua Barat"},
	{"papuabarat", "Papua Barat"}, {"jakpus", "Kota Administrasi Jakarta Pusat"},
	{"jakut", "Kota Administrasi Jakarta Utara"},
	{"jakbar", "Kota Administrasi Jakarta Barat"},
	{"jaksel", "Kota Administrasi Jakarta Selatan"},
	{"jaktim", "Kota Administrasi Jakarta Timur"}, {"solo", "Kota Surakarta"},
	{"kbb", "Kabupaten Bandung Barat"}, {"kotim", "Kabupaten Kotawaringin Timur"},
	{"kobar", "Kabupaten Kotawaringin Barat"}, {"lotim", "Kabupaten Lombok Timur"},
	{"lobar", "Kabupaten Lombok Barat"}, {"loteng", "Kabupaten Lombok Tengah"},
	{"klu", "Kabupaten Lombok Utara"}, {"minut", "Kabupaten Minahasa Utara"},
	{"minsel", "Kabupaten Minahasa Selatan"}, {"mitra", "Kabupaten Minahasa Tenggara"},
	{"pangkep", "Kabupaten Pangkajene dan Kepulauan"},
	{"sidrap", "Kabupaten Sidenreng Rappang"}, {"muba", "Kabupaten Musi Banyuasin"},
	{"muratara", "Kabupaten Musi Rawas Utara"}, {"oki", "Kabupaten Ogan Komering Ilir"},
	{"oku", "Kabupaten Ogan Komering Ulu"}, {"okut", "Kabupaten Ogan Komering Ulu Timur"},
	{"okus", "Kabupaten Ogan Komering Ulu Selatan"}, {"madina", "Kabupaten Mandailing Natal"},
	{"sergai", "Kabupaten Serdang Bedagai"}, {"humbahas", "Kabupaten Humbang Hasundutan"},
	{"tapteng", "Kabupaten Tapanuli Tengah"}, {"tapsel", "Kabupaten Tapanuli Selatan"},
	{"taput", "Kabupaten Tapanuli Utara"}, {"labura", "Kabupaten Labuhanbatu Utara"},
	{"labusel", "Kabupaten Labuhanbatu Selatan"}, {"paluta", "Kabupaten Padang Lawas Utara"},
	{"palas", "Kabupaten Padang Lawas"}, {"pasbar", "Kabupaten Pasaman Barat"},
	{"padangpariaman", "Kabupaten Padang Pariaman"}, {"kukar", "Kabupaten Kutai Kartanegara"},
	{"kutim", "Kabupaten Kutai Timur"}, {"kubar", "Kabupaten Kutai Barat"},
	{"ppu", "Kabupaten Penajam Paser Utara"}, {"kku", "Kabupaten Kayong Utara"},
	{"hss", "Kabupaten Hulu Sungai Selatan"}, {"hst", "Kabupaten Hulu Sungai Tengah"},
	{"hsu", "Kabupaten Hulu Sungai Utara"}, {"tanbu", "Kabupaten Tanah Bumbu"},
	{"batola", "Kabupaten Barito Kuala"}, {"bartim", "Kabupaten Barito Timur"},
	{"barsel", "Kabupaten Barito Selatan"}, {"barut", "Kabupaten Barito Utara"},
	{"mura", "Kabupaten Murung Raya"}, {"gumas", "Kabupaten Gunung Mas"},
	{"pulpis", "Kabupaten Pulang Pisau"}, {"bolmong", "Kabupaten Bolaang Mongondow"},
	{"bolsel", "Kabupaten Bolaang Mongondow Selatan"},
	{"boltim", "Kabupaten Bolaang Mongondow Timur"},
	{"bolmut", "Kabupaten Bolaang Mongondow Utara"},
	{"sitaro", "Kabupaten Kepulauan Siau Tagulandang Biaro"},
	{"halbar", "Kabupaten Halmahera Barat"}, {"halteng", "Kabupaten Halmahera Tengah"},
	{"haltim", "Kabupaten Halmahera Timur"}, {"halsel", "Kabupaten Halmahera Selatan"},
	{"halut", "Kabupaten Halmahera Utara"}, {"malra", "Kabupaten Maluku Tenggara"},
	{"mbd", "Kabupaten Maluku Barat Daya"}, {"kkt", "Kabupaten Kepulauan Tanimbar"},
	{"sbb", "Kabupaten Seram Bagian Barat"}, {"sbt", "Kabupaten Seram Bagian Timur"},
	{"tts", "Kabupaten Timor Tengah Selatan"}, {"ttu", "Kabupaten Timor Tengah Utara"},
	{"sbd", "Kabupaten Sumba Barat Daya"}, {"mabar", "Kabupaten Manggarai Barat"},
	{"matim", "Kabupaten Manggarai Timur"}, {"tanjabbar", "Kabupaten Tanjung Jabung Barat"},
	{"tanjabtim", "Kabupaten Tanjung Jabung Timur"}, {"tulungagung", "Kabupaten Tulungagung"},
	{"pamekasan", "Kabupaten Pamekasan"}, {"makasar", "Kota Makassar"},
	{"palangkaraya", "Kota Palangkaraya"}, {"lamtim", "Kabupaten Lampung Timur"},
	{"lamsel", "Kabupaten Lampung Selatan"}, {"lamteng", "Kabupaten Lampung Tengah"},
	{"lamut", "Kabupaten Lampung Utara"}, {"lambar", "Kabupaten Lampung Barat"},
	{"tuba", "Kabupaten Tulang Bawang"}, {"tubaba", "Kabupaten Tulang Bawang Barat"},
	{"bandarlampung", "Kota Bandar Lampung"},
};

typedef struct gaz_entry
{
	char		key[MAX_KEY];
	int			rows[4];
	int			nrows;
} gaz_entry;

static gaz_entry *gazetteer = NULL;
static size_t gaz_cap = 0;

/* lower case letters and digits only */
static size_t
squeeze_into(char *dst, size_t cap, const char *s, size_t len)
{
	size_t		n = 0,
				i;

	for (i = 0; i < len && n + 1 < cap; i++)
		if (nt_is_ascii_alnum(s[i]))
			dst[n++] = nt_ascii_lower(s[i]);
	dst[n] = '\0';
	return n;
}

/* The name without its "Kabupaten"/"Kota" prefix. */
static const char *
base_name(const nt_region_row *r)
{
	static const char *const prefixes[] = {
		"Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota ",
		NULL
	};
	int			k;

	for (k = 0; prefixes[k] != NULL; k++)
	{
		size_t		n = strlen(prefixes[k]);

		if (strncmp(r->name, prefixes[k], n) == 0)
			return r->name + n;
	}
	return r->name;
}

static gaz_entry *
gaz_slot(const char *key)
{
	uint32_t	h = nt_hash_bytes(key, strlen(key));
	size_t		slot = h & (gaz_cap - 1);

	while (gazetteer[slot].key[0] != '\0' && strcmp(gazetteer[slot].key, key) != 0)
		slot = (slot + 1) & (gaz_cap - 1);
	return &gazetteer[slot];
}

static void
gaz_add(const char *key, int row)
{
	gaz_entry  *e;
	int			k;

	if (key[0] == '\0')
		return;
	e = gaz_slot(key);
	if (e->key[0] == '\0')
		strcpy(e->key, key);
	for (k = 0; k < e->nrows; k++)
		if (e->rows[k] == row)
			return;
	if (e->nrows < 4)
		e->rows[e->nrows++] = row;
}

int
nt_region_find_code(const char *code)
{
	int			i;

	for (i = 0; i < nt_region_row_count; i++)
		if (strcmp(nt_region_rows[i].code, code) == 0)
			return i;
	return -1;
}

/* Row of an official name, compared on letters and digits only; -1 if none. */
int
nt_region_find_name(const char *name)
{
	char		want[MAX_KEY],
				have[MAX_KEY];
	int			i;

	squeeze_into(want, sizeof(want), name, strlen(name));
	for (i = 0; i < nt_region_row_count; i++)
	{
		squeeze_into(have, sizeof(have), nt_region_rows[i].name, strlen(nt_region_rows[i].name));
		if (strcmp(want, have) == 0)
			return i;
	}
	return -1;
}

/* Built once per process; the table never changes. */
static void
ensure_gazetteer(void)
{
	int			i;
	size_t		k;

	if (gazetteer != NULL)
		return;
	gaz_cap = 4096;
	gazetteer = calloc(gaz_cap, sizeof(gaz_entry));
	if (gazetteer == NULL)
		abort();
	for (i = 0; i < nt_region_row_count; i++)
	{
		char		key[MAX_KEY];
		const char *name = base_name(&nt_region_rows[i]);

		squeeze_into(key, sizeof(key), name, strlen(name));
		gaz_add(key, i);
		/* "DKI Jakarta", "DI Yogyakarta": also without the prefix */
		if (strncmp(name, "DKI ", 4) == 0 || strncmp(name, "DI ", 3) == 0)
		{
			const char *rest = strchr(name, ' ') + 1;

			squeeze_into(key, sizeof(key), rest, strlen(rest));
			gaz_add(key, i);
		}
	}
	for (k = 0; k < sizeof(aliases) / sizeof(aliases[0]); k++)
	{
		int			row = nt_region_find_name(aliases[k].name);

		if (row >= 0)
			gaz_add(aliases[k].alias, row);
	}
}

static const gaz_entry *
gaz_find(const char *key)
{
	const gaz_entry *e;

	ensure_gazetteer();
	e = gaz_slot(key);
	return e->key[0] != '\0' ? e : NULL;
}

void
nt_lookup_place(const char *s, size_t len, nt_place_match *m)
{
	char		key[MAX_KEY];
	const gaz_entry *e;

	memset(m, 0, sizeof(*m));
	squeeze_into(key, sizeof(key), s, len);
	e = gaz_find(key);
	if (e != NULL)
	{
		m->tokens = 1;
		m->nrows = e->nrows;
		memcpy(m->rows, e->rows, sizeof(int) * (size_t) e->nrows);
	}
}

static bool
capitalised(const nt_token *tok)
{
	return (tok->flags & (NT_TOK_UPPER_INITIAL | NT_TOK_ALL_CAPS)) != 0;
}

void
nt_match_place(const nt_tokens *t, size_t i, nt_place_match *m)
{
	size_t		k;

	memset(m, 0, sizeof(*m));
	if (i >= t->count || !capitalised(&t->items[i]))
		return;
	/* the longest name first: "Padang Pariaman" before "Padang" */
	for (k = 4; k >= 1; k--)
	{
		char		key[MAX_KEY];
		size_t		n = 0,
					j;
		bool		ok = true;
		const gaz_entry *e;

		if (i + k > t->count)
			continue;
		for (j = i; j < i + k && ok; j++)
		{
			const nt_token *tok = &t->items[j];
			size_t		wl = strlen(tok->lower);

			if (j > i)
			{
				/* words of one name: capitalised (or "dan"), spaced or hyphenated */
				if (!nt_gap_is(t, j - 1, "-"))
					ok = false;
				else if (!capitalised(tok) && !nt_tok_is(tok, "dan"))
					ok = false;
			}
			if (n + wl >= MAX_KEY)
				ok = false;
			if (ok)
			{
				memcpy(key + n, tok->lower, wl);
				n += wl;
			}
		}
		if (!ok)
			continue;
		key[n] = '\0';
		e = gaz_find(key);
		if (e != NULL)
		{
			m->tokens = k;
			m->nrows = e->nrows;
			memcpy(m->rows, e->rows, sizeof(int) * (size_t) e->nrows);
			return;
		}
	}
}

typedef enum cue
{
	CUE_NONE,
	CUE_REGENCY,
	CUE_CITY,
	CUE_PROVINCE,
	CUE_BODY					/* a government body: Bawaslu X, KPU X ... */
} cue;

static cue
word_cue(const nt_token *tok)
{
	static const char *const regency[] = {
		"kabupaten", "kab", "pemkab", "bupati", "wabup", "sekdakab",
		"setdakab", "kabupaen", NULL
	};
	static const char *const city[] = {
		"kota", "pemkot", "pemko", "walikota", "wako", "wawako", "sekdakot",
		"sekdako", "setdako", "setdakot", "kotamadya", NULL
	};
	static const char *const province[] = {
		"provinsi", "prov", "pemprov", "gubernur", "wagub", "sekdaprov",
		"pilgub", "setdaprov", NULL
	};
	static const char *const body[] = {
		"bawaslu", "kpu", "kpud", "panwaslu", "panwas", "polres", "polresta",
		"kodim", "dprd", "kejari", "bkpsdm", "bkd", "bkpp", "inspektorat",
		"setda", "kemenag", "pj", "pjs", "plt", "plh", "sekda", "pilkada",
		"pilbup", "pilwalkot", "rsud", "korpri", NULL
	};
	if (nt_word_in(tok->lower, regency))
		return CUE_REGENCY;
	if (nt_word_in(tok->lower, city))
		return CUE_CITY;
	if (nt_word_in(tok->lower, province))
		return CUE_PROVINCE;
	if (nt_word_in(tok->lower, body))
		return CUE_BODY;
	return CUE_NONE;
}

/*
 * The cue in front of a mention: the word before it, looking through
 * "Pemerintah Kabupaten", "Bawaslu Kota", "Pj. Bupati" and the like.
 */
static cue
cue_before(const nt_tokens *t, size_t i)
{
	cue			c = CUE_NONE;
	size_t		back;

	for (back = 1; back <= 3 && back <= i; back++)
	{
		const nt_token *tok = &t->items[i - back];
		cue			w;

		/* only spaces, dots, parentheses between the cue and the name */
		if (!nt_gap_is(t, i - back, ".()"))
			break;
		w = word_cue(tok);
		if (w == CUE_NONE)
			break;
		/* the nearest level word wins: "Bawaslu Kota X" is a city */
		if (w != CUE_BODY)
			return w;
		c = CUE_BODY;
	}
	return c;
}

typedef struct candidate
{
	int			score;
	int			strong;			/* mentions with a cue or in the dateline */
	int			province_cue;	/* for provinces: "Provinsi X", "Gubernur X" */
	size_t		first_start;
	size_t		first_end;
	bool		seen;
} candidate;

static void
add_evidence(candidate *cands, int row, int points, bool strong,
			 size_t start, size_t end)
{
	candidate  *c = &cands[row];

	c->score += points;
	if (strong)
		c->strong++;
	if (!c->seen)
	{
		c->seen = true;
		c->first_start = start;
		c->first_end = end;
	}
}

/* Is this bare capitalised name probably part of a person's name? */
static bool
inside_person_name(const nt_tokens *t, size_t i, size_t ntok)
{
	size_t		after = i + ntok;

	if (after < t->count && nt_gap_is(t, after - 1, NULL) &&
		(t->items[after].flags & NT_TOK_UPPER_INITIAL) &&
		!(t->items[after].flags & NT_TOK_ALL_CAPS) &&
		word_cue(&t->items[after]) == CUE_NONE)
	{
		nt_place_match next;

		nt_match_place(t, after, &next);
		if (next.tokens == 0)
			return true;
	}
	return false;
}

static void
scan(const nt_tokens *t, size_t from, candidate *cands, int weight_scale,
	 bool *global_city, bool *global_regency)
{
	size_t		i = 0;

	while (i < t->count && t->items[i].start < from)
		i++;
	while (i < t->count)
	{
		nt_place_match m;
		cue			c;
		int			k;

		nt_match_place(t, i, &m);
		if (m.tokens == 0)
		{
			cue			w = word_cue(&t->items[i]);

			if (w == CUE_CITY)
				*global_city = true;
			else if (w == CUE_REGENCY)
				*global_regency = true;
			i++;
			continue;
		}
		c = cue_before(t, i);
		for (k = 0; k < m.nrows; k++)
		{
			int			row = m.rows[k];
			nt_region_level level = nt_region_rows[row].level;
			size_t		s = t->items[i].start;
			size_t		e = t->items[i + m.tokens - 1].end;

			switch (c)
			{
				case CUE_REGENCY:
					if (level == NT_REGION_REGENCY)
						add_evidence(cands, row, 3 * weight_scale, true, s, e);
					break;
				case CUE_CITY:
					if (level == NT_REGION_CITY)
						add_evidence(cands, row, 3 * weight_scale, true, s, e);
					break;
				case CUE_PROVINCE:
					if (level == NT_REGION_PROVINCE)
					{
						add_evidence(cands, row, 3 * weight_scale, true, s, e);
						cands[row].province_cue++;
					}
					break;
				case CUE_BODY:
					add_evidence(cands, row, 2 * weight_scale, true, s, e);
					break;
				case CUE_NONE:
					if (!inside_person_name(t, i, m.tokens))
						add_evidence(cands, row, weight_scale, false, s, e);
					break;
			}
		}
		i += m.tokens;
	}
}

static int
cmp_hits(const void *a, const void *b)
{
	const nt_region_hit *x = a;
	const nt_region_hit *y = b;

	if (x->score != y->score)
		return y->score - x->score;
	return x->first_start < y->first_start ? -1 : x->first_start > y->first_start;
}

void
nt_find_regions(const nt_context *ctx, const nt_tokens *body, size_t body_from,
				const char *dateline, size_t dateline_len,
				const nt_tokens *title, nt_vec *out)
{
	candidate  *cands;
	bool		global_city = false,
				global_regency = false;
	int			i,
				best = 0;
	int			province_of_best = -1;

	ensure_gazetteer();
	cands = nt_arena_alloc0(ctx->arena, sizeof(candidate) * (size_t) nt_region_row_count);
	scan(body, body_from, cands, 1, &global_city, &global_regency);
	if (title != NULL)
		scan(title, 0, cands, 1, &global_city, &global_regency);
	if (dateline != NULL && dateline_len > 0)
	{
		nt_place_match m;
		int			seen = 0;

		/*
		 * "BEKASI –" names the city or the regency: the dateline supports
		 * whichever the text names elsewhere, or both when it names neither.
		 */
		nt_lookup_place(dateline, dateline_len, &m);
		for (i = 0; i < m.nrows; i++)
			if (cands[m.rows[i]].seen)
				seen++;
		for (i = 0; i < m.nrows; i++)
			if (seen == 0 || cands[m.rows[i]].seen)
				add_evidence(cands, m.rows[i], 4, true, 0, dateline_len);
	}

	/*
	 * A regency and a city of the same name with the same evidence: the
	 * kind of government the text talks about decides.
	 */
	for (i = 0; i < nt_region_row_count; i++)
	{
		const nt_region_row *r = &nt_region_rows[i];
		int			j;

		if (!cands[i].seen || r->level == NT_REGION_PROVINCE)
			continue;
		for (j = i + 1; j < nt_region_row_count; j++)
		{
			if (!cands[j].seen || nt_region_rows[j].level == NT_REGION_PROVINCE ||
				strcmp(base_name(r), base_name(&nt_region_rows[j])) != 0)
				continue;
			if (cands[i].score == cands[j].score)
			{
				int			city = r->level == NT_REGION_CITY ? i : j;
				int			regency = city == i ? j : i;

				if (global_regency && !global_city)
					cands[regency].score++;
				else if (global_city && !global_regency)
					cands[city].score++;
			}
		}
	}

	/* a province named in the text confirms its regencies */
	for (i = 0; i < nt_region_row_count; i++)
	{
		const nt_region_row *r = &nt_region_rows[i];

		if (cands[i].seen && r->level != NT_REGION_PROVINCE)
		{
			int			p = nt_region_find_code(r->parent);

			if (p >= 0 && cands[p].seen)
				cands[i].score += 2;
		}
	}

	for (i = 0; i < nt_region_row_count; i++)
		if (nt_region_rows[i].level != NT_REGION_PROVINCE && cands[i].score > best)
		{
			best = cands[i].score;
			province_of_best = nt_region_find_code(nt_region_rows[i].parent);
		}

	for (i = 0; i < nt_region_row_count; i++)
	{
		const nt_region_row *r = &nt_region_rows[i];
		candidate  *c = &cands[i];
		bool		keep;

		if (!c->seen)
			continue;
		if (r->level == NT_REGION_PROVINCE)
		{
			/*
			 * The province itself: named as a government ("Provinsi",
			 * "Gubernur", "Pemprov"), or the only place the text names.
			 */
			keep = c->province_cue > 0 || (best == 0 && c->score >= 2);
			(void) province_of_best;
		}
		else
			keep = c->score >= 3 && c->score * 3 >= best;
		if (keep)
		{
			nt_region_hit *hit = nt_vec_push(out);

			hit->row = i;
			hit->score = c->score;
			hit->first_start = c->first_start;
			hit->first_end = c->first_end;
		}
	}
	if (out->count > 1)
		qsort(out->items, out->count, sizeof(nt_region_hit), cmp_hits);
}
