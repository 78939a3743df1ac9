/*
 * test_facts.c
 *	  Smaller facts of an article: head counts, institutions, legal
 *	  references, event types and the election named.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/facts.h"

static nt_arena arena;
static nt_context ctx;
static nt_vec found;

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

static long
participants(const char *text)
{
	return nt_find_participants(&ctx, text, strlen(text));
}

static size_t
institutions(const char *text)
{
	nt_tokens	t;

	nt_tokenize(&ctx, text, strlen(text), &t);
	nt_vec_init(&found, &arena, sizeof(const char *));
	nt_find_institutions(&ctx, &t, &found);
	return found.count;
}

static size_t
legal_refs(const char *text)
{
	nt_vec_init(&found, &arena, sizeof(char *));
	nt_find_legal_refs(&ctx, text, strlen(text), &found);
	return found.count;
}

static size_t
event_types(const char *text, bool incident)
{
	nt_vec_init(&found, &arena, sizeof(const char *));
	nt_find_event_types(&ctx, text, strlen(text), incident, &found);
	return found.count;
}

static const char *
item(size_t i)
{
	assert_true(i < found.count);
	return NT_VEC_AT(&found, const char *, i);
}

/* Is the string among the results?  (Their order is not specified.) */
static bool
has(const char *s)
{
	size_t		i;

	for (i = 0; i < found.count; i++)
		if (strcmp(NT_VEC_AT(&found, const char *, i), s) == 0)
			return true;
	return false;
}

static void
participants_with_thousands_separator(void **state)
{
	(void) state;
	assert_int_equal(participants("Apel diikuti 3.983 ASN di lingkungan Pemkot Tanjungpinang."),
					 3983);
	assert_int_equal(participants("Sebanyak 1.250 peserta mengucapkan ikrar."), 1250);
	assert_int_equal(participants("Sekitar 2.000 pegawai hadir dalam upacara itu."), 2000);
	assert_int_equal(participants("Upacara itu diikuti oleh 12.500 aparatur dari seluruh OPD."),
					 12500);
}

static void
participants_other_wordings(void **state)
{
	(void) state;
	assert_int_equal(participants("Tak kurang dari 900 ASN mengikuti apel."), 900);
	/* the first count of people taking part */
	assert_int_equal(participants("Apel diikuti 750 orang ASN dan 20 camat."), 750);
	assert_int_equal(participants("Pemkab Bengkayang mengerahkan semua pegawai. Sebanyak 64 "
								  "kepala OPD menandatangani pakta integritas."), 64);
}

static void
participants_not_given(void **state)
{
	(void) state;
	/* a word, not a number */
	assert_int_equal(participants("Ratusan ASN mengikuti apel."), -1);
	/* a number of people, but nobody takes part in anything */
	assert_int_equal(participants("Pemkot memiliki 4.500 ASN."), -1);
	/* money and activities are not people */
	assert_int_equal(participants("Pemkot menganggarkan Rp 3.983 juta untuk 120 kegiatan tahun "
								  "ini."), -1);
	/* one person is no head count */
	assert_int_equal(participants("Hanya 1 pegawai yang hadir dalam apel."), -1);
	assert_int_equal(participants(""), -1);
}

static void
institutions_canonical_names(void **state)
{
	(void) state;
	assert_int_equal(institutions("Badan Pengawas Pemilu (Bawaslu) bersama Komisi Pemilihan Umum "
								  "dan Komisi Aparatur Sipil Negara mengawasi ASN. Bawaslu juga "
								  "menggandeng BKN."), 4);
	/* text order, each once */
	assert_string_equal(item(0), "Bawaslu");
	assert_string_equal(item(1), "KPU");
	assert_string_equal(item(2), "KASN");
	assert_string_equal(item(3), "BKN");
}

static void
institutions_ministries_and_local_bodies(void **state)
{
	(void) state;
	assert_int_equal(institutions("Kementerian Pendayagunaan Aparatur Negara dan Reformasi "
								  "Birokrasi serta Kemendagri, KemenPAN-RB, Forkopimda dan KORPRI "
								  "hadir."), 4);
	assert_string_equal(item(0), "KemenPAN-RB");
	assert_string_equal(item(1), "Kemendagri");
	assert_string_equal(item(2), "Forkopimda");
	assert_string_equal(item(3), "KORPRI");

	assert_int_equal(institutions("Pejabat BKPSDM dan Inspektorat serta Kemenpan RB."), 3);
	assert_string_equal(item(0), "BKPSDM");
	assert_string_equal(item(1), "Inspektorat");
	assert_string_equal(item(2), "KemenPAN-RB");

	assert_int_equal(institutions("Forum Koordinasi Pimpinan Daerah dan Kementerian Dalam "
								  "Negeri."), 2);
	assert_string_equal(item(0), "Forkopimda");
	assert_string_equal(item(1), "Kemendagri");
}

static void
institutions_in_lower_case_ignored(void **state)
{
	(void) state;
	assert_int_equal(institutions("para pegawai bawaslu dan kpu hadir."), 0);
	assert_int_equal(institutions(""), 0);
}

static void
legal_ref_se_kasn(void **state)
{
	(void) state;
	assert_int_equal(legal_refs("Surat Edaran Ketua KASN Nomor B-2708/KASN/9/2020."), 1);
	assert_string_equal(item(0), "SE KASN B-2708/KASN/9/2020");

	/* written in lower case, and the number alone: one reference */
	assert_int_equal(legal_refs("se kasn nomor b-2708/kasn/9/2020 dan B-2708/KASN/9/2020."), 1);
	assert_string_equal(item(0), "SE KASN B-2708/KASN/9/2020");

	assert_int_equal(legal_refs("Hal itu diatur dalam SE KASN Nomor B-2708/KASN/9/2020 dan PP "
								"Nomor 94 Tahun 2021 tentang Disiplin PNS."), 2);
	assert_true(has("SE KASN B-2708/KASN/9/2020"));
	assert_true(has("PP 94/2021"));
}

static void
legal_ref_numbered_regulations(void **state)
{
	(void) state;
	/* three spellings of one regulation */
	assert_int_equal(legal_refs("Peraturan Pemerintah Nomor 94 Tahun 2021, PP 94/2021 dan PP No. "
								"94 Tahun 2021."), 1);
	assert_string_equal(item(0), "PP 94/2021");

	/* an article before or after the law */
	assert_int_equal(legal_refs("Sanksi diatur dalam Pasal 280 UU Nomor 7 Tahun 2017 dan "
								"Peraturan Pemerintah Nomor 53 Tahun 2010."), 2);
	assert_true(has("UU 7/2017 Pasal 280"));
	assert_true(has("PP 53/2010"));

	/* the reference with its article covers the bare one */
	assert_int_equal(legal_refs("Pasal 2 huruf f UU Nomor 5 Tahun 2014 dan UU No 5 Tahun 2014."),
					 1);
	assert_string_equal(item(0), "UU 5/2014 Pasal 2 huruf f");
}

static void
legal_ref_skb(void **state)
{
	(void) state;
	assert_int_equal(legal_refs("Pedoman itu mengacu pada SKB yang ditandatangani bersama."), 1);
	assert_string_equal(item(0), "SKB");

	/* a dated SKB makes a bare one redundant */
	assert_int_equal(legal_refs("Ia merujuk SKB lima menteri tahun 2022 dan UU Nomor 5 Tahun "
								"2014 Pasal 2 huruf f."), 2);
	assert_true(has("SKB 2022"));
	assert_true(has("UU 5/2014 Pasal 2 huruf f"));

	assert_int_equal(legal_refs("Surat Keputusan Bersama Nomor 2 Tahun 2022 dan SKB tentang "
								"pedoman."), 1);
	assert_string_equal(item(0), "SKB 2022");
}

static void
legal_ref_other_letters(void **state)
{
	(void) state;
	assert_int_equal(legal_refs("Surat Edaran MenPAN-RB Nomor B/71/M.SM.00.00/2017 mengatur hal "
								"itu, juga UU ASN."), 2);
	assert_true(has("SE MenPAN-RB B/71/M.SM.00.00/2017"));
	assert_true(has("UU ASN"));

	assert_int_equal(legal_refs("Surat Edaran Bupati Bengkayang tertanggal 5 Oktober 2020 "
								"melarang ASN berkampanye."), 1);
	assert_string_equal(item(0), "SE Bupati 5 Oktober 2020");

	assert_int_equal(legal_refs("Para pegawai diminta menjaga netralitas."), 0);
}

static void
event_types_of_a_pledge(void **state)
{
	(void) state;
	assert_int_equal(event_types("Bupati mengimbau ASN menjaga netralitas menjelang Pilkada "
								 "serentak 2020. Rakor digelar bersama Forkopimda, lalu "
								 "penandatanganan pakta integritas.", false), 3);
	/* in the order of the controlled list */
	assert_string_equal(item(0), "penandatanganan pakta integritas");
	assert_string_equal(item(1), "rapat koordinasi");
	assert_string_equal(item(2), "imbauan");

	assert_int_equal(event_types("Sebanyak 1.250 peserta apel mengucapkan ikrar netralitas.",
								 false), 2);
	assert_string_equal(item(0), "apel");
	assert_string_equal(item(1), "ikrar");
}

static void
event_types_of_a_case_only_when_incident(void **state)
{
	const char *text = "Pegawai itu dilaporkan ke Bawaslu dan sudah dimintai klarifikasi. "
		"Temuan itu diteruskan ke KASN.";

	(void) state;
	assert_int_equal(event_types(text, false), 0);
	assert_int_equal(event_types(text, true), 4);
	assert_string_equal(item(0), "laporan");
	assert_string_equal(item(1), "temuan");
	assert_string_equal(item(2), "klarifikasi");
	assert_string_equal(item(3), "penerusan");
}

static void
event_types_need_their_context(void **state)
{
	(void) state;
	/* a candidate's declaration is no neutrality declaration */
	assert_int_equal(event_types("Deklarasi bakal pasangan calon bupati digelar di Oelamasi.",
								 false), 0);
	assert_int_equal(event_types("ASN mendeklarasikan sikap netral di halaman kantor bupati.",
								 false), 1);
	assert_string_equal(item(0), "deklarasi");
	/* a candidate's campaigning is no neutrality briefing */
	assert_int_equal(event_types("Sosialisasi bakal calon bupati digelar di balai desa.", false),
					 0);
	assert_int_equal(event_types("", true), 0);
}

static void
election_kind_and_year(void **state)
{
	nt_election_guess g;
	const char *body;

	(void) state;
	body = "Bupati mengimbau ASN menjaga netralitas menjelang Pilkada serentak 2020.";
	nt_guess_election(&ctx, body, strlen(body), NULL, 0, &g);
	assert_true(g.found_kind);
	assert_int_equal(g.kind, NT_ELECTION_PILKADA);
	assert_int_equal(g.year, 2020);

	/* "Badan Pengawas Pemilu" names a body, not an election */
	body = "Badan Pengawas Pemilu mengawasi pilkada di Kota Tarakan.";
	nt_guess_election(&ctx, body, strlen(body), NULL, 0, &g);
	assert_true(g.found_kind);
	assert_int_equal(g.kind, NT_ELECTION_PILKADA);
	assert_int_equal(g.year, 0);

	body = "Komisi Pemilihan Umum dan Badan Pengawas Pemilu menggelar sosialisasi Pemilu 2024 "
		"bagi ASN.";
	nt_guess_election(&ctx, body, strlen(body), NULL, 0, &g);
	assert_true(g.found_kind);
	assert_int_equal(g.kind, NT_ELECTION_PEMILU);
	assert_int_equal(g.year, 2024);

	body = "Para pegawai diminta menjaga netralitas.";
	nt_guess_election(&ctx, body, strlen(body), NULL, 0, &g);
	assert_false(g.found_kind);
	assert_int_equal(g.year, 0);
}

static void
election_title_weighs_more(void **state)
{
	nt_election_guess g;
	const char *body = "Aturan yang sama berlaku pada Pemilu 2019 lalu.";
	const char *title = "ASN Bengkayang Ikrar Netral Jelang Pilkada 2020";

	(void) state;
	nt_guess_election(&ctx, body, strlen(body), NULL, 0, &g);
	assert_int_equal(g.kind, NT_ELECTION_PEMILU);
	assert_int_equal(g.year, 2019);
	nt_guess_election(&ctx, body, strlen(body), title, strlen(title), &g);
	assert_true(g.found_kind);
	assert_int_equal(g.kind, NT_ELECTION_PILKADA);
	assert_int_equal(g.year, 2020);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(participants_with_thousands_separator, setup, teardown),
		cmocka_unit_test_setup_teardown(participants_other_wordings, setup, teardown),
		cmocka_unit_test_setup_teardown(participants_not_given, setup, teardown),
		cmocka_unit_test_setup_teardown(institutions_canonical_names, setup, teardown),
		cmocka_unit_test_setup_teardown(institutions_ministries_and_local_bodies, setup, teardown),
		cmocka_unit_test_setup_teardown(institutions_in_lower_case_ignored, setup, teardown),
		cmocka_unit_test_setup_teardown(legal_ref_se_kasn, setup, teardown),
		cmocka_unit_test_setup_teardown(legal_ref_numbered_regulations, setup, teardown),
		cmocka_unit_test_setup_teardown(legal_ref_skb, setup, teardown),
		cmocka_unit_test_setup_teardown(legal_ref_other_letters, setup, teardown),
		cmocka_unit_test_setup_teardown(event_types_of_a_pledge, setup, teardown),
		cmocka_unit_test_setup_teardown(event_types_of_a_case_only_when_incident, setup, teardown),
		cmocka_unit_test_setup_teardown(event_types_need_their_context, setup, teardown),
		cmocka_unit_test_setup_teardown(election_kind_and_year, setup, teardown),
		cmocka_unit_test_setup_teardown(election_title_weighs_more, setup, teardown),
	};

	return cmocka_run_group_tests_name("facts", tests, NULL, NULL);
}
