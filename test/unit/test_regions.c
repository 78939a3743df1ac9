/*
 * test_regions.c
 *	  Place names to Kemendagri region codes: lookups, the Kota/Kabupaten
 *	  choice, datelines and provinces.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/regions.h"

static nt_arena arena;
static nt_context ctx;
static nt_vec hits;
static const char *current_text;

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

/* Regions of a body, read from "from", with an optional dateline and title. */
static size_t
regions_of(const char *body, size_t from, const char *dateline, const char *title)
{
	nt_tokens	b,
				t;

	current_text = body;
	nt_tokenize(&ctx, body, strlen(body), &b);
	if (title != NULL)
		nt_tokenize(&ctx, title, strlen(title), &t);
	nt_vec_init(&hits, &arena, sizeof(nt_region_hit));
	nt_find_regions(&ctx, &b, from, dateline, dateline ? strlen(dateline) : 0,
					title ? &t : NULL, &hits);
	return hits.count;
}

static const nt_region_hit *
hit(size_t i)
{
	assert_true(i < hits.count);
	return &NT_VEC_AT(&hits, nt_region_hit, i);
}

static const char *
code(size_t i)
{
	return nt_region_rows[hit(i)->row].code;
}

/* The words of the first mention of hit i. */
static void
assert_first_mention(size_t i, const char *words)
{
	const nt_region_hit *h = hit(i);

	assert_int_equal(h->first_end - h->first_start, strlen(words));
	assert_memory_equal(current_text + h->first_start, words, strlen(words));
}

static const char *
lookup_code(const char *place, int k)
{
	nt_place_match m;

	nt_lookup_place(place, strlen(place), &m);
	assert_true(k < m.nrows);
	return nt_region_rows[m.rows[k]].code;
}

static int
lookup_count(const char *place)
{
	nt_place_match m;

	nt_lookup_place(place, strlen(place), &m);
	return m.nrows;
}

static void
finds_rows_by_code(void **state)
{
	int			r;

	(void) state;
	r = nt_region_find_code("35.73");
	assert_true(r >= 0);
	assert_string_equal(nt_region_rows[r].name, "Kota Malang");
	assert_int_equal(nt_region_rows[r].level, NT_REGION_CITY);
	assert_string_equal(nt_region_rows[r].parent, "35");

	r = nt_region_find_code("35.07");
	assert_true(r >= 0);
	assert_string_equal(nt_region_rows[r].name, "Kabupaten Malang");
	assert_int_equal(nt_region_rows[r].level, NT_REGION_REGENCY);

	r = nt_region_find_code("12.74");
	assert_string_equal(nt_region_rows[r].name, "Kota Tanjung Balai");
	r = nt_region_find_code("12");
	assert_string_equal(nt_region_rows[r].name, "Sumatera Utara");
	assert_int_equal(nt_region_rows[r].level, NT_REGION_PROVINCE);
	assert_string_equal(nt_region_rows[r].parent, "");

	assert_int_equal(nt_region_find_code("99.99"), -1);
	assert_int_equal(nt_region_find_code(""), -1);
	assert_int_equal(nt_region_find_code("35.7"), -1);
}

/* Short forms whose abbreviation is easy to map to a neighbour's code. */
static void
aliases_resolve_to_their_own_regency(void **state)
{
	(void) state;
	assert_string_equal(lookup_code("TTS", 0), "53.02");
	assert_string_equal(lookup_code("TTU", 0), "53.03");
	assert_string_equal(lookup_code("Bartim", 0), "62.13");
	assert_string_equal(lookup_code("Halut", 0), "82.03");
	assert_string_equal(lookup_code("Tanjabbar", 0), "15.06");
	assert_string_equal(lookup_code("Tanjabtim", 0), "15.07");
	/* both Tanjung Jabung Barat and Timur: no answer */
	assert_int_equal(lookup_count("Tanjab"), 0);
	assert_int_equal(nt_region_find_name("kabupaten barito  timur"), nt_region_find_code("62.13"));
	assert_int_equal(nt_region_find_name("Kabupaten Atlantis"), -1);
}

static void
lookup_ignores_case_spaces_and_hyphens(void **state)
{
	(void) state;
	assert_int_equal(lookup_count("TANJUNGBALAI"), 1);
	assert_string_equal(lookup_code("TANJUNGBALAI", 0), "12.74");
	assert_string_equal(lookup_code("Tanjung Balai", 0), "12.74");
	assert_string_equal(lookup_code("tanjung-balai", 0), "12.74");
	assert_string_equal(lookup_code("Tanjungpinang", 0), "21.72");
	assert_string_equal(lookup_code("Padang Pariaman", 0), "13.05");
	assert_string_equal(lookup_code("BENGKAYANG", 0), "61.07");
	assert_string_equal(lookup_code("Tarakan", 0), "65.71");
	assert_string_equal(lookup_code("Palangka Raya", 0), "62.71");
	assert_string_equal(lookup_code("Palangkaraya", 0), "62.71");
	/* not a regency or city */
	assert_int_equal(lookup_count("Oelamasi"), 0);
	assert_int_equal(lookup_count(""), 0);
}

static void
lookup_same_name_on_two_levels(void **state)
{
	nt_place_match m;
	int			k;
	bool		city = false,
				regency = false;

	(void) state;
	nt_lookup_place("Malang", 6, &m);
	assert_int_equal(m.nrows, 2);
	for (k = 0; k < m.nrows; k++)
	{
		const char *c = nt_region_rows[m.rows[k]].code;

		if (strcmp(c, "35.73") == 0)
			city = true;
		else if (strcmp(c, "35.07") == 0)
			regency = true;
	}
	assert_true(city);
	assert_true(regency);
	assert_int_equal(lookup_count("BEKASI"), 2);
}

static void
lookup_press_aliases(void **state)
{
	(void) state;
	assert_string_equal(lookup_code("Kotim", 0), "62.02");
	assert_string_equal(lookup_code("Lotim", 0), "52.03");
	assert_string_equal(lookup_code("Pasbar", 0), "13.12");
	assert_string_equal(lookup_code("Solo", 0), "33.72");
	assert_string_equal(lookup_code("Jatim", 0), "35");
	assert_string_equal(lookup_code("Kalteng", 0), "62");
	assert_string_equal(lookup_code("Makasar", 0), "73.71");
}

static void
match_place_takes_the_longest_name(void **state)
{
	const char *text = "Pjs Bupati Padang Pariaman Adib Alfikri di kota malang";
	nt_tokens	t;
	nt_place_match m;

	(void) state;
	nt_tokenize(&ctx, text, strlen(text), &t);
	/* "Padang Pariaman", not "Padang" (a city) */
	nt_match_place(&t, 2, &m);
	assert_int_equal(m.tokens, 2);
	assert_int_equal(m.nrows, 1);
	assert_string_equal(nt_region_rows[m.rows[0]].code, "13.05");
	/* a name in lower case is running text */
	assert_int_equal(t.count, 9);
	assert_string_equal(t.items[8].lower, "malang");
	nt_match_place(&t, 8, &m);
	assert_int_equal(m.tokens, 0);
	assert_int_equal(m.nrows, 0);
	/* not a place */
	nt_match_place(&t, 4, &m);
	assert_int_equal(m.tokens, 0);
	/* past the end */
	nt_match_place(&t, t.count, &m);
	assert_int_equal(m.tokens, 0);
}

static void
pemko_tanjungbalai(void **state)
{
	(void) state;
	assert_int_equal(regions_of("Pemko Tanjungbalai menggelar apel netralitas. Wali Kota "
								"Tanjungbalai memimpin apel.", 0, NULL, NULL), 1);
	assert_string_equal(code(0), "12.74");
	assert_first_mention(0, "Tanjungbalai");
	assert_int_equal(hit(0)->first_start, 6);
}

static void
kota_tanjungpinang(void **state)
{
	(void) state;
	assert_int_equal(regions_of("Pj Wali Kota Tanjungpinang meminta ASN Kota Tanjungpinang "
								"netral.", 0, NULL, NULL), 1);
	assert_string_equal(code(0), "21.72");
	assert_first_mention(0, "Tanjungpinang");
}

static void
kabupaten_padang_pariaman(void **state)
{
	(void) state;
	assert_int_equal(regions_of("Apel digelar di Kabupaten Padang Pariaman. Pjs Bupati Padang "
								"Pariaman memimpin apel di Parit Malintang.", 0, NULL, NULL), 1);
	assert_string_equal(code(0), "13.05");
	assert_first_mention(0, "Padang Pariaman");
}

static void
pemkab_bengkayang(void **state)
{
	(void) state;
	assert_int_equal(regions_of("Pemkab Bengkayang menggelar apel. Bupati Bengkayang hadir.",
								0, NULL, NULL), 1);
	assert_string_equal(code(0), "61.07");
	assert_first_mention(0, "Bengkayang");
}

static void
tarakan_bare_needs_more_evidence(void **state)
{
	const char *body = "Sebanyak 900 ASN di Tarakan mengikuti apel.";

	(void) state;
	/* one bare mention is weak evidence */
	assert_int_equal(regions_of(body, 0, NULL, NULL), 0);
	/* the dateline names the same city */
	assert_int_equal(regions_of(body, 0, "TARAKAN", NULL), 1);
	assert_string_equal(code(0), "65.71");
	assert_first_mention(0, "Tarakan");
	/* "balai kota Tarakan": a city cue */
	assert_int_equal(regions_of("Apel digelar di halaman balai kota Tarakan.", 0, NULL, NULL), 1);
	assert_string_equal(code(0), "65.71");
}

static void
dateline_counts_once(void **state)
{
	const char *body = "TARAKAN \xE2\x80\x93 Apel digelar di halaman kantor pagi ini.";
	int			from_start,
				after_dateline;

	(void) state;
	assert_int_equal(regions_of(body, 0, "TARAKAN", NULL), 1);
	from_start = hit(0)->score;
	/* the body is read after the dateline, "TARAKAN – " */
	assert_int_equal(regions_of(body, 12, "TARAKAN", NULL), 1);
	assert_string_equal(code(0), "65.71");
	after_dateline = hit(0)->score;
	assert_true(after_dateline < from_start);
	/* without the dateline, nothing in the rest names a place */
	assert_int_equal(regions_of(body, 12, NULL, NULL), 0);
}

static void
kota_and_kabupaten_malang(void **state)
{
	(void) state;
	assert_int_equal(regions_of("Pemkot Malang menggelar apel. Wali Kota Malang memimpin.",
								0, NULL, NULL), 1);
	assert_string_equal(code(0), "35.73");

	assert_int_equal(regions_of("Pemkab Malang menggelar apel di Kepanjen. Bupati Malang "
								"memimpin.", 0, NULL, NULL), 1);
	assert_string_equal(code(0), "35.07");

	/* both named: the one with more evidence first */
	assert_int_equal(regions_of("Apel di Kabupaten Malang, bukan Kota Malang, digelar oleh "
								"Pemkab Malang.", 0, NULL, NULL), 2);
	assert_string_equal(code(0), "35.07");
	assert_string_equal(code(1), "35.73");
	assert_true(hit(0)->score > hit(1)->score);
	assert_first_mention(1, "Malang");
	assert_int_equal(hit(1)->first_start, 37);
}

static void
ambiguous_dateline_decided_by_government_words(void **state)
{
	(void) state;
	/* nothing decides: both stay */
	assert_int_equal(regions_of("Apel digelar di Malang.", 0, "MALANG", NULL), 2);
	assert_int_equal(hit(0)->score, hit(1)->score);

	/* "Pemkab" elsewhere in the text tips the balance to the regency */
	assert_int_equal(regions_of("Apel digelar di Malang, kata pegawai Pemkab.", 0, "MALANG",
								NULL), 2);
	assert_string_equal(code(0), "35.07");
	assert_string_equal(code(1), "35.73");
	assert_true(hit(0)->score > hit(1)->score);

	/* and "Pemkot" to the city */
	assert_int_equal(regions_of("Apel digelar di Malang, kata pegawai Pemkot.", 0, "MALANG",
								NULL), 2);
	assert_string_equal(code(0), "35.73");
}

static void
provinces_only_when_concerned(void **state)
{
	(void) state;
	/* the governor: the province itself is concerned */
	assert_int_equal(regions_of("Gubernur Kalimantan Barat meminta Pemkab Bengkayang menjaga "
								"netralitas.", 0, NULL, NULL), 2);
	assert_string_equal(code(0), "61.07");
	assert_string_equal(code(1), "61");
	assert_first_mention(1, "Kalimantan Barat");

	/* the province as an address only confirms the regency */
	assert_int_equal(regions_of("Bupati Bengkayang, Kalimantan Barat, meminta pegawai netral.",
								0, NULL, NULL), 1);
	assert_string_equal(code(0), "61.07");
}

static void
title_counts_as_evidence(void **state)
{
	(void) state;
	assert_int_equal(regions_of("Apel digelar di halaman kantor pagi ini.", 0, NULL,
								"Pemkab Bengkayang Gelar Apel Netralitas"), 1);
	assert_string_equal(code(0), "61.07");
}

static void
no_places_no_regions(void **state)
{
	(void) state;
	assert_int_equal(regions_of("", 0, NULL, NULL), 0);
	assert_int_equal(regions_of("Para pegawai diminta menjaga netralitas.", 0, NULL, NULL), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(finds_rows_by_code, setup, teardown),
		cmocka_unit_test_setup_teardown(lookup_ignores_case_spaces_and_hyphens, setup, teardown),
		cmocka_unit_test_setup_teardown(lookup_same_name_on_two_levels, setup, teardown),
		cmocka_unit_test_setup_teardown(lookup_press_aliases, setup, teardown),
		cmocka_unit_test_setup_teardown(aliases_resolve_to_their_own_regency, setup, teardown),
		cmocka_unit_test_setup_teardown(match_place_takes_the_longest_name, setup, teardown),
		cmocka_unit_test_setup_teardown(pemko_tanjungbalai, setup, teardown),
		cmocka_unit_test_setup_teardown(kota_tanjungpinang, setup, teardown),
		cmocka_unit_test_setup_teardown(kabupaten_padang_pariaman, setup, teardown),
		cmocka_unit_test_setup_teardown(pemkab_bengkayang, setup, teardown),
		cmocka_unit_test_setup_teardown(tarakan_bare_needs_more_evidence, setup, teardown),
		cmocka_unit_test_setup_teardown(dateline_counts_once, setup, teardown),
		cmocka_unit_test_setup_teardown(kota_and_kabupaten_malang, setup, teardown),
		cmocka_unit_test_setup_teardown(ambiguous_dateline_decided_by_government_words, setup, teardown),
		cmocka_unit_test_setup_teardown(provinces_only_when_concerned, setup, teardown),
		cmocka_unit_test_setup_teardown(title_counts_as_evidence, setup, teardown),
		cmocka_unit_test_setup_teardown(no_places_no_regions, setup, teardown),
	};

	return cmocka_run_group_tests_name("regions", tests, NULL, NULL);
}
