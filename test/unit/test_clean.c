/*
 * test_clean.c
 *	  Article body, title and dateline out of a scraped news page.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/clean.h"
#include "core/utf8.h"

static nt_arena arena;
static nt_context ctx;
static int	interrupt_calls;

static void
count_interrupts(void *arg)
{
	(void) arg;
	interrupt_calls++;
}

static int
setup(void **state)
{
	(void) state;
	nt_arena_init(&arena, &nt_malloc_allocator);
	ctx.arena = &arena;
	ctx.check_interrupts = count_interrupts;
	ctx.check_interrupts_arg = NULL;
	interrupt_calls = 0;
	return 0;
}

static int
teardown(void **state)
{
	(void) state;
	nt_arena_free_all(&arena);
	return 0;
}

static void
clean(const char *page, nt_cleaned *out)
{
	nt_clean_article(&ctx, page, strlen(page), out);
	/* the body is a NUL-terminated string of the stated length */
	assert_non_null(out->body);
	assert_int_equal(strlen(out->body), out->body_len);
	if (out->title != NULL)
		assert_int_equal(strlen(out->title), out->title_len);
}

/* The bytes of the body between two offsets, as a string. */
static char *
span(const nt_cleaned *c, size_t start, size_t end)
{
	assert_true(start <= end && end <= c->body_len);
	return nt_arena_strndup(&arena, c->body + start, end - start);
}

static int
occurrences(const char *hay, const char *needle)
{
	int			n = 0;
	const char *p = hay;

	while ((p = strstr(p, needle)) != NULL)
	{
		n++;
		p += strlen(needle);
	}
	return n;
}

#define LEAD_BENGKAYANG \
	"BENGKAYANG, Kalbarnews.com \xE2\x80\x93 Sebanyak 1.250 aparatur sipil negara di " \
	"lingkungan Pemkab Bengkayang mengikuti apel ikrar netralitas di halaman kantor " \
	"bupati, Senin (21/9/2020). Apel dipimpin langsung oleh Sekda Bengkayang yang " \
	"membacakan ikrar bersama seluruh peserta."
#define PARA2_BENGKAYANG \
	"Dalam sambutannya, Sekda meminta agar seluruh pegawai menjaga jarak dari kegiatan " \
	"politik praktis dan tidak mengunggah dukungan kepada pasangan calon di media sosial."
#define PARA3_BENGKAYANG \
	"\"Kita harus menjadi contoh bagi masyarakat, jangan sampai ada pegawai yang " \
	"dipanggil Bawaslu karena ulahnya sendiri,\" ujar dia."

static void
removes_navigation_teasers_tags_and_footer(void **state)
{
	const char *page =
		"Beranda | Politik | Pemerintahan | Daerah\n"
		"Bagikan ke Facebook\n"
		"Pemkab Bengkayang Gelar Apel Ikrar Netralitas ASN Jelang Pilkada\n"
		LEAD_BENGKAYANG "\n"
		"Baca Juga: Harga Karet di Bengkayang Kembali Naik Pekan Ini\n"
		PARA2_BENGKAYANG "\n"
		PARA3_BENGKAYANG "\n"
		"Tag: ASN, Pilkada 2020, Bengkayang\n"
		"Editor: Rudi Hartono\n"
		"Copyright \xC2\xA9 2020 Kalbarnews. All rights reserved.\n";
	nt_cleaned c;

	(void) state;
	clean(page, &c);
	assert_string_equal(c.body,
						LEAD_BENGKAYANG "\n\n" PARA2_BENGKAYANG "\n\n" PARA3_BENGKAYANG);
	assert_non_null(c.title);
	assert_string_equal(c.title,
						"Pemkab Bengkayang Gelar Apel Ikrar Netralitas ASN Jelang Pilkada");
	assert_null(strstr(c.body, "Beranda"));
	assert_null(strstr(c.body, "Bagikan"));
	assert_null(strstr(c.body, "Baca Juga"));
	assert_null(strstr(c.body, "Harga Karet"));
	assert_null(strstr(c.body, "Tag:"));
	assert_null(strstr(c.body, "Editor"));
	assert_null(strstr(c.body, "Copyright"));
}

static void
dateline_with_outlet_after_comma(void **state)
{
	const char *page =
		"Pemkab Bengkayang Gelar Apel Ikrar Netralitas ASN Jelang Pilkada\n"
		LEAD_BENGKAYANG "\n" PARA2_BENGKAYANG "\n";
	nt_cleaned c;

	(void) state;
	clean(page, &c);
	assert_true(c.has_dateline);
	assert_string_equal(span(&c, c.dateline_place_start, c.dateline_place_end), "BENGKAYANG");
	assert_string_equal(span(&c, c.dateline_outlet_start, c.dateline_outlet_end),
						"Kalbarnews.com");
	/* "BENGKAYANG, Kalbarnews.com – " is cut off; the lead sentence follows */
	assert_int_equal(c.dateline_end, 31);
	assert_memory_equal(c.body + c.dateline_end, "Sebanyak 1.250", 14);
}

static void
dateline_place_only(void **state)
{
	const char *page =
		"Menu\nHome\nNasional\nDaerah\n"
		"Wali Kota Tarakan Ingatkan ASN Jaga Netralitas pada Pemilu 2024\n"
		"TARAKAN \xE2\x80\x93 Wali Kota Tarakan mengingatkan seluruh aparatur sipil negara di "
		"lingkungan pemerintah kota agar tidak terlibat dalam kampanye peserta pemilu. Pesan "
		"itu disampaikan dalam apel pagi di halaman balai kota, Senin (8/1/2024).\n"
		"Menurut dia, pegawai yang terbukti melanggar akan diproses sesuai ketentuan yang "
		"berlaku dan tidak ada pengecualian bagi siapa pun di lingkungan pemerintah kota.\n"
		"Bagikan:\nFacebook\nTwitter\nWhatsApp\n"
		"Berita Terkait\n"
		"Pemkot Tarakan Salurkan Bantuan Sembako ke Warga Pesisir\n"
		"Dinas Kesehatan Tarakan Gelar Vaksinasi Massal\n";
	nt_cleaned c;

	(void) state;
	clean(page, &c);
	assert_true(c.has_dateline);
	assert_int_equal(c.dateline_place_start, 0);
	assert_string_equal(span(&c, c.dateline_place_start, c.dateline_place_end), "TARAKAN");
	/* no outlet: the outlet span is empty */
	assert_int_equal(c.dateline_outlet_start, c.dateline_outlet_end);
	/* "TARAKAN – " is 7 + 1 + 3 + 1 bytes */
	assert_int_equal(c.dateline_end, 12);
	assert_string_equal(c.title, "Wali Kota Tarakan Ingatkan ASN Jaga Netralitas pada Pemilu 2024");
	assert_string_equal(c.body,
						"TARAKAN \xE2\x80\x93 Wali Kota Tarakan mengingatkan seluruh aparatur sipil "
						"negara di lingkungan pemerintah kota agar tidak terlibat dalam kampanye "
						"peserta pemilu. Pesan itu disampaikan dalam apel pagi di halaman balai "
						"kota, Senin (8/1/2024).\n\n"
						"Menurut dia, pegawai yang terbukti melanggar akan diproses sesuai "
						"ketentuan yang berlaku dan tidak ada pengecualian bagi siapa pun di "
						"lingkungan pemerintah kota.");
}

static void
dateline_with_outlet_in_parentheses(void **state)
{
	const char *page =
		"PADANG PARIAMAN (Padek) - Pjs Bupati Padang Pariaman meminta aparatur sipil negara "
		"di lingkungannya tidak terlibat dalam kampanye pasangan calon mana pun selama masa "
		"pilkada berlangsung.\n"
		"Ia menegaskan sanksi akan dijatuhkan kepada pegawai yang melanggar aturan tersebut "
		"dan hal itu sudah menjadi komitmen bersama.\n";
	nt_cleaned c;

	(void) state;
	clean(page, &c);
	assert_true(c.has_dateline);
	assert_string_equal(span(&c, c.dateline_place_start, c.dateline_place_end), "PADANG PARIAMAN");
	assert_string_equal(span(&c, c.dateline_outlet_start, c.dateline_outlet_end), "Padek");
	assert_int_equal(c.dateline_end, 26);
	assert_memory_equal(c.body + c.dateline_end, "Pjs Bupati", 10);
	/* no headline on the page */
	assert_null(c.title);
	assert_int_equal(c.title_len, 0);
}

static void
dateline_with_domain_and_bar(void **state)
{
	const char *page =
		"Home\n"
		"Pemkab Gowa Gelar Ikrar Netralitas ASN Jelang Pemilu 2024\n"
		"Tribun-Gowa.com | SUNGGUMINASA - Pemerintah Kabupaten Gowa menggelar ikrar "
		"netralitas aparatur sipil negara di Lapangan Syekh Yusuf pada Senin (8/1/2024) pagi.\n"
		"Kegiatan tersebut diikuti oleh seluruh pegawai dari berbagai organisasi perangkat "
		"daerah di kabupaten itu.\n";
	nt_cleaned c;

	(void) state;
	clean(page, &c);
	assert_true(c.has_dateline);
	assert_string_equal(span(&c, c.dateline_place_start, c.dateline_place_end), "SUNGGUMINASA");
	assert_string_equal(span(&c, c.dateline_outlet_start, c.dateline_outlet_end),
						"Tribun-Gowa.com");
	assert_memory_equal(c.body + c.dateline_end, "Pemerintah Kabupaten Gowa", 25);
	assert_string_equal(c.title, "Pemkab Gowa Gelar Ikrar Netralitas ASN Jelang Pemilu 2024");
	assert_null(strstr(c.body, "Home"));
}

static void
dateline_alone_on_its_line_joins_the_next(void **state)
{
	const char *page =
		"Jakarta -\n"
		"Komisi Aparatur Sipil Negara kembali mengingatkan para pegawai agar menjaga "
		"netralitas menjelang hari pemungutan suara yang tinggal beberapa pekan lagi.\n"
		"Para pegawai juga diminta tidak ikut memasang atribut kampanye di kantor "
		"masing-masing.\n";
	nt_cleaned c;

	(void) state;
	clean(page, &c);
	assert_string_equal(c.body,
						"Jakarta - Komisi Aparatur Sipil Negara kembali mengingatkan para "
						"pegawai agar menjaga netralitas menjelang hari pemungutan suara yang "
						"tinggal beberapa pekan lagi.\n\n"
						"Para pegawai juga diminta tidak ikut memasang atribut kampanye di "
						"kantor masing-masing.");
	assert_true(c.has_dateline);
	assert_string_equal(span(&c, c.dateline_place_start, c.dateline_place_end), "Jakarta");
	assert_int_equal(c.dateline_end, 10);
}

#define P1_KUPANG \
	"KUPANG, Timorpost.com \xE2\x80\x93 Dua pegawai negeri sipil di Kabupaten Kupang " \
	"dilaporkan ke Panwaslu karena menghadiri deklarasi bakal pasangan calon bupati di " \
	"Oelamasi, Rabu (10/1/2018)."
#define P2_KUPANG \
	"Ketua Panwaslu Kabupaten Kupang mengatakan pihaknya sudah memanggil kedua pegawai " \
	"itu untuk dimintai klarifikasi pada pekan depan bersama sejumlah saksi."
#define P3_KUPANG \
	"Menurut dia, keterangan para saksi akan menentukan apakah perkara itu diteruskan ke " \
	"Komisi Aparatur Sipil Negara atau tidak."
#define TITLE_KUPANG \
	"Dua PNS Kupang Dilaporkan ke Panwaslu Usai Hadiri Deklarasi Bapaslon"

static void
body_published_twice_is_kept_once(void **state)
{
	/* the second copy is glued to the last sentence, title in front */
	const char *page =
		"Beranda\nDaerah\n"
		TITLE_KUPANG "\n"
		P1_KUPANG "\n" P2_KUPANG "\n"
		P3_KUPANG " " TITLE_KUPANG " " P1_KUPANG " " P2_KUPANG " " P3_KUPANG "\n"
		"Komentar\nKirim\n";
	nt_cleaned c;

	(void) state;
	clean(page, &c);
	assert_string_equal(c.title, TITLE_KUPANG);
	assert_string_equal(c.body, P1_KUPANG "\n\n" P2_KUPANG "\n\n" P3_KUPANG);
	assert_int_equal(occurrences(c.body, "Dua pegawai negeri sipil"), 1);
	assert_int_equal(occurrences(c.body, "Bapaslon"), 0);
}

/* A headline that opens with a number ("1.250 ASN ...") is not a list item. */
static void
headline_opening_with_a_number(void **state)
{
	const char *page =
		"Beranda\n"
		"1.250 ASN Pemkab Bengkayang Ikuti Apel Netralitas\n"
		"BENGKAYANG \xE2\x80\x93 Sebanyak 1.250 aparatur sipil negara mengikuti apel netralitas "
		"di halaman kantor bupati pada Senin pagi.\n";
	nt_cleaned	c;

	(void) state;
	clean(page, &c);
	assert_non_null(c.title);
	assert_string_equal(c.title, "1.250 ASN Pemkab Bengkayang Ikuti Apel Netralitas");
}

/* A short first half of a broken sentence is kept with its second half. */
static void
short_first_half_of_a_broken_sentence(void **state)
{
	const char *page =
		"BENGKAYANG \xE2\x80\x93 Sebanyak 1.250 aparatur sipil negara mengikuti apel netralitas "
		"di halaman kantor bupati pada Senin pagi.\n"
		"Sebanyak 2.000 pegawai hadir dalam apel tersebut dan\n"
		"membacakan ikrar secara bersama-sama di hadapan bupati, sekretaris daerah, dan para "
		"asisten.\n";
	nt_cleaned	c;

	(void) state;
	clean(page, &c);
	assert_non_null(strstr(c.body, "Sebanyak 2.000 pegawai hadir dalam apel tersebut dan "
						   "membacakan ikrar"));
}

/* A pronoun after an inline teaser is where the article resumes. */
static void
inline_teaser_stops_at_a_pronoun(void **state)
{
	const char *page =
		"BENGKAYANG \xE2\x80\x93 Sebanyak 1.250 aparatur sipil negara mengikuti apel netralitas "
		"di halaman kantor bupati pada Senin pagi. Baca Juga: Bupati Kotim Resmikan Pasar Baru di "
		"Baamang Ia menegaskan bahwa ASN harus netral selama tahapan pilkada berlangsung.\n";
	nt_cleaned	c;

	(void) state;
	clean(page, &c);
	assert_null(strstr(c.body, "Baca Juga"));
	assert_non_null(strstr(c.body, "Senin pagi. Ia menegaskan bahwa ASN"));
}

static void
body_published_twice_without_line_breaks(void **state)
{
	/* the copy has lost its line breaks and sits on a line of its own */
	const char *page =
		TITLE_KUPANG "\n"
		P1_KUPANG "\n" P2_KUPANG "\n" P3_KUPANG "\n"
		P1_KUPANG " " P2_KUPANG " " P3_KUPANG "\n";
	nt_cleaned c;

	(void) state;
	clean(page, &c);
	assert_string_equal(c.body, P1_KUPANG "\n\n" P2_KUPANG "\n\n" P3_KUPANG);
	assert_int_equal(occurrences(c.body, "Ketua Panwaslu Kabupaten Kupang"), 1);
}

static void
repeated_paragraph_and_english_lines_dropped(void **state)
{
	const char *page =
		"BANYUWANGI \xE2\x80\x93 Pemkab Banyuwangi menggelar apel netralitas aparatur sipil "
		"negara di Taman Blambangan pada pagi hari ini.\n"
		"Para pegawai diminta menjaga netralitas selama masa kampanye berlangsung hingga "
		"hari pemungutan suara.\n"
		"Para pegawai diminta menjaga netralitas selama masa kampanye berlangsung hingga "
		"hari pemungutan suara.\n"
		"We use cookies to improve your experience on our website.\n"
		"Seusai apel, para kepala dinas menandatangani pakta integritas yang disaksikan "
		"oleh anggota Bawaslu setempat.\n";
	nt_cleaned c;

	(void) state;
	clean(page, &c);
	assert_string_equal(c.body,
						"BANYUWANGI \xE2\x80\x93 Pemkab Banyuwangi menggelar apel netralitas "
						"aparatur sipil negara di Taman Blambangan pada pagi hari ini.\n\n"
						"Para pegawai diminta menjaga netralitas selama masa kampanye "
						"berlangsung hingga hari pemungutan suara.\n\n"
						"Seusai apel, para kepala dinas menandatangani pakta integritas yang "
						"disaksikan oleh anggota Bawaslu setempat.");
}

static void
sentence_broken_over_two_lines_is_joined(void **state)
{
	const char *page =
		"BANYUWANGI \xE2\x80\x93 Pemkab Banyuwangi menggelar apel netralitas aparatur sipil "
		"negara di Taman Blambangan pada pagi hari ini.\n"
		"Sebanyak 2.000 pegawai dari seluruh organisasi perangkat daerah dan kecamatan di "
		"kabupaten itu hadir dalam apel tersebut dan\n"
		"membacakan ikrar secara bersama-sama di hadapan bupati, sekretaris daerah, dan para "
		"asisten.\n";
	nt_cleaned c;

	(void) state;
	clean(page, &c);
	assert_non_null(strstr(c.body,
						   "\n\nSebanyak 2.000 pegawai dari seluruh organisasi perangkat daerah "
						   "dan kecamatan di kabupaten itu hadir dalam apel tersebut dan "
						   "membacakan ikrar secara bersama-sama di hadapan bupati, sekretaris "
						   "daerah, dan para asisten."));
	assert_int_equal(occurrences(c.body, "\n\n"), 1);
}

static void
teaser_at_the_end_of_a_paragraph_removed(void **state)
{
	const char *page =
		"SAMPIT \xE2\x80\x93 Wakil Bupati Kotawaringin Timur meminta seluruh kepala organisasi "
		"perangkat daerah menjaga jarak dari kontestan pilkada. Baca Juga: Bupati Kotim "
		"Resmikan Pasar Baru di Baamang\n"
		"Para camat juga diminta memantau pegawai di wilayah masing-masing agar tidak ikut "
		"berkampanye.\n";
	nt_cleaned c;

	(void) state;
	clean(page, &c);
	assert_string_equal(c.body,
						"SAMPIT \xE2\x80\x93 Wakil Bupati Kotawaringin Timur meminta seluruh "
						"kepala organisasi perangkat daerah menjaga jarak dari kontestan "
						"pilkada.\n\n"
						"Para camat juga diminta memantau pegawai di wilayah masing-masing agar "
						"tidak ikut berkampanye.");
}

static void
normalises_whitespace(void **state)
{
	/* CRLF, a tab, a no-break space, a double space, a zero-width space */
	const char *page =
		"Pemkot Malang Gelar Sosialisasi Netralitas\r\n"
		"MALANG \xE2\x80\x93 Pemerintah\tKota Malang\xC2\xA0menggelar sosialisasi  netralitas "
		"aparatur sipil negara bagi seluruh\xE2\x80\x8B kepala perangkat daerah dan camat di "
		"aula balai kota pada hari ini.\r\n"
		"   Kegiatan itu dihadiri oleh ratusan pegawai yang datang dari seluruh kecamatan di "
		"kota tersebut sejak pagi hari.   \r\n";
	nt_cleaned c;

	(void) state;
	clean(page, &c);
	assert_string_equal(c.title, "Pemkot Malang Gelar Sosialisasi Netralitas");
	assert_string_equal(c.body,
						"MALANG \xE2\x80\x93 Pemerintah Kota Malang menggelar sosialisasi "
						"netralitas aparatur sipil negara bagi seluruh kepala perangkat daerah "
						"dan camat di aula balai kota pada hari ini.\n\n"
						"Kegiatan itu dihadiri oleh ratusan pegawai yang datang dari seluruh "
						"kecamatan di kota tersebut sejak pagi hari.");
	assert_null(strchr(c.body, '\r'));
	assert_null(strchr(c.body, '\t'));
}

static void
empty_and_blank_input(void **state)
{
	nt_cleaned c;

	(void) state;
	nt_clean_article(&ctx, "", 0, &c);
	assert_non_null(c.body);
	assert_string_equal(c.body, "");
	assert_int_equal(c.body_len, 0);
	assert_null(c.title);
	assert_false(c.has_dateline);

	clean("\n\n  \n\t\r\n\xC2\xA0\n", &c);
	assert_string_equal(c.body, "");
	assert_int_equal(c.body_len, 0);
	assert_null(c.title);
	assert_false(c.has_dateline);
}

static void
page_of_only_boilerplate(void **state)
{
	const char *page =
		"Beranda\nPolitik\nHukum\n"
		"Tag: ASN, Pilkada\n"
		"Editor: Rudi\n"
		"Baca Juga: Bupati Resmikan Pasar\n"
		"Copyright 2024 Kabarku. All rights reserved.\n"
		"Ikuti kami di Instagram\n";
	nt_cleaned c;

	(void) state;
	clean(page, &c);
	assert_string_equal(c.body, "");
	assert_int_equal(c.body_len, 0);
	assert_null(c.title);
	assert_false(c.has_dateline);
}

static void
page_without_prose_keeps_short_sentences(void **state)
{
	const char *page =
		"Beranda | Berita\n"
		"Bupati Bengkayang Minta ASN Netral\n"
		"Ia berharap semua pegawai bisa menjaga sikap.\n"
		"Lihat juga: Foto Kegiatan\n";
	nt_cleaned c;

	(void) state;
	clean(page, &c);
	assert_string_equal(c.body, "Ia berharap semua pegawai bisa menjaga sikap.");
	assert_string_equal(c.title, "Bupati Bengkayang Minta ASN Netral");
}

/* One paragraph, cut before its full stop, is still the body; a headline is not. */
static void
unfinished_paragraph_alone_is_the_body(void **state)
{
	static const char *const endings[] = {"x", "\xC3\xA9", "\xE2\x80\xA6", ""};
	const char *lead = "Sebanyak 250 ASN mengikuti apel netralitas di Alun-alun Kebumen, "
		"Senin (21/9/2020), kata Sekda Kabupaten Kebumen Bambang Hartono";
	nt_cleaned c;
	size_t		k;

	(void) state;
	for (k = 0; k < sizeof(endings) / sizeof(endings[0]); k++)
	{
		char	   *page = nt_arena_alloc(&arena, strlen(lead) + 8);

		strcpy(page, lead);
		if (k == 0 || k == 1)
			strcat(page, ".");
		strcat(page, endings[k]);
		clean(page, &c);
		assert_int_equal(strncmp(c.body, lead, strlen(lead)), 0);
	}
	clean("Pemkab Kebumen Gelar Apel Netralitas ASN Jelang Pilkada Serentak Tahun Ini di Alun-alun", &c);
	assert_int_equal(c.body_len, 0);
}

static void
one_huge_line_finishes(void **state)
{
	/* 2 MB on one line, every sentence different */
	size_t		cap = 2 * 1024 * 1024 + 256,
				len = 0;
	int			i = 0;
	char	   *page = malloc(cap);
	nt_cleaned	c;

	(void) state;
	assert_non_null(page);
	while (len < 2 * 1024 * 1024)
		len += (size_t) snprintf(page + len, cap - len,
								 "Pegawai ke-%d di kantor itu diminta tetap netral selama "
								 "kampanye. ", i++);
	nt_clean_article(&ctx, page, len, &c);
	/* the whole line is prose: it is the body, less the trailing space */
	assert_int_equal(c.body_len, len - 1);
	assert_memory_equal(c.body, page, len - 1);
	assert_int_equal(c.body[c.body_len], '\0');
	assert_null(c.title);
	/* long loops let the caller interrupt */
	assert_true(interrupt_calls > 0);
	free(page);
}

static void
a_million_short_lines_finish(void **state)
{
	const char *para =
		"TARAKAN \xE2\x80\x93 Sekitar 900 aparatur sipil negara di lingkungan Pemkot Tarakan "
		"mengikuti apel netralitas di halaman balai kota pada pagi hari ini.\n";
	size_t		lines = 1000000,
				plen = strlen(para),
				len = 0,
				i;
	char	   *page = malloc(lines * 5 + plen + 1);
	nt_cleaned	c;

	(void) state;
	assert_non_null(page);
	for (i = 0; i < lines; i++)
	{
		if (i == lines / 2)
		{
			memcpy(page + len, para, plen);
			len += plen;
		}
		memcpy(page + len, "Menu\n", 5);
		len += 5;
	}
	nt_clean_article(&ctx, page, len, &c);
	assert_int_equal(c.body_len, plen - 1);
	assert_memory_equal(c.body, para, plen - 1);
	assert_true(c.has_dateline);
	assert_true(interrupt_calls > 0);
	free(page);
}

/* A copy that differs from the original inside one character ("–" / "—"). */
static void
copy_differing_inside_a_character(void **state)
{
	const char *para =
		"Pegawai negeri sipil di lingkungan pemerintah kota diminta menjaga netralitas selama "
		"tahapan pemilihan kepala daerah tahun ini, kata sekretaris daerah dalam apel pagi di "
		"halaman kantor wali kota %s lalu semua pegawai pulang ke kantor masing-masing dengan "
		"tertib dan aman.";
	char		page[2048];
	nt_cleaned	c;
	int			n;

	(void) state;
	n = snprintf(page, sizeof(page), para, "\xE2\x80\x93");
	page[n++] = '\n';
	page[n++] = '\n';
	snprintf(page + n, sizeof(page) - (size_t) n, para, "\xE2\x80\x94");
	clean(page, &c);
	assert_true(nt_utf8_is_valid(c.body, c.body_len));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(removes_navigation_teasers_tags_and_footer, setup, teardown),
		cmocka_unit_test_setup_teardown(dateline_with_outlet_after_comma, setup, teardown),
		cmocka_unit_test_setup_teardown(dateline_place_only, setup, teardown),
		cmocka_unit_test_setup_teardown(dateline_with_outlet_in_parentheses, setup, teardown),
		cmocka_unit_test_setup_teardown(dateline_with_domain_and_bar, setup, teardown),
		cmocka_unit_test_setup_teardown(dateline_alone_on_its_line_joins_the_next, setup, teardown),
		cmocka_unit_test_setup_teardown(body_published_twice_is_kept_once, setup, teardown),
		cmocka_unit_test_setup_teardown(body_published_twice_without_line_breaks, setup, teardown),
		cmocka_unit_test_setup_teardown(repeated_paragraph_and_english_lines_dropped, setup, teardown),
		cmocka_unit_test_setup_teardown(sentence_broken_over_two_lines_is_joined, setup, teardown),
		cmocka_unit_test_setup_teardown(teaser_at_the_end_of_a_paragraph_removed, setup, teardown),
		cmocka_unit_test_setup_teardown(normalises_whitespace, setup, teardown),
		cmocka_unit_test_setup_teardown(headline_opening_with_a_number, setup, teardown),
		cmocka_unit_test_setup_teardown(short_first_half_of_a_broken_sentence, setup, teardown),
		cmocka_unit_test_setup_teardown(inline_teaser_stops_at_a_pronoun, setup, teardown),
		cmocka_unit_test_setup_teardown(copy_differing_inside_a_character, setup, teardown),
		cmocka_unit_test_setup_teardown(empty_and_blank_input, setup, teardown),
		cmocka_unit_test_setup_teardown(page_of_only_boilerplate, setup, teardown),
		cmocka_unit_test_setup_teardown(page_without_prose_keeps_short_sentences, setup, teardown),
		cmocka_unit_test_setup_teardown(unfinished_paragraph_alone_is_the_body, setup, teardown),
		cmocka_unit_test_setup_teardown(one_huge_line_finishes, setup, teardown),
		cmocka_unit_test_setup_teardown(a_million_short_lines_finish, setup, teardown),
	};

	return cmocka_run_group_tests_name("clean", tests, NULL, NULL);
}
