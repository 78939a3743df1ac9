/*-------------------------------------------------------------------------
 *
 * incident.c
 *	  Does a sentence report an act, or state a rule?
 *
 * Reports of neutrality violations and texts about the rules share their
 * vocabulary: "memasang baliho" is in both "seorang camat kedapatan
 * memasang baliho" and "ASN dilarang memasang baliho".  What differs is
 * the frame: procedure and evidence words (dilaporkan, terbukti, temuan,
 * diklarifikasi, berinisial) mark a reported act; prohibitions, appeals,
 * conditions, pledges and statistics (dilarang, jangan, diimbau, jika,
 * berikrar, persen) mark a rule.  The classifier counts both around each
 * piece of evidence.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/incident.c
 *
 *-------------------------------------------------------------------------
 */
#include "incident.h"

#include <hs.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "words.h"

static const char incident_pattern[] =
	"\\b(?:diduga|terduga|dugaan|terbukti|kedapatan|kepergok|ketahuan|terekam|terpantau|"
	"tertangkap|viral|beredar|dilaporkan|melaporkan|laporan\\s+(?:warga|masyarakat|itu|tersebut)|"
	"terlapor|pelapor|temuan|menemukan|ditemukan|diklarifikasi|mengklarifikasi|dimintai|"
	"dipanggil|diperiksa|memeriksa|pemeriksaan|dijatuhi|disanksi|menjatuhkan|dicopot|"
	"dinonaktifkan|dibebastugaskan|diberhentikan|direkomendasikan|merekomendasikan|"
	"diteruskan|meneruskan|ditindaklanjuti|mengakui|berdalih|berinisial|oknum|diregistrasi|"
	"meregistrasi|menertibkan|diturunkan|dihapus|menghapus|tercatat\\s+(?:sebagai|dalam)|"
	"terdaftar\\s+(?:sebagai|dalam)|yang\\s+bersangkutan|kedapatan|tertangkap\\s+kamera|"
	"terlihat|tampak\\s+(?:ikut|hadir|berfoto)|menerima\\s+sanksi|mendapat\\s+sanksi|"
	"diberi\\s+sanksi|sanksi\\s+(?:berupa|kepada|terhadap)|ditegur|teguran\\s+(?:kepada|tertulis)|"
	/* the act itself told in the past or passive */
	"diunggah|diposting|dibagikan|terpasang|dipasang|menyebar|tersebar|diketahui|dikabarkan|"
	"mendapati|memproses|diproses|mengantongi|memanggil|melapor|tangkapan\\s+layar|screenshot|"
	"kajian|alat\\s+bukti|barang\\s+bukti|terdokumentasi)\\b";

/* Words that only a report of a case uses: enough to trust a whole text. */
static const char case_pattern[] =
	"\\b(?:dilaporkan|terlapor|pelapor|diklarifikasi|dimintai\\s+klarifikasi|"
	"temuan\\s+(?:bawaslu|panwas|panwaslu|pengawas)|dijatuhi|disanksi|direkomendasikan|"
	"diteruskan\\s+ke\\s+(?:kasn|bkn|bawaslu|komisi|gakkumdu|sentra|inspektorat|ppk|"
	"pejabat\\s+pembina|kemenpan|menpan)|diduga\\s+(?:melanggar|tidak\\s+netral|terlibat)|terbukti\\s+melanggar|"
	"kedapatan|kepergok|berinisial|oknum\\s+(?:asn|pns))\\b";

static const char normative_pattern[] =
	"\\b(?:dilarang|larangan|(?:tidak|tak|enggak|nggak|gak|ga|ndak)\\s+boleh|jangan(?:lah)?|"
	"mengingatkan|diingatkan|hendaknya|sebaiknya|"
	"seharusnya|wajib|berikrar|ikrar|pakta|berjanji|jika|apabila|bilamana|kalau|seandainya|"
	"misalnya|contohnya|termasuk\\s+pelanggaran|merupakan\\s+(?:bentuk\\s+)?pelanggaran|"
	"dikategorikan|bentuk(?:-bentuk)?\\s+pelanggaran|akan\\s+(?:dikenai|diberi|dijatuhi|disanksi|"
	"ditindak|diproses)|bisa\\s+(?:dikenai|dijatuhi|disanksi)|dapat\\s+(?:dikenai|dijatuhi|disanksi)|"
	"terancam|rawan|potensi|berpotensi|mencegah|pencegahan|sosialisasi|persen|"
	"sebanyak\\s+\\d+\\s+(?:kasus|laporan|pelanggaran)|paling\\s+(?:sering|banyak)|terbanyak|"
	"didominasi|"
	"antara\\s+lain|meliputi|diantaranya|di\\s+antaranya|agar\\s+(?:tidak|tetap|menjaga)|"
	"supaya|diminta\\s+(?:tidak|untuk\\s+tidak|menjaga)|tidak\\s+diperkenankan|"
	"diatur\\s+dalam|sesuai\\s+(?:aturan|ketentuan)\\s+yang|"
	/* consequences stated as rules, invitations to report, categories */
	"(?:akan|bisa|dapat)\\s+(?:dicopot|diberhentikan|diputus|dipecat|dikenakan|dinonaktifkan)|"
	"(?:asn|pns|pppk|pegawai)\\s+yang\\s+(?:nanti(?:nya)?\\s+)?(?:terbukti|kedapatan|ketahuan)|"
	"(?:bisa|dapat|silakan|silahkan)\\s+(?:melaporkan|melapor)|posko\\s+pengaduan|"
	"kategori|jenis\\s+pelanggaran|sebagian\\s+besar|sisanya|yang\\s+dimaksud|pengertian|"
	"definisi|adalah\\s+pihak|boleh|diperbolehkan|dibolehkan|diizinkan|nantinya|diancam|"
	"wanti-wanti|mewanti-wanti|diwanti-wanti|berharap|diharapkan|mengharapkan|harapannya|"
	/* what could count as a violation, said of no one in particular */
	"(?:bisa|dapat|bakal|akan)\\s+(?:menjadi|dianggap|dinilai|masuk|dikategorikan|tergolong)|"
	/* the points of a pledge or declaration read out as a list */
	"(?:pertama|kedua|ketiga|keempat|kelima|keenam)\\s*,|isinya|butir|"
	"(?:berisi|memuat)\\s+(?:\\w+\\s+)?(?:poin|point|butir|pernyataan|komitmen|janji|ikrar|larangan)|"
	"(?:puluhan|ratusan|ribuan)\\s+(?:laporan|kasus|asn))\\b";

static const char denial_pattern[] =
	"\\b(?:tidak\\s+benar|membantah|dibantah|bantahan|hoaks|hoax|fitnah|tidak\\s+terbukti|"
	"tidak\\s+memenuhi\\s+unsur|bukan\\s+(?:asn|pns)|tidak\\s+ada\\s+(?:asn|pns|pelanggaran)|"
	"rekayasa|editan|pensiunan|purnatugas|purnabakti|sudah\\s+pensiun|sesuai\\s+aturan|"
	"tidak\\s+melanggar|bukan\\s+pelanggaran)\\b";

static const char asn_pattern[] =
	"\\b(?:asn|pns|pppk|aparatur\\s+sipil|pegawai|guru|camat|lurah|sekda|sekdakab|sekdakot|"
	"sekretaris\\s+(?:daerah|dinas|kecamatan|badan)|kepala\\s+(?:dinas|bidang|badan|seksi|sekolah|"
	"puskesmas|bagian|kantor|uptd?|sub|biro|ruangan|unit)|kadis|kabid|kasi|kasubbag|kasubag|kabag|"
	"staf|penyuluh|bidan|perawat|dokter|dosen|pejabat|honorer|inspektur|analis|widyaiswara|"
	"pengawas\\s+sekolah|pamong|abdi\\s+negara|tenaga\\s+kesehatan|nakes)\\b";

/*
 * An appeal is a rule ("ASN diimbau menjaga netralitas") unless it asks for
 * a vote ("mengimbau warga memilih paslon nomor 2"), which is itself a
 * partisan act: the vote words just after it decide.
 */
static const char appeal_pattern[] =
	"\\b(?:diimbau|dihimbau|mengimbau|menghimbau|imbauan|himbauan)\\b";
static const char vote_pattern[] =
	"\\b(?:memilih|mendukung|mencoblos|memenangkan)\\b";

static bool
is_sentence_end(const char *text, size_t len, size_t i)
{
	char		c = text[i];

	if (c == '\n')
		return true;
	if (c != '.' && c != '!' && c != '?')
		return false;
	if (i + 1 < len && text[i + 1] != ' ' && text[i + 1] != '\n' && text[i + 1] != '"' &&
		(unsigned char) text[i + 1] != 0xE2)
		return false;
	/* "Pj." "H." "S.E." */
	if (c == '.' && i >= 1 && nt_is_ascii_alpha(text[i - 1]) &&
		(i < 2 || !nt_is_ascii_alpha(text[i - 2]) ||
		 ((i == 2 || !nt_is_ascii_alpha(text[i - 3])) && nt_is_ascii_upper(text[i - 2]))))
		return false;
	return true;
}

void
nt_sentence_span(const char *text, size_t len, size_t pos, size_t *start, size_t *end)
{
	size_t		s = pos,
				e = pos;

	while (s > 0 && !is_sentence_end(text, len, s - 1) && pos - s < 2000)
		s--;
	while (e < len && !is_sentence_end(text, len, e) && e - pos < 2000)
		e++;
	if (e < len)
		e++;
	*start = s;
	*end = e;
}

enum cue_class
{
	CUE_INCIDENT,
	CUE_CASE,
	CUE_NORMATIVE,
	CUE_APPEAL,
	CUE_VOTE,
	CUE_DENIAL,
	CUE_ASN,
	CUE_CLASSES
};

/* How far after an appeal a vote word turns it into a call to vote. */
#define APPEAL_REACH 72

/*
 * All classes are scanned in one Hyperscan pass per text; the sentences
 * around each piece of evidence then only look their cues up.  Built once
 * per process on first use, like the other built-in patterns.
 */
static hs_database_t *cue_db;
static hs_scratch_t *cue_scratch;

static void
ensure_cue_db(void)
{
	const char *patterns[CUE_CLASSES];
	unsigned int flags[CUE_CLASSES];
	unsigned int ids[CUE_CLASSES];
	hs_compile_error_t *err = NULL;
	int			i;

	if (cue_db != NULL)
		return;
	patterns[CUE_INCIDENT] = incident_pattern;
	patterns[CUE_CASE] = case_pattern;
	patterns[CUE_NORMATIVE] = normative_pattern;
	patterns[CUE_APPEAL] = appeal_pattern;
	patterns[CUE_VOTE] = vote_pattern;
	patterns[CUE_DENIAL] = denial_pattern;
	patterns[CUE_ASN] = asn_pattern;
	for (i = 0; i < CUE_CLASSES; i++)
	{
		flags[i] = HS_FLAG_CASELESS;
		ids[i] = (unsigned int) i;
	}
	if (hs_compile_multi(patterns, flags, ids, CUE_CLASSES, HS_MODE_BLOCK, NULL,
						 &cue_db, &err) != HS_SUCCESS)
	{
		fprintf(stderr, "netralitas: built-in cue pattern %d failed: %s\n",
				err ? err->expression : -1, err ? err->message : "?");
		abort();
	}
	if (hs_alloc_scratch(cue_db, &cue_scratch) != HS_SUCCESS)
	{
		fprintf(stderr, "netralitas: out of memory for the cue scanner\n");
		abort();
	}
}

typedef struct cue_hit
{
	size_t		end;
	unsigned char cls;
} cue_hit;

static int
on_cue(unsigned int id, unsigned long long from, unsigned long long to,
	   unsigned int flags, void *arg)
{
	nt_vec	   *hits = arg;
	cue_hit    *h = nt_vec_push(hits);

	(void) from;
	(void) flags;
	h->end = (size_t) to;
	h->cls = (unsigned char) id;
	return 0;
}

void
nt_cue_map_build(const nt_context *ctx, const char *text, size_t len, nt_cue_map *map)
{
	nt_vec		hits;
	size_t		i,
				j;

	ensure_cue_db();
	nt_vec_init(&hits, ctx->arena, sizeof(cue_hit));
	memset(map, 0, sizeof(*map));
	map->text = text;
	if (len > 0 && len <= UINT_MAX)
		hs_scan(cue_db, text, (unsigned int) len, 0, cue_scratch, on_cue, &hits);
	/* matches come by end offset; keep them so across classes */
	for (i = 1; i < hits.count; i++)
	{
		cue_hit		h = NT_VEC_AT(&hits, cue_hit, i);

		for (j = i; j > 0 && NT_VEC_AT(&hits, cue_hit, j - 1).end > h.end; j--)
			NT_VEC_AT(&hits, cue_hit, j) = NT_VEC_AT(&hits, cue_hit, j - 1);
		NT_VEC_AT(&hits, cue_hit, j) = h;
	}
	/* an appeal that asks for a vote is not a rule: drop it */
	for (i = 0; i < hits.count; i++)
	{
		cue_hit    *h = &NT_VEC_AT(&hits, cue_hit, i);

		if (h->cls != CUE_APPEAL)
			continue;
		h->cls = CUE_NORMATIVE;
		for (j = i + 1; j < hits.count; j++)
		{
			const cue_hit *v = &NT_VEC_AT(&hits, cue_hit, j);

			if (v->end > h->end + APPEAL_REACH ||
				memchr(text + h->end, '.', v->end - h->end) != NULL)
				break;
			if (v->cls == CUE_VOTE)
			{
				h->cls = CUE_VOTE;	/* neither rule nor act by itself */
				break;
			}
		}
	}
	map->hits = hits.items;
	map->count = hits.count;
	for (i = 0; i < hits.count; i++)
		map->present |= 1u << NT_VEC_AT(&hits, cue_hit, i).cls;
}

/* Index of the first hit ending after pos. */
static size_t
first_hit_after(const nt_cue_map *map, size_t pos)
{
	const cue_hit *hits = map->hits;
	size_t		lo = 0,
				hi = map->count;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (hits[mid].end <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void
nt_count_cues(const nt_cue_map *map, size_t start, size_t end, nt_cues *cues)
{
	const cue_hit *hits = map->hits;
	size_t		i;

	memset(cues, 0, sizeof(*cues));
	for (i = first_hit_after(map, start); i < map->count && hits[i].end <= end; i++)
	{
		switch (hits[i].cls)
		{
			case CUE_INCIDENT:
				cues->incident++;
				break;
			case CUE_NORMATIVE:
				cues->normative++;
				break;
			case CUE_DENIAL:
				cues->denial++;
				break;
			case CUE_ASN:
				cues->asn = true;
				break;
			default:
				break;
		}
	}
}

bool
nt_cue_map_has_incident(const nt_cue_map *map)
{
	return (map->present & (1u << CUE_INCIDENT)) != 0;
}

bool
nt_cue_map_has_asn(const nt_cue_map *map)
{
	return (map->present & (1u << CUE_ASN)) != 0;
}

bool
nt_cue_map_has_case(const nt_cue_map *map)
{
	return (map->present & (1u << CUE_CASE)) != 0;
}

/* Read the word ending just before text[*pos], lower-cased; false at none. */
static bool
previous_word(const char *text, size_t *pos, char *word, size_t size)
{
	size_t		e = *pos,
				s,
				n,
				i;

	while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t'))
		e--;
	s = e;
	while (s > 0 && (nt_is_ascii_alpha(text[s - 1]) || text[s - 1] == '-'))
		s--;
	n = e - s;
	if (n == 0 || n >= size)
		return false;
	for (i = 0; i < n; i++)
		word[i] = nt_ascii_lower(text[s + i]);
	word[n] = '\0';
	*pos = s;
	return true;
}

static bool
word_in(const char *word, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcmp(word, *list) == 0)
			return true;
	return false;
}

bool
nt_negated_before(const char *text, size_t pos)
{
	static const char *const negators[] = {
		"tidak", "tak", "bukan", "belum", "tanpa", "jangan", "enggan", "menolak",
		"menghindari", "dilarang", "hindari", "hindarilah", NULL
	};
	/* words that may stand between the negator and the act */
	static const char *const between[] = {
		"akan", "pernah", "lagi", "mau", "ingin", "boleh", "ikut", "turut", "sampai",
		"sedang", "perlu", "usah", "untuk", "secara", "sekali-kali", "sama", NULL
	};
	char		word[24];
	int			k;

	for (k = 0; k < 3; k++)
	{
		if (!previous_word(text, &pos, word, sizeof(word)))
			return false;
		if (word_in(word, negators))
			return true;
		if (!word_in(word, between))
			return false;
	}
	return false;
}
