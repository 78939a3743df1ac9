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

#include <stdlib.h>
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

/*
 * Heads that take an institution ("Ketua Badan Pengawas Pemilu", "Kepala
 * Kanwil Kemenag") or a unit name ("Kepala Bagian Hukum", "Staf Ahli
 * Bupati Bidang Ekonomi"): the role is the head and what follows.
 */
typedef struct head_def
{
	const char *words[3];
	const char *as;				/* the head as written in the role */
	bool		member;			/* division heads are members of the body */
} head_def;

static const head_def heads[] = {
	{{"wakil", "ketua", NULL}, "Wakil Ketua", false},
	{{"ketua", NULL}, "Ketua", false},
	{{"anggota", NULL}, "Anggota", false},
	{{"komisioner", NULL}, "Anggota", true},
	{{"koordinator", "divisi", NULL}, "Anggota", true},
	{{"kordiv", NULL}, "Anggota", true},
	{{"kadiv", NULL}, "Anggota", true},
	{{"kepala", NULL}, "Kepala", false},
	{{"kakanwil", NULL}, "Kakanwil", false},
	{{"kabag", NULL}, "Kabag", false},
	{{"kasubbag", NULL}, "Kasubbag", false},
	{{"kabid", NULL}, "Kabid", false},
	{{"kadis", NULL}, "Kadis", false},
	{{"direktur", NULL}, "Direktur", false},
	{{"deputi", NULL}, "Deputi", false},
	{{"dirjen", NULL}, "Dirjen", false},
	{{"sekretaris", NULL}, "Sekretaris", false},
	{{"staf", "ahli", NULL}, "Staf Ahli", false},
	{{"asisten", NULL}, "Asisten", false},
};

#define N_HEADS (sizeof(heads) / sizeof(heads[0]))

/* Institutions a head can lead, by their canonical short name. */
typedef struct body_def
{
	const char *words[6];
	const char *name;
} body_def;

static const body_def bodies[] = {
	{{"badan", "pengawas", "pemilihan", "umum", NULL}, "Bawaslu"},
	{{"badan", "pengawas", "pemilu", NULL}, "Bawaslu"},
	{{"bawaslu", NULL}, "Bawaslu"},
	{{"komisi", "pemilihan", "umum", NULL}, "KPU"},
	{{"kpu", NULL}, "KPU"},
	{{"kpud", NULL}, "KPU"},
	{{"panitia", "pengawas", "pemilu", NULL}, "Panwaslu"},
	{{"panwaslu", NULL}, "Panwaslu"},
	{{"panwas", NULL}, "Panwaslu"},
	{{"panwascam", NULL}, "Panwascam"},
	{{"komisi", "aparatur", "sipil", "negara", NULL}, "KASN"},
	{{"komisi", "asn", NULL}, "KASN"},
	{{"kasn", NULL}, "KASN"},
	{{"badan", "kepegawaian", "negara", NULL}, "BKN"},
	{{"bkn", NULL}, "BKN"},
	{{"bkpsdm", NULL}, "BKPSDM"},
	{{"bkd", NULL}, "BKD"},
	{{"bkpp", NULL}, "BKPP"},
	{{"kemenag", NULL}, "Kemenag"},
	{{"kementerian", "agama", NULL}, "Kemenag"},
	{{"kemenkumham", NULL}, "Kemenkumham"},
	{{"kesbangpol", NULL}, "Kesbangpol"},
	{{"inspektorat", NULL}, "Inspektorat"},
	{{"dprd", NULL}, "DPRD"},
	{{"korpri", NULL}, "KORPRI"},
};

#define N_BODIES (sizeof(bodies) / sizeof(bodies[0]))

static bool
in_list(const char *word, const char *const *list)
{
	return nt_word_in(word, list);
}

/* First words of every role, head and body: most tokens start none. */
static const char *const *
first_words(void)
{
	static const char **list = NULL;
	size_t		n = 0,
				k;

	if (list != NULL)
		return list;
	list = calloc(N_ROLES + N_HEADS + N_BODIES + 8, sizeof(const char *));
	if (list == NULL)
		abort();
	for (k = 0; k < N_ROLES; k++)
		list[n++] = roles[k].words[0];
	for (k = 0; k < N_HEADS; k++)
		list[n++] = heads[k].words[0];
	for (k = 0; k < N_BODIES; k++)
		list[n++] = bodies[k].words[0];
	list[n++] = "penjabat";
	list[n++] = "pelaksana";
	list[n] = NULL;
	return list;
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
	/* office vocabulary: words of unit and job names, not of people */
	"analis", "kebijakan", "kasubbag", "kabag", "kasi", "kabid", "biro",
	"deputi", "direktur", "dirjen", "direktorat", "jenderal", "kelas",
	"utama", "madya", "pratama", "perlengkapan", "hukum", "humas",
	"pemerintahan", "ekonomi", "pembangunan", "keuangan", "kesejahteraan",
	"kesra", "politik", "organisasi", "bidang", "divisi", "devisi",
	"regional", "sosial", "pendidikan", "kebudayaan", "kesehatan",
	"pengawasan", "pengendalian", "kepegawaian", "penanganan", "pelanggaran",
	"penindakan", "pencegahan", "hubungan", "antar", "lembaga", "partisipasi",
	"masyarakat", "sdm", "diklat", "data", "informasi", "sengketa",
	"penyelesaian", "teknis", "penyelenggaraan", "sekretariat", "kanwil",
	"kemenkumham", "rupbasan", "rutan", "lapas", "sekolah", "smpn", "sman",
	"sdn", "mtsn", "puskesmas", "jajaran", "beserta", "rombongan",
	"kapolsek", "danramil", "wakapolres", "kasdim", "ops", "protokol",
	"komunikasi", "tokoh", "agama", "adat", "satpol", "pp", "linmas",
	"kesbangpol", "bappeda", "bapenda", "diskominfo", "disdik", "dinkes",
	"kominfo", "koordinator", "kordiv", "kadiv", "komisioner", "subbag",
	"sub", "seksi", "unit", "kerja", "perangkat", "staf", "tata", "usaha",
	"tu", "umum", "kependudukan", "pemilu", "pilwakot", "kampanye",
	"bapaslon", "paslon", "calon", "bakal", "kandidat", "partai", "negeri",
	"swasta", "dprd", "kpud", "bkpp", "bkppd", "panwascam", "gakkumdu",
	"pemberdayaan", "aparatur", "dalam", "luar", "sekretaris", "serentak",
	"nasional", "wilayah", "pengembangan", "sumber", "daya", "manusia",
	"kesatuan", "bangsa", "bunyi", "kami", "kita", "saya", "ia", "dia",
	"mereka", "beliau", "pihaknya", "keduanya", "semua", "pak", "bu",
	"bapak", "ibu", "mewujudkan", "menurut", "sementara", "adapun",
	"namun", "selain", "sedangkan", "kemudian", "bahkan", "sebelumnya",
	"kerja", "sama", "perhubungan", "pertanian", "perikanan", "kelautan",
	"pariwisata", "perdagangan", "perindustrian", "lingkungan", "hidup",
	"kepemudaan", "olahraga", "pemuda", "perempuan", "anak", "perlindungan",
	"ketenagakerjaan", "tenaga", "transmigrasi", "perumahan", "permukiman",
	"pekerjaan", "ruang", "penataan", "pangan", "ketahanan", "statistik",
	"persandian", "arsip", "perpustakaan", "kearsipan", "penanaman", "modal",
	"pelayanan", "terpadu", "satu", "pintu", "catatan", "sipil",
	/* ministers and ministries by their short names */
	"mendagri", "menpan", "menpanrb", "panrb", "kemenpan", "kemenpanrb", "menkeu",
	"menag", "menkes", "mendikbud", "mendikbudristek", "menkominfo", "menko", "menkopolhukam",
	"kemenkeu", "kemendikbud", "kemenkes", NULL
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
		"sik", "mik", "ipu", "ipm", "sag", "mhum", "spdi", "sthi", "stp",
		NULL
	};
	const nt_token *tok = &t->items[i];
	size_t		glen;
	const char *g = nt_gap(t, i, &glen);

	if (in_list(tok->lower, solid) && (tok->flags & (NT_TOK_UPPER_INITIAL | NT_TOK_ALL_CAPS)))
		return true;
	/* "M.Si", "S.E", "S.Sos": one letter, a dot, a short word */
	if (strlen(tok->lower) == 1 && glen == 1 && g[0] == '.' &&
		(tok->lower[0] == 's' || tok->lower[0] == 'm' || tok->lower[0] == 'd') &&
		i + 1 < t->count && strlen(t->items[i + 1].lower) <= 4)
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

	*n = 0;
	if (i >= t->count || !in_list(t->items[i].lower, first_words()))
		return NULL;
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

static const body_def *
match_body(const nt_tokens *t, size_t i, size_t *n)
{
	size_t		r;
	const body_def *best = NULL;
	size_t		best_n = 0;

	*n = 0;
	if (i >= t->count || !in_list(t->items[i].lower, first_words()))
		return NULL;
	for (r = 0; r < N_BODIES; r++)
	{
		size_t		k;

		if (match_words(t, i, bodies[r].words, &k) && k > best_n)
		{
			best = &bodies[r];
			best_n = k;
		}
	}
	*n = best_n;
	return best;
}

static bool
capitalised(const nt_token *tok)
{
	return (tok->flags & (NT_TOK_UPPER_INITIAL | NT_TOK_ALL_CAPS)) != 0;
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

/*
 * "Ketua Badan Pengawas Pemilu", "Kepala Kanwil Kemenag", "Koordinator
 * Divisi Penindakan Pelanggaran Bawaslu", "Kepala Bagian Hukum": a head,
 * up to four words of unit name, and maybe an institution.  Writes the
 * normalised role into "out".
 */
static size_t
match_head_role(const nt_context *ctx, const nt_tokens *t, size_t i, char **out)
{
	size_t		h,
				n_head = 0,
				k;
	const head_def *head = NULL;
	nt_buf		b;

	if (!in_list(t->items[i].lower, first_words()))
		return 0;
	for (h = 0; h < N_HEADS; h++)
	{
		size_t		n;

		if (match_words(t, i, heads[h].words, &n) && n > n_head)
		{
			head = &heads[h];
			n_head = n;
		}
	}
	if (head == NULL || !capitalised(&t->items[i]))
		return 0;
	/* unit words, then an institution */
	for (k = i + n_head; k < t->count && k < i + n_head + 8; k++)
	{
		size_t		n_body;
		const body_def *body;

		if (!nt_gap_is(t, k - 1, ".()"))
			break;
		body = match_body(t, k, &n_body);
		if (body != NULL)
		{
			nt_buf_init(&b, ctx->arena, 32);
			if (head->member || strcmp(head->as, "Anggota") == 0)
				nt_buf_append_str(&b, "Anggota ");
			else
			{
				size_t		u;

				nt_buf_append_str(&b, head->as);
				nt_buf_append_char(&b, ' ');
				/* keep unit words before a ministry office: "Kepala Kanwil" */
				for (u = i + n_head; u < k; u++)
				{
					if (!capitalised(&t->items[u]))
						break;
					nt_buf_append(&b, t->text + t->items[u].start,
								  t->items[u].end - t->items[u].start);
					nt_buf_append_char(&b, ' ');
				}
			}
			nt_buf_append_str(&b, body->name);
			*out = b.data;
			return k + n_body - i;
		}
		if (!capitalised(&t->items[k]) && !nt_tok_is(&t->items[k], "dan"))
			break;
		if (!head->member && !in_list(t->items[k].lower, not_names) &&
			!(t->items[k].flags & (NT_TOK_ALL_CAPS | NT_TOK_HAS_DIGIT)))
			break;
	}
	/* a unit head without a known institution: "Kepala Bagian Hukum" */
	if (strcmp(head->as, "Ketua") == 0 || strcmp(head->as, "Anggota") == 0 ||
		strcmp(head->as, "Wakil Ketua") == 0 || head->member ||
		strcmp(head->as, "Sekretaris") == 0)
		return 0;
	/* "Kepala Daerah" in "Pemilihan Kepala Daerah" is not a person's role */
	if (i > 0 && (nt_tok_is(&t->items[i - 1], "pemilihan") ||
				  nt_tok_is(&t->items[i - 1], "calon")))
		return 0;
	nt_buf_init(&b, ctx->arena, 32);
	nt_buf_append_str(&b, head->as);
	for (k = i + n_head; k < t->count && k < i + n_head + 8; k++)
	{
		const nt_token *tok = &t->items[k];
		nt_place_match pm;
		bool		unit_word;

		if (!nt_gap_is(t, k - 1, NULL))
			break;
		if (nt_tok_is(tok, "dan") && k + 1 < t->count &&
			in_list(t->items[k + 1].lower, not_names))
		{
			nt_buf_append_str(&b, " dan");
			continue;
		}
		if (!capitalised(tok))
			break;
		nt_match_place(t, k, &pm);
		if (pm.tokens > 0)
			break;
		unit_word = in_list(tok->lower, not_names) ||
			(tok->flags & (NT_TOK_ALL_CAPS | NT_TOK_HAS_DIGIT));
		/* one unit name of its own ("Dispendikbud") before a level word */
		if (!unit_word && k == i + n_head && k + 1 < t->count &&
			(in_list(t->items[k + 1].lower, qualifier_words) ||
			 gap_has(t, k, "(")))
			unit_word = true;
		if (!unit_word)
			break;
		nt_buf_append_char(&b, ' ');
		nt_buf_append(&b, t->text + tok->start, tok->end - tok->start);
	}
	if (k == i + n_head && strcmp(head->as, "Staf Ahli") != 0 &&
		strcmp(head->as, "Asisten") != 0)
		return 0;
	*out = b.data;
	return k - i;
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
			a = ACTING_PJS, *n = 2;
		else
			a = ACTING_PJ, *n = 1;
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

/* Abbreviated first names written with a dot: "Moch.", "Muh.", "Abd." */
static bool
dotted_name_part(const nt_token *tok)
{
	static const char *const parts[] = {
		"moch", "moh", "muh", "mhd", "abd", "ach", "mochamad", "muhd", NULL
	};

	return strlen(tok->lower) <= 2 || in_list(tok->lower, parts);
}

/* A gap that a name may span: spaces, or the dot of an initial. */
static bool
name_gap(const nt_tokens *t, size_t i)
{
	size_t		glen,
				k;
	const char *g = nt_gap(t, i, &glen);

	for (k = 0; k < glen; k++)
		if (g[k] != ' ' && !(g[k] == '.' && dotted_name_part(&t->items[i])))
			return false;
	return true;
}

static bool
name_word(const nt_token *tok)
{
	if (!(tok->flags & NT_TOK_UPPER_INITIAL) || (tok->flags & NT_TOK_HAS_DIGIT))
		return false;
	/* acronyms of three letters or more are bodies, not people */
	if ((tok->flags & NT_TOK_ALL_CAPS) && strlen(tok->lower) >= 3)
		return false;
	return !in_list(tok->lower, not_names) && !in_list(tok->lower, honorifics);
}

static bool
is_roman(const nt_token *tok)
{
	static const char *const numerals[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", NULL};

	return (tok->flags & (NT_TOK_UPPER_INITIAL | NT_TOK_ALL_CAPS)) &&
		in_list(tok->lower, numerals);
}

/*
 * Skip what qualifies a role before the name: places, "Kabupaten",
 * "Provinsi", an abbreviation or a division in parentheses, "Bidang ...",
 * "Divisi ...", Roman numerals after Asisten.  Returns the next index.
 */
static size_t
skip_qualifiers(const nt_tokens *t, size_t j, bool numerals)
{
	int			guard = 0;

	while (j < t->count && guard++ < 12)
	{
		nt_place_match pm;
		const nt_token *tok = &t->items[j];
		size_t		glen;
		const char *g = nt_gap(t, j - 1, &glen);

		/* a sentence break ends the role */
		if (glen > 1 && memchr(g, '.', glen) != NULL && g[glen - 1] == ' ' &&
			memchr(g, '(', glen) == NULL)
			break;
		if (in_list(tok->lower, qualifier_words) && capitalised(tok))
		{
			j++;
			continue;
		}
		/* "(Sekdakot)", "(Divisi Penanganan Pelanggaran)" */
		if (memchr(g, '(', glen) != NULL)
		{
			size_t		k = j;

			while (k < t->count && k < j + 8 && !gap_has(t, k, ")"))
				k++;
			if (k < t->count && k < j + 8)
			{
				j = k + 1;
				continue;
			}
		}
		/* "Bidang Penyelesaian Sengketa", "Divisi SDM dan Diklat" */
		if ((nt_tok_is(tok, "bidang") || nt_tok_is(tok, "divisi") ||
			 nt_tok_is(tok, "devisi")) && capitalised(tok))
		{
			size_t		k = j + 1;

			while (k < t->count && k < j + 10 &&
				   (capitalised(&t->items[k]) || nt_tok_is(&t->items[k], "dan")) &&
				   !gap_has(t, k - 1, ".") &&
				   (in_list(t->items[k].lower, not_names) ||
					(t->items[k].flags & NT_TOK_ALL_CAPS) ||
					gap_has(t, k - 1, ",") == false))
			{
				if (gap_has(t, k, ","))
				{
					/* the unit ends at a comma unless more unit words follow */
					if (k + 1 < t->count && (in_list(t->items[k + 1].lower, not_names) ||
											 nt_tok_is(&t->items[k + 1], "dan")))
					{
						k++;
						continue;
					}
					k++;
					break;
				}
				k++;
			}
			j = k;
			continue;
		}
		if (numerals && is_roman(tok))
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

/*
 * An honorific as written before a name: capitalised, or the medical "dr."
 * that Indonesian writes in lower case.
 */
static bool
honorific_written(const nt_tokens *t, size_t k)
{
	return capitalised(&t->items[k]) ||
		(nt_tok_is(&t->items[k], "dr") && gap_has(t, k, "."));
}

/*
 * Read a group of name-like words at j (after honorifics).  Returns the
 * number of tokens; *start receives the first one.  A group made only of
 * office words or places returns 0 with *descriptor set.
 */
static size_t
read_group(const nt_tokens *t, size_t j, size_t *start, bool *descriptor)
{
	size_t		k = j,
				n = 0;
	bool		long_word = false;

	*descriptor = false;
	while (k < t->count && in_list(t->items[k].lower, honorifics) &&
		   honorific_written(t, k) && k + 1 < t->count && !gap_has(t, k, ",;:"))
		k++;
	*start = k;
	while (k + n < t->count && n < 6)
	{
		const nt_token *tok = &t->items[k + n];

		if (n > 0 && is_degree_start(t, k + n))
			break;
		/* an honorific inside: what came before was not the name */
		if (n > 0 && in_list(tok->lower, honorifics) && honorific_written(t, k + n))
		{
			size_t		s2;
			bool		d2;
			size_t		n2 = read_group(t, k + n, &s2, &d2);

			if (n2 > 0)
			{
				*start = s2;
				return n2;
			}
			break;
		}
		if (!name_word(tok))
		{
			if (n == 0 && capitalised(tok) && (in_list(tok->lower, not_names) ||
											   (tok->flags & NT_TOK_ALL_CAPS)))
				*descriptor = true;
			break;
		}
		if (n == 0)
		{
			nt_place_match pm;

			nt_match_place(t, k, &pm);
			if (pm.tokens > 0 && !(k + pm.tokens < t->count &&
								   name_word(&t->items[k + pm.tokens]) &&
								   name_gap(t, k + pm.tokens - 1)))
			{
				*descriptor = true;
				break;
			}
		}
		if (strlen(tok->lower) >= 3)
			long_word = true;
		n++;
		if (!name_gap(t, k + n - 1))
			break;
	}
	/* "Ranga-Ranga": a hyphenated capitalised word is a place name */
	if (n > 0 && k + n < t->count && gap_has(t, k + n - 1, "-") &&
		capitalised(&t->items[k + n]))
	{
		*descriptor = true;
		return 0;
	}
	return long_word ? n : 0;
}

/*
 * The holder's name after a role: the first group of name words, passing
 * over groups of office words or places that end in a comma ("Staf Ahli
 * Bidang Ekonomi, Keuangan, dan Pembangunan, Oslan Junaidi").  For an area
 * head ("Camat Pare, Kabupaten Kediri, Yusuf Effendi") a first group
 * followed by another name group is the area.
 */
static size_t
read_holder(const nt_tokens *t, size_t j, bool territorial, size_t *start)
{
	int			groups = 0;

	while (j < t->count && groups++ < 5)
	{
		size_t		s,
					n;
		bool		descriptor;

		n = read_group(t, j, &s, &descriptor);
		if (n > 0)
		{
			if (territorial && groups == 1 && s + n < t->count &&
				gap_has(t, s + n - 1, ",") && !is_degree_start(t, s + n))
			{
				size_t		s2,
							next = skip_qualifiers(t, s + n, false);
				bool		d2;
				size_t		n2 = read_group(t, next, &s2, &d2);

				if (n2 > 0)
				{
					*start = s2;
					return n2;
				}
			}
			*start = s;
			return n;
		}
		if (!descriptor)
			return 0;
		/*
		 * Pass an office-word group: the name follows a comma, or starts
		 * at the first word that is not an office word.
		 */
		while (j < t->count && (capitalised(&t->items[j]) || nt_tok_is(&t->items[j], "dan")) &&
			   !gap_has(t, j, ",.;:") &&
			   (nt_tok_is(&t->items[j], "dan") || !name_word(&t->items[j])))
			j++;
		if (j < t->count && name_word(&t->items[j]))
			continue;
		if (j >= t->count || !gap_has(t, j, ","))
			return 0;
		j = skip_qualifiers(t, j + 1, false);
	}
	return 0;
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

static void
add(nt_vec *v, char *role, char *name, size_t start, size_t end)
{
	nt_official *o = nt_vec_push(v);

	o->role = role;
	o->name = name;
	o->start = start;
	o->end = end;
}

/* The base of a role without its acting prefix: "Pjs. Bupati" -> "Bupati". */
static const char *
base_role(const char *role)
{
	if (role[0] == 'P' && (strncmp(role, "Pj. ", 4) == 0 || strncmp(role, "Pjs. ", 5) == 0 ||
						   strncmp(role, "Plt. ", 5) == 0 || strncmp(role, "Plh. ", 5) == 0))
		return strchr(role, ' ') + 1;
	return role;
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

		if (strcmp(base_role(p->role), base_role(role)) == 0)
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

/* "ujar Hasan": a named official speaking again. */
static void
link_speaker(const nt_context *ctx, const nt_tokens *t, size_t i, nt_vec *mentions,
			 const nt_vec *people)
{
	size_t		ns,
				nn;
	bool		descriptor;
	char	   *name;
	size_t		k;

	if (!is_speech_verb(&t->items[i]) || i + 1 >= t->count || !nt_gap_is(t, i, NULL))
		return;
	nn = read_group(t, i + 1, &ns, &descriptor);
	if (nn == 0)
		return;
	name = copy_name(ctx, t, ns, nn);
	for (k = 0; k < people->count; k++)
	{
		const nt_official *p = &NT_VEC_AT(people, nt_official, k);

		if (same_person(p->name, name))
		{
			add(mentions, p->role, p->name, t->items[ns].start, t->items[ns + nn - 1].end);
			return;
		}
	}
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
		char	   *role = NULL;
		bool		territorial = false;
		bool		numerals = false;

		if ((i & 0xFFF) == 0)
			nt_check_interrupts(ctx);

		a = match_acting(t, i, &n_act);
		r = match_role(t, i + n_act, &n_role);
		if (r != NULL)
		{
			/* a role written in lower case is running text, not a title */
			if (a == ACTING_NONE && !capitalised(&t->items[i]))
				continue;
			role = (char *) r->role;
			territorial = r->territorial;
			numerals = strcmp(r->role, "Asisten") == 0;
		}
		else if (i + n_act < t->count)
		{
			n_role = match_head_role(ctx, t, i + n_act, &role);
			if (n_role > 0)
				numerals = strncmp(role, "Asisten", 7) == 0 ||
					strstr(role, "Kelas") != NULL || strstr(role, "Regional") != NULL;
		}
		if (role == NULL)
		{
			link_speaker(ctx, t, i, mentions, people);
			continue;
		}
		if (a != ACTING_NONE)
		{
			nt_buf		b;

			nt_buf_init(&b, ctx->arena, 32);
			nt_buf_append_str(&b, acting_prefix[a]);
			nt_buf_append_str(&b, role);
			role = b.data;
		}
		/* "Staf Ahli Bupati", "Asisten I Setda": the owner is a qualifier */
		j = i + n_act + n_role;
		if (j < t->count && (strncmp(base_role(role), "Staf Ahli", 9) == 0 ||
							 strncmp(base_role(role), "Asisten", 7) == 0))
		{
			size_t		k;
			const role_def *owner = match_role(t, j, &k);

			if (owner != NULL && !owner->territorial)
				j += k;
		}
		j = skip_qualifiers(t, j, numerals);
		n_name = read_holder(t, j, territorial, &name_start);
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
			i = (j > i ? j : i + 1) - 1;
		}
	}
}
