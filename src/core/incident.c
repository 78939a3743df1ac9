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

#include <string.h>

#include "regex.h"
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
	/* an appeal to vote for someone is itself a partisan act, not a rule */
	"(?:diimbau|dihimbau|mengimbau|menghimbau|imbauan|himbauan)"
	"(?![^.]{0,60}\\b(?:memilih|mendukung|mencoblos|memenangkan)\\b)|"
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

static nt_regex *re_case,
		   *re_incident,
		   *re_normative,
		   *re_denial,
		   *re_asn;

static void
ensure_patterns(void)
{
	if (re_incident != NULL)
		return;
	re_incident = nt_regex_builtin(incident_pattern);
	re_case = nt_regex_builtin(case_pattern);
	re_normative = nt_regex_builtin(normative_pattern);
	re_denial = nt_regex_builtin(denial_pattern);
	re_asn = nt_regex_builtin(asn_pattern);
}

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
		 (i >= 3 && !nt_is_ascii_alpha(text[i - 3]) && nt_is_ascii_upper(text[i - 2]))))
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

static int
count(const nt_regex *re, const char *text, size_t start, size_t end)
{
	size_t		pos = start;
	nt_match	m;
	int			n = 0;

	while (pos < end && nt_regex_find(re, text, end, pos, &m) == NT_REGEX_MATCH)
	{
		n++;
		pos = m.end[0] > pos ? m.end[0] : pos + 1;
	}
	return n;
}

void
nt_count_cues(const char *text, size_t start, size_t end, nt_cues *cues)
{
	ensure_patterns();
	cues->incident = count(re_incident, text, start, end);
	cues->normative = count(re_normative, text, start, end);
	cues->denial = count(re_denial, text, start, end);
	cues->asn = nt_regex_find(re_asn, text, end, start, NULL) == NT_REGEX_MATCH;
}

bool
nt_has_incident_cue(const char *text, size_t len)
{
	ensure_patterns();
	return nt_regex_find(re_incident, text, len, 0, NULL) == NT_REGEX_MATCH;
}

bool
nt_has_asn_cue(const char *text, size_t len)
{
	ensure_patterns();
	return nt_regex_find(re_asn, text, len, 0, NULL) == NT_REGEX_MATCH;
}

bool
nt_has_case_cue(const char *text, size_t len)
{
	ensure_patterns();
	return nt_regex_find(re_case, text, len, 0, NULL) == NT_REGEX_MATCH;
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
