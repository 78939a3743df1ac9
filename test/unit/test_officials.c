/*
 * test_officials.c
 *	  Officials in a text: acting prefixes, normalised roles, names without
 *	  titles or degrees, and later mentions that refer back.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/officials.h"

static nt_arena arena;
static nt_context ctx;
static nt_vec mentions;
static nt_vec people;
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

static void
officials_of(const char *text)
{
	nt_tokens	t;

	current_text = text;
	nt_tokenize(&ctx, text, strlen(text), &t);
	nt_vec_init(&mentions, &arena, sizeof(nt_official));
	nt_vec_init(&people, &arena, sizeof(nt_official));
	nt_find_officials(&ctx, &t, &mentions, &people);
}

static const nt_official *
mention(size_t i)
{
	assert_true(i < mentions.count);
	return &NT_VEC_AT(&mentions, nt_official, i);
}

static const nt_official *
person(size_t i)
{
	assert_true(i < people.count);
	return &NT_VEC_AT(&people, nt_official, i);
}

static void
assert_person(size_t i, const char *role, const char *name)
{
	assert_string_equal(person(i)->role, role);
	assert_non_null(person(i)->name);
	assert_string_equal(person(i)->name, name);
}

/* The words a mention covers. */
static void
assert_mention_span(size_t i, const char *words)
{
	const nt_official *o = mention(i);

	assert_int_equal(o->end - o->start, strlen(words));
	assert_memory_equal(current_text + o->start, words, strlen(words));
}

static void
penjabat_with_abbreviation_and_ujar(void **state)
{
	(void) state;
	officials_of("Penjabat (Pj.) Wali Kota Tanjungpinang, Hasan, memimpin apel. "
				 "\"Jangan ikut kampanye,\" ujar Hasan.");
	assert_int_equal(people.count, 1);
	assert_person(0, "Pj. Wali Kota", "Hasan");
	assert_int_equal(mentions.count, 2);
	assert_string_equal(mention(0)->role, "Pj. Wali Kota");
	assert_string_equal(mention(0)->name, "Hasan");
	assert_mention_span(0, "Penjabat (Pj.) Wali Kota Tanjungpinang, Hasan");
	/* "ujar Hasan" links back to the same official */
	assert_string_equal(mention(1)->role, "Pj. Wali Kota");
	assert_string_equal(mention(1)->name, "Hasan");
	assert_mention_span(1, "Hasan");
	assert_int_equal(mention(1)->start, 91);
}

static void
pjs_bupati_degrees_stripped(void **state)
{
	(void) state;
	officials_of("Apel dipimpin Pjs. Bupati Padang Pariaman Adib Alfikri, SE., M.Si. di "
				 "halaman kantor bupati.");
	assert_int_equal(people.count, 1);
	assert_person(0, "Pjs. Bupati", "Adib Alfikri");
	assert_int_equal(mentions.count, 1);
	assert_mention_span(0, "Pjs. Bupati Padang Pariaman Adib Alfikri");

	officials_of("Pjs Bupati Bengkayang, Drs. Yohanes Ontot, M.Si menandatangani pakta.");
	assert_int_equal(people.count, 1);
	assert_person(0, "Pjs. Bupati", "Yohanes Ontot");
}

static void
plt_and_plh_prefixes(void **state)
{
	(void) state;
	officials_of("Plt. Kepala BKPSDM Kotawaringin Timur, Siti Rahmah, menjelaskan aturan itu.");
	assert_int_equal(people.count, 1);
	assert_person(0, "Plt. Kepala BKPSDM", "Siti Rahmah");
	assert_mention_span(0, "Plt. Kepala BKPSDM Kotawaringin Timur, Siti Rahmah");

	officials_of("Pelaksana Tugas (Plt) Sekda Bengkayang Obaja menegaskan hal itu.");
	assert_int_equal(people.count, 1);
	assert_person(0, "Plt. Sekda", "Obaja");

	officials_of("Plh. Wali Kota Sorong Yakobus Rumbewas memimpin deklarasi.");
	assert_int_equal(people.count, 1);
	assert_person(0, "Plh. Wali Kota", "Yakobus Rumbewas");
}

static void
sekda_with_honorifics_and_degrees(void **state)
{
	(void) state;
	officials_of("Sekda Kota Malang Dr. H. Erik Setyo Santoso, S.T., M.T. membacakan ikrar.");
	assert_int_equal(people.count, 1);
	assert_person(0, "Sekda", "Erik Setyo Santoso");
	assert_mention_span(0, "Sekda Kota Malang Dr. H. Erik Setyo Santoso");

	officials_of("Sekretaris Daerah Pasaman Barat, Drs. H. Hendri Saputra, S.Sos., M.Si, "
				 "menambahkan.");
	assert_int_equal(people.count, 1);
	assert_person(0, "Sekda", "Hendri Saputra");

	officials_of("Kepala BKPSDM Tarakan Hj. Siti Aminah, S.Sos., M.AP menyerahkan pakta.");
	assert_int_equal(people.count, 1);
	assert_person(0, "Kepala BKPSDM", "Siti Aminah");
}

static void
short_forms_normalised(void **state)
{
	(void) state;
	officials_of("Wako Padang Panjang Fadly Amran dan Sekdako Sonny Budaya Putra hadir.");
	assert_int_equal(people.count, 2);
	assert_person(0, "Wali Kota", "Fadly Amran");
	assert_person(1, "Sekda", "Sonny Budaya Putra");

	officials_of("Wakil Bupati Kotim Irawan Saputra hadir. Inspektur Ahmad Yani Noor juga.");
	assert_int_equal(people.count, 2);
	assert_person(0, "Wakil Bupati", "Irawan Saputra");
	assert_person(1, "Inspektur", "Ahmad Yani Noor");
}

static void
ketua_bawaslu_and_ketua_kpu(void **state)
{
	(void) state;
	officials_of("Ketua Bawaslu Kabupaten Malang Agung Prasetyo menyampaikan materi. Ketua KPU "
				 "Kota Tanjungbalai Luhut Parlinggoman juga hadir.");
	assert_int_equal(people.count, 2);
	assert_person(0, "Ketua Bawaslu", "Agung Prasetyo");
	assert_person(1, "Ketua KPU", "Luhut Parlinggoman");
	assert_int_equal(mentions.count, 2);
	assert_mention_span(1, "Ketua KPU Kota Tanjungbalai Luhut Parlinggoman");
	/* in text order */
	assert_true(mention(0)->end <= mention(1)->start);
}

static void
kepala_bkpsdm(void **state)
{
	(void) state;
	officials_of("Kepala BKPSDM Kabupaten Malang Yuliani Kartika mengatakan hal itu.");
	assert_int_equal(people.count, 1);
	assert_person(0, "Kepala BKPSDM", "Yuliani Kartika");
	assert_mention_span(0, "Kepala BKPSDM Kabupaten Malang Yuliani Kartika");
}

static void
area_heads_skip_the_area(void **state)
{
	(void) state;
	officials_of("Camat Pare, Kabupaten Kediri, Yusuf Effendi, memimpin pembacaan ikrar.");
	assert_int_equal(people.count, 1);
	assert_person(0, "Camat", "Yusuf Effendi");
	assert_mention_span(0, "Camat Pare, Kabupaten Kediri, Yusuf Effendi");

	officials_of("Kepala Desa Sungai Aur, Zulkarnaini, hadir. Lurah Kepatihan, Dewi Anjani, "
				 "juga.");
	assert_int_equal(people.count, 2);
	assert_person(0, "Kepala Desa", "Zulkarnaini");
	assert_person(1, "Lurah", "Dewi Anjani");
}

static void
role_alone_refers_back(void **state)
{
	(void) state;
	officials_of("Bupati Bengkayang Sebastianus Darwis meminta ASN netral. \"Kami tidak "
				 "main-main,\" kata Bupati.");
	assert_int_equal(people.count, 1);
	assert_person(0, "Bupati", "Sebastianus Darwis");
	assert_int_equal(mentions.count, 2);
	assert_string_equal(mention(1)->role, "Bupati");
	assert_string_equal(mention(1)->name, "Sebastianus Darwis");
	assert_mention_span(1, "Bupati");
	assert_int_equal(mention(1)->start, 86);
}

static void
ujar_with_part_of_the_name(void **state)
{
	(void) state;
	officials_of("Ketua Bawaslu Kota Tarakan Johnny Lumban Tobing dan Ketua KPU Tarakan Dedi "
				 "Hariyanto menghadiri apel. \"Pengawasan kami perketat,\" ujar Johnny.");
	assert_int_equal(people.count, 2);
	assert_person(0, "Ketua Bawaslu", "Johnny Lumban Tobing");
	assert_person(1, "Ketua KPU", "Dedi Hariyanto");
	assert_int_equal(mentions.count, 3);
	assert_string_equal(mention(2)->role, "Ketua Bawaslu");
	assert_string_equal(mention(2)->name, "Johnny Lumban Tobing");
	assert_mention_span(2, "Johnny");
}

static void
ujar_without_named_official_adds_nothing(void **state)
{
	(void) state;
	officials_of("\"Tidak boleh ada yang ikut kampanye,\" ujar Hasan.");
	assert_int_equal(mentions.count, 0);
	assert_int_equal(people.count, 0);

	/* a speaker who is not the official */
	officials_of("Bupati Bengkayang Sebastianus Darwis hadir. \"Kami siap,\" kata Rudi.");
	assert_int_equal(people.count, 1);
	assert_int_equal(mentions.count, 1);
}

static void
one_person_named_twice_is_one_person(void **state)
{
	(void) state;
	officials_of("Bupati Sebastianus hadir pagi itu. Bupati Bengkayang Sebastianus Darwis "
				 "meminta ASN netral.");
	assert_int_equal(mentions.count, 2);
	assert_string_equal(mention(0)->name, "Sebastianus");
	assert_string_equal(mention(1)->name, "Sebastianus Darwis");
	/* the fuller name is kept */
	assert_int_equal(people.count, 1);
	assert_person(0, "Bupati", "Sebastianus Darwis");
}

static void
roles_in_running_text_are_not_officials(void **state)
{
	(void) state;
	officials_of("para bupati dan camat diminta hadir bersama sekda dan kepala bkpsdm.");
	assert_int_equal(mentions.count, 0);
	assert_int_equal(people.count, 0);

	/* a role without a name and nobody named before */
	officials_of("Bupati meminta ASN netral, kata Sekda.");
	assert_int_equal(mentions.count, 0);
	assert_int_equal(people.count, 0);

	officials_of("");
	assert_int_equal(mentions.count, 0);
	assert_int_equal(people.count, 0);
}

/* The medical "dr." in lower case; ministers by their short names. */
static void
lower_case_dr_and_minister_short_names(void **state)
{
	(void) state;
	officials_of("Bupati Bengkayang dr. Sebastianus Darwis meminta ASN netral.");
	assert_int_equal(people.count, 1);
	assert_person(0, "Bupati", "Sebastianus Darwis");

	officials_of("Keputusan Bersama Menteri PANRB, Mendagri, Kepala BKN, Ketua KASN dan Ketua "
				 "Bawaslu menjadi pedoman pengawasan.");
	assert_int_equal(people.count, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(penjabat_with_abbreviation_and_ujar, setup, teardown),
		cmocka_unit_test_setup_teardown(pjs_bupati_degrees_stripped, setup, teardown),
		cmocka_unit_test_setup_teardown(plt_and_plh_prefixes, setup, teardown),
		cmocka_unit_test_setup_teardown(sekda_with_honorifics_and_degrees, setup, teardown),
		cmocka_unit_test_setup_teardown(short_forms_normalised, setup, teardown),
		cmocka_unit_test_setup_teardown(ketua_bawaslu_and_ketua_kpu, setup, teardown),
		cmocka_unit_test_setup_teardown(kepala_bkpsdm, setup, teardown),
		cmocka_unit_test_setup_teardown(area_heads_skip_the_area, setup, teardown),
		cmocka_unit_test_setup_teardown(role_alone_refers_back, setup, teardown),
		cmocka_unit_test_setup_teardown(ujar_with_part_of_the_name, setup, teardown),
		cmocka_unit_test_setup_teardown(ujar_without_named_official_adds_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(one_person_named_twice_is_one_person, setup, teardown),
		cmocka_unit_test_setup_teardown(roles_in_running_text_are_not_officials, setup, teardown),
		cmocka_unit_test_setup_teardown(lower_case_dr_and_minister_short_names, setup, teardown),
	};

	return cmocka_run_group_tests_name("officials", tests, NULL, NULL);
}
