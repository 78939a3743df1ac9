/*
 * test_extract.c
 *	  Whole-article extraction through nt_extract_article, and the URL host
 *	  used as the outlet when the page names none.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/extract.h"
#include "core/utf8.h"

static nt_arena arena;
static nt_context ctx;
static nt_article art;

static int
setup(void **state)
{
	(void) state;
	nt_arena_init(&arena, &nt_malloc_allocator);
	ctx.arena = &arena;
	ctx.check_interrupts = NULL;
	ctx.check_interrupts_arg = NULL;
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
extract_len(const char *page, size_t len, const char *url)
{
	int			limit_rule = -1;

	assert_true(nt_extract_article(&ctx, page, len, url, url ? strlen(url) : 0, NULL,
								   &art, &limit_rule));
	assert_non_null(art.clean.body);
	assert_int_equal(strlen(art.clean.body), art.clean.body_len);
	/* no classifier, no violations */
	assert_int_equal(art.violations.count, 0);
}

static void
extract(const char *page, const char *url)
{
	extract_len(page, strlen(page), url);
}

static bool
starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static const char *
str_at(const nt_vec *v, size_t i)
{
	assert_true(i < v->count);
	return NT_VEC_AT(v, const char *, i);
}

static const char *
region_code(size_t i)
{
	assert_true(i < art.regions.count);
	return nt_region_rows[NT_VEC_AT(&art.regions, nt_region_hit, i).row].code;
}

static const nt_official *
official(size_t i)
{
	assert_true(i < art.officials.count);
	return &NT_VEC_AT(&art.officials, nt_official, i);
}

static bool
has_ref(const char *ref)
{
	size_t		i;

	for (i = 0; i < art.legal_refs.count; i++)
		if (strcmp(NT_VEC_AT(&art.legal_refs, char *, i), ref) == 0)
			return true;
	return false;
}

static const char page_tanjungpinang[] =
	"Beranda\n"
	"Kepri Pos\n"
	"Kepri Pos\n"
	"Berita | Pemerintahan | Politik\n"
	"Ribuan ASN Pemkot Tanjungpinang Ikrar Netralitas Jelang Pilkada 2020\n"
	"Bagikan artikel ini\n"
	"TANJUNGPINANG, Kepripos.com \xE2\x80\x93 Sebanyak 3.983 aparatur sipil negara (ASN) di "
	"lingkungan Pemerintah Kota Tanjungpinang mengikuti apel ikrar netralitas di halaman "
	"kantor wali kota, Senin (21/9/2020). Apel dipimpin Penjabat Sementara (Pjs.) Wali Kota "
	"Tanjungpinang, Hasan, S.Sos., M.Si.\n"
	"Menurut Hasan, apel itu menindaklanjuti Surat Edaran Ketua KASN Nomor B-2708/KASN/9/2020 "
	"tentang netralitas pegawai dalam Pilkada serentak 2020. Aturan disiplin pegawai juga "
	"tercantum dalam PP Nomor 53 Tahun 2010. Isi ikrar antara lain menjaga dan menegakkan "
	"prinsip netralitas pegawai ASN dalam melaksanakan fungsi pelayanan publik.\n"
	"Baca Juga: Harga Ikan di Pasar Bintan Center Turun Jelang Musim Angin Utara\n"
	"\"Saya minta seluruh pegawai menjaga netralitas, baik di kantor maupun di media sosial. "
	"Tidak ada tempat bagi ASN yang ikut berkampanye,\" ujar Hasan.\n"
	"Ketua Bawaslu Kota Tanjungpinang, Muhammad Zaini, yang hadir dalam apel itu mengatakan "
	"pihaknya membuka posko pengaduan bagi warga yang melihat pegawai berpihak kepada pasangan "
	"calon.\n"
	"Tag: ASN, Pilkada 2020, Tanjungpinang\n"
	"Editor: Rina Wulandari\n"
	"Tinggalkan Balasan\n"
	"Berita Terkini\n"
	"Jembatan Dompak Ramai Dikunjungi Warga Saat Libur Panjang\n"
	"Copyright \xC2\xA9 2020 Kepri Pos. All rights reserved.\n";

static void
whole_article_page_fields(void **state)
{
	(void) state;
	extract(page_tanjungpinang, "https://kepripos.com/2020/09/21/apel");
	assert_string_equal(art.clean.title,
						"Ribuan ASN Pemkot Tanjungpinang Ikrar Netralitas Jelang Pilkada 2020");
	assert_string_equal(art.outlet, "Kepripos.com");
	assert_string_equal(art.dateline, "TANJUNGPINANG");
	assert_true(art.clean.has_dateline);
	assert_true(starts_with(art.clean.body,
							"TANJUNGPINANG, Kepripos.com \xE2\x80\x93 Sebanyak 3.983 aparatur"));
	assert_non_null(strstr(art.clean.body, "\"Saya minta seluruh pegawai"));
	assert_null(strstr(art.clean.body, "Baca Juga"));
	assert_null(strstr(art.clean.body, "Pasar Bintan"));
	assert_null(strstr(art.clean.body, "Editor"));
	assert_null(strstr(art.clean.body, "Copyright"));
	assert_null(strstr(art.clean.body, "Kepri Pos"));
}

static void
whole_article_date_and_election(void **state)
{
	const nt_date_mention *d;

	(void) state;
	extract(page_tanjungpinang, NULL);
	assert_true(art.has_event_date);
	assert_int_equal(art.event_date.year, 2020);
	assert_int_equal(art.event_date.month, 9);
	assert_int_equal(art.event_date.day, 21);
	assert_true(art.event_index >= 0);
	d = &NT_VEC_AT(&art.dates, nt_date_mention, art.event_index);
	assert_int_equal(d->kind, NT_DATE_EVENT);
	assert_int_equal(d->end - d->start, 17);
	assert_true(starts_with(art.clean.body + d->start, "Senin (21/9/2020)"));

	assert_true(art.has_election);
	assert_int_equal(art.election_kind, NT_ELECTION_PILKADA);
	assert_int_equal(art.election_year, 2020);
	assert_non_null(art.election);
	assert_string_equal(art.election->id, "pilkada-2020");
}

static void
whole_article_people_places_and_references(void **state)
{
	(void) state;
	extract(page_tanjungpinang, NULL);
	assert_int_equal(art.regions.count, 1);
	assert_string_equal(region_code(0), "21.72");

	assert_int_equal(art.officials.count, 2);
	assert_string_equal(official(0)->role, "Pjs. Wali Kota");
	assert_string_equal(official(0)->name, "Hasan");
	assert_string_equal(official(1)->role, "Ketua Bawaslu");
	assert_string_equal(official(1)->name, "Muhammad Zaini");
	/* "Menurut Hasan" is no speech verb; "ujar Hasan" is */
	assert_int_equal(art.mentions.count, 3);

	assert_int_equal(art.institutions.count, 2);
	assert_string_equal(str_at(&art.institutions, 0), "KASN");
	assert_string_equal(str_at(&art.institutions, 1), "Bawaslu");

	assert_int_equal(art.participants, 3983);

	assert_int_equal(art.event_types.count, 2);
	assert_string_equal(str_at(&art.event_types, 0), "apel");
	assert_string_equal(str_at(&art.event_types, 1), "ikrar");

	assert_int_equal(art.legal_refs.count, 2);
	assert_true(has_ref("SE KASN B-2708/KASN/9/2020"));
	assert_true(has_ref("PP 53/2010"));

	/* a pledge report, no case; point P1 is quoted */
	assert_false(art.incident);
	assert_true(art.pledge_points & 1u);
}

static void
weekday_alone_gives_no_event_date(void **state)
{
	const char *page =
		"SORONG \xE2\x80\x93 Plh. Wali Kota Sorong Yakobus Rumbewas memimpin deklarasi netralitas "
		"aparatur sipil negara menjelang Pemilu 2019 di halaman kantor wali kota, Kamis.\n"
		"Deklarasi itu diikuti sekitar 400 pegawai dari seluruh organisasi perangkat daerah di "
		"lingkungan Pemkot Sorong.\n";

	(void) state;
	extract(page, NULL);
	assert_string_equal(art.dateline, "SORONG");
	assert_true(art.event_index >= 0);
	assert_false(art.has_event_date);
	assert_true(art.has_election);
	assert_int_equal(art.election_kind, NT_ELECTION_PEMILU);
	assert_int_equal(art.election_year, 2019);
	assert_int_equal(art.participants, 400);
	assert_int_equal(art.regions.count, 1);
	assert_string_equal(region_code(0), "96.71");
	assert_int_equal(art.officials.count, 1);
	assert_string_equal(official(0)->role, "Plh. Wali Kota");
	assert_string_equal(official(0)->name, "Yakobus Rumbewas");
}

static void
year_of_weekday_date_from_named_election(void **state)
{
	const char *page =
		"SAMPIT \xE2\x80\x93 Rapat koordinasi netralitas ASN menjelang Pilkada serentak 2020 "
		"digelar Kamis (15/10) di aula kantor bupati Kotawaringin Timur bersama seluruh kepala "
		"OPD.\n"
		"Para pegawai diminta tidak ikut berkampanye selama masa pilkada berlangsung di daerah "
		"itu.\n";

	(void) state;
	extract(page, NULL);
	assert_true(art.has_event_date);
	assert_int_equal(art.event_date.year, 2020);
	assert_int_equal(art.event_date.month, 10);
	assert_int_equal(art.event_date.day, 15);
	assert_string_equal(art.election->id, "pilkada-2020");
	assert_int_equal(art.event_types.count, 1);
	assert_string_equal(str_at(&art.event_types, 0), "rapat koordinasi");
}

static void
open_choice_of_year_gives_no_event_date(void **state)
{
	/*
	 * No year anywhere: 15 October was a Thursday in 2015 and in 2020, both
	 * regional election years, so the text does not say which.
	 */
	const char *page =
		"SAMPIT \xE2\x80\x93 Rapat koordinasi netralitas ASN menjelang pilkada digelar Kamis "
		"(15/10) di aula kantor bupati Kotawaringin Timur bersama seluruh kepala OPD.\n"
		"Para pegawai diminta tidak ikut berkampanye selama masa pilkada berlangsung di daerah "
		"itu.\n";

	(void) state;
	extract(page, NULL);
	assert_int_equal(art.event_index, 0);
	assert_false(art.has_event_date);
	assert_true(art.has_election);
	assert_int_equal(art.election_kind, NT_ELECTION_PILKADA);
	assert_int_equal(art.election_year, 0);
	assert_null(art.election);
}

static void
election_from_event_date(void **state)
{
	/* an outlet without a place; the date decides the election */
	const char *page =
		"Langgam.id - Pemerintah Kota Padang Panjang menggelar apel netralitas aparatur sipil "
		"negara di halaman balai kota pada Senin (9/4/2018) pagi.\n"
		"Para pegawai diminta tidak ikut berkampanye selama masa pilkada berlangsung di kota "
		"itu.\n";

	(void) state;
	extract(page, "https://langgam.id/a");
	assert_string_equal(art.outlet, "Langgam.id");
	assert_null(art.dateline);
	assert_true(art.has_event_date);
	assert_int_equal(art.event_date.year, 2018);
	assert_int_equal(art.event_date.month, 4);
	assert_int_equal(art.event_date.day, 9);
	assert_non_null(art.election);
	assert_string_equal(art.election->id, "pilkada-2018");
	assert_int_equal(art.regions.count, 1);
	assert_string_equal(region_code(0), "13.74");
}

static void
outlet_written_before_the_place(void **state)
{
	const char *page =
		"Kalbarnews, BENGKAYANG \xE2\x80\x93 Pemerintah Kabupaten Bengkayang menggelar apel "
		"netralitas aparatur sipil negara di halaman kantor bupati pada pagi hari ini.\n"
		"Para pegawai diminta tidak ikut berkampanye selama masa pilkada berlangsung di daerah "
		"itu.\n";

	(void) state;
	extract(page, NULL);
	assert_string_equal(art.outlet, "Kalbarnews");
	assert_string_equal(art.dateline, "BENGKAYANG");
	assert_true(art.regions.count >= 1);
	assert_string_equal(region_code(0), "61.07");
}

/* The place comes from the dateline alone, after outlet and place swap. */
static void
place_after_outlet_resolves_from_dateline(void **state)
{
	const char *page =
		"Kalbarnews, BENGKAYANG \xE2\x80\x93 Sebanyak 900 aparatur sipil negara mengikuti apel "
		"netralitas di halaman kantor pada pagi hari ini.\n"
		"Para pegawai diminta tidak ikut berkampanye selama masa pilkada berlangsung.\n";

	(void) state;
	extract(page, NULL);
	assert_string_equal(art.dateline, "BENGKAYANG");
	assert_int_equal(art.regions.count, 1);
	assert_string_equal(region_code(0), "61.07");
}

/* Only a name an outlet can have comes out of a url. */
static void
url_host_is_a_host_name(void **state)
{
	static const struct
	{
		const char *url;
		const char *host;
	}			cases[] = {
		{"https://www.Example-News.ID/x", "example-news.id"},
		{"//berita.example.co.id?id=1", "berita.example.co.id"},
		{"http://redaksi@portal.example.com:8080/a", "portal.example.com"},
		{"https://xn--bcher-kva.example/x", "xn--bcher-kva.example"},
		{"https://.../x", NULL},
		{"https://a..b/x", NULL},
		{"https://-a.example/x", NULL},
		{"https://a-.example/x", NULL},
		{"http://10.0.0.1/x", NULL},
		{"https://localhost/x", NULL},
		{".,;", NULL},
		{"https://exa_mple.com/x", NULL},
	};
	size_t		i;

	(void) state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		char	   *host = nt_url_host(&ctx, cases[i].url, strlen(cases[i].url));

		if (cases[i].host == NULL)
			assert_null(host);
		else
		{
			assert_non_null(host);
			assert_string_equal(host, cases[i].host);
		}
	}
}

static void
outlet_from_url_when_page_names_none(void **state)
{
	const char *page =
		"TARAKAN \xE2\x80\x93 Sekitar 900 aparatur sipil negara di lingkungan Pemkot Tarakan "
		"mengikuti apel netralitas di halaman balai kota pada pagi hari ini.\n";

	(void) state;
	extract(page, "https://www.KaltaraNews.co.id/berita/2024/01/apel?ref=home");
	assert_string_equal(art.outlet, "kaltaranews.co.id");
	assert_string_equal(art.dateline, "TARAKAN");
	assert_string_equal(region_code(0), "65.71");
	assert_int_equal(art.participants, 900);

	extract(page, NULL);
	assert_null(art.outlet);
}

static void
url_host(void **state)
{
	struct
	{
		const char *url;
		const char *host;
	}			cases[] = {
		{"https://www.Kepripos.com/berita/123", "kepripos.com"},
		{"http://news.example.co.id", "news.example.co.id"},
		{"http://redaksi@news.example.id:8080/a?b=1", "news.example.id"},
		{"//cdn.example.id/x.jpg", "cdn.example.id"},
		{"kepripos.com/berita/1", "kepripos.com"},
		{"  https://kepripos.com#atas", "kepripos.com"},
		{"mailto:redaksi@kepripos.com", NULL},
		{"http://localhost/x", NULL},
		{"https:///berita", NULL},
		{"", NULL},
	};
	size_t		i;

	(void) state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		char	   *h = nt_url_host(&ctx, cases[i].url, strlen(cases[i].url));

		if (cases[i].host == NULL)
			assert_null(h);
		else
		{
			assert_non_null(h);
			assert_string_equal(h, cases[i].host);
		}
	}
	assert_null(nt_url_host(&ctx, NULL, 0));
}

static void
assert_nothing_found(void)
{
	assert_null(art.clean.title);
	assert_false(art.clean.has_dateline);
	assert_null(art.dateline);
	assert_int_equal(art.event_index, -1);
	assert_false(art.has_event_date);
	assert_false(art.has_election);
	assert_null(art.election);
	assert_int_equal(art.dates.count, 0);
	assert_int_equal(art.regions.count, 0);
	assert_int_equal(art.mentions.count, 0);
	assert_int_equal(art.officials.count, 0);
	assert_int_equal(art.institutions.count, 0);
	assert_int_equal(art.participants, -1);
	assert_int_equal(art.event_types.count, 0);
	assert_int_equal(art.pledge_points, 0);
	assert_int_equal(art.legal_refs.count, 0);
	assert_false(art.incident);
}

static void
empty_input(void **state)
{
	(void) state;
	extract_len("", 0, NULL);
	assert_string_equal(art.clean.body, "");
	assert_int_equal(art.clean.body_len, 0);
	assert_null(art.outlet);
	assert_nothing_found();

	/* the URL still names the outlet */
	extract_len("", 0, "https://kepripos.com/x");
	assert_string_equal(art.outlet, "kepripos.com");
	assert_nothing_found();
}

static void
binary_input_after_sanitising(void **state)
{
	size_t		n = 65536,
				i,
				clean_len;
	unsigned char *raw = malloc(n);
	uint32_t	x = 12345;
	char	   *text;

	(void) state;
	assert_non_null(raw);
	/* bytes of every value, NULs included, from a fixed generator */
	for (i = 0; i < n; i++)
	{
		x = x * 1103515245u + 12345u;
		raw[i] = (unsigned char) (x >> 16);
	}
	assert_false(nt_utf8_is_valid((const char *) raw, n));
	text = nt_utf8_sanitize(&arena, (const char *) raw, n, &clean_len);
	assert_true(nt_utf8_is_valid(text, clean_len));
	extract_len(text, clean_len, NULL);
	assert_true(nt_utf8_is_valid(art.clean.body, art.clean.body_len));
	assert_int_equal(art.participants, -1);
	assert_int_equal(art.officials.count, 0);
	free(raw);
}

static void
replacement_characters_only(void **state)
{
	size_t		len;
	char	   *text;
	char		raw[3000];

	(void) state;
	memset(raw, 0xFE, sizeof(raw));
	text = nt_utf8_sanitize(&arena, raw, sizeof(raw), &len);
	extract_len(text, len, NULL);
	assert_nothing_found();
	assert_string_equal(art.clean.body, "");
}

static void
facts_read_from_a_bounded_prefix(void **state)
{
	const char *lead =
		"TARAKAN \xE2\x80\x93 Sekitar 900 aparatur sipil negara di lingkungan Pemkot Tarakan "
		"mengikuti apel netralitas sesuai SE KASN Nomor B-2708/KASN/9/2020.\n";
	const char *tail = "Ia juga merujuk PP Nomor 94 Tahun 2021 tentang disiplin pegawai.\n";
	size_t		cap = NT_FACTS_MAX_BYTES + 300000,
				len = 0;
	int			i = 0;
	char	   *page = malloc(cap);

	(void) state;
	assert_non_null(page);
	len += (size_t) snprintf(page, cap, "%s", lead);
	while (len < NT_FACTS_MAX_BYTES + 100000)
		len += (size_t) snprintf(page + len, cap - len,
								 "Pegawai ke-%d di kantor itu diminta tetap netral selama masa "
								 "kampanye berlangsung.\n", i++);
	len += (size_t) snprintf(page + len, cap - len, "%s", tail);
	extract_len(page, len, NULL);
	/* the body is returned whole */
	assert_true(art.clean.body_len > NT_FACTS_MAX_BYTES);
	assert_non_null(strstr(art.clean.body, "PP Nomor 94 Tahun 2021"));
	/* facts only from the first NT_FACTS_MAX_BYTES */
	assert_int_equal(art.legal_refs.count, 1);
	assert_true(has_ref("SE KASN B-2708/KASN/9/2020"));
	assert_false(has_ref("PP 94/2021"));
	assert_int_equal(art.participants, 900);
	assert_string_equal(art.dateline, "TARAKAN");
	free(page);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(whole_article_page_fields, setup, teardown),
		cmocka_unit_test_setup_teardown(whole_article_date_and_election, setup, teardown),
		cmocka_unit_test_setup_teardown(whole_article_people_places_and_references, setup, teardown),
		cmocka_unit_test_setup_teardown(weekday_alone_gives_no_event_date, setup, teardown),
		cmocka_unit_test_setup_teardown(year_of_weekday_date_from_named_election, setup, teardown),
		cmocka_unit_test_setup_teardown(open_choice_of_year_gives_no_event_date, setup, teardown),
		cmocka_unit_test_setup_teardown(election_from_event_date, setup, teardown),
		cmocka_unit_test_setup_teardown(outlet_written_before_the_place, setup, teardown),
		cmocka_unit_test_setup_teardown(place_after_outlet_resolves_from_dateline, setup, teardown),
		cmocka_unit_test_setup_teardown(url_host_is_a_host_name, setup, teardown),
		cmocka_unit_test_setup_teardown(outlet_from_url_when_page_names_none, setup, teardown),
		cmocka_unit_test_setup_teardown(url_host, setup, teardown),
		cmocka_unit_test_setup_teardown(empty_input, setup, teardown),
		cmocka_unit_test_setup_teardown(binary_input_after_sanitising, setup, teardown),
		cmocka_unit_test_setup_teardown(replacement_characters_only, setup, teardown),
		cmocka_unit_test_setup_teardown(facts_read_from_a_bounded_prefix, setup, teardown),
	};

	return cmocka_run_group_tests_name("extract", tests, NULL, NULL);
}
