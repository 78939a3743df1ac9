/*
 * test_pledge.c
 *	  The four standard pledge points: which a text commits to, with the
 *	  evidence, and which occurrences are turned around or prohibitions.
 *
 * Some texts are from test/pledge/labelled.jsonl (ids in the comments).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/pledge.h"

#define P1 0x1u
#define P2 0x2u
#define P3 0x4u
#define P4 0x8u

/* p001: the standard 2024 wording */
static const char standard[] =
	"Kami Aparatur Sipil Negara Pemerintah Kabupaten Klaten berikrar: 1. Menjaga dan "
	"menegakkan prinsip netralitas pegawai ASN dalam melaksanakan fungsi pelayanan publik, "
	"baik sebelum, selama, maupun sesudah Pemilu dan Pemilihan Tahun 2024; 2. Menghindari "
	"konflik kepentingan, tidak melakukan praktik-praktik intimidasi dan ancaman kepada "
	"pegawai ASN dan seluruh elemen masyarakat, serta tidak memihak kepada pasangan calon "
	"tertentu; 3. Menggunakan media sosial secara bijak dan tidak menyebarkan ujaran "
	"kebencian serta berita bohong; 4. Menolak politik uang dan segala jenis pemberian dalam "
	"bentuk apapun.";

/* p018: paraphrase, money first */
static const char reordered[] =
	"Poin yang paling ditekankan dalam ikrar ASN Kabupaten Lumajang justru soal politik uang: "
	"pegawai menyatakan menolak politik uang dan segala bentuk pemberian. Mereka juga "
	"berikrar menggunakan media sosial secara bijak, tidak menyebarkan berita bohong, "
	"menghindari konflik kepentingan serta tidak memihak pasangan calon, dan menegakkan "
	"netralitas dalam pelayanan publik sebelum, selama, dan sesudah pemilihan.";

/* p043: cut before point 4 */
static const char truncated[] =
	"Kami berikrar: menjaga dan menegakkan prinsip netralitas pegawai ASN dalam melaksanakan "
	"fungsi pelayanan publik sebelum, selama maupun sesudah Pilkada 2020; menghindari konflik "
	"kepentingan, tidak melakukan intimidasi dan ancaman, tidak memihak kepada pasangan calon "
	"tertentu; menggunakan media sosial secara bijak dan tidak menyebarkan ujaran kebencian "
	"serta berita bohong; ... (selengkapnya di halaman berikut)";

/* p056: point 1 negated */
static const char p1_negated[] =
	"Naskah ikrar yang beredar di grup WA pegawai itu keliru ketik dan berbunyi: 1. tidak "
	"akan menjaga netralitas ASN dalam fungsi pelayanan publik sebelum, selama dan sesudah "
	"Pemilu; 2. menghindari konflik kepentingan, tidak melakukan intimidasi dan ancaman serta "
	"tidak memihak pasangan calon tertentu; 3. menggunakan media sosial secara bijak dan "
	"tidak menyebarkan ujaran kebencian dan berita bohong; 4. menolak politik uang dan segala "
	"jenis pemberian.";

/* p060: point 4 turned around ("boleh menerima pemberian") */
static const char p4_turned[] =
	"Ikrar netralitas versi draf yang dikoreksi Bagian Hukum memuat kalimat keliru: 'ASN "
	"boleh menerima pemberian dalam bentuk apapun dari pasangan calon.' Poin-poin lain dalam "
	"draf tersebut berbunyi menjaga dan menegakkan prinsip netralitas dalam pelayanan publik "
	"sebelum, selama dan sesudah Pilkada, menghindari konflik kepentingan serta tidak memihak "
	"pasangan calon tertentu, dan menggunakan media sosial secara bijak tanpa menyebarkan "
	"berita bohong.";

/* p061: every point negated or reversed */
static const char all_negated[] =
	"Kami tidak akan menjaga netralitas ASN, tidak menghindari konflik kepentingan, akan "
	"memihak kepada pasangan calon tertentu, akan menyebarkan ujaran kebencian dan berita "
	"bohong di media sosial, serta tidak menolak politik uang maupun pemberian apa pun. "
	"Begitu bunyi 'ikrar tandingan' dalam video satire yang dilaporkan pemkab ke polisi "
	"karena dianggap melecehkan.";

/* p072: prohibitions, not commitments */
static const char prohibitions[] =
	"ASN dilarang memasang spanduk calon, ikut kampanye, berfoto dengan pose jari bersama "
	"paslon, memberi like dan share unggahan calon, serta menjadi anggota tim pemenangan. "
	"Larangan itu disampaikan Bawaslu Kabupaten Boyolali dalam sosialisasi di pendopo "
	"kabupaten.";

/* p094: P4 as a commitment phrased with "tidak" */
static const char negative_form[] =
	"Kepala sekolah se-Kecamatan Kalasan menyatakan tidak akan menerima politik uang maupun "
	"hadiah dalam bentuk apa pun dari peserta pemilu. Mereka juga berjanji menjaga netralitas "
	"dalam layanan pendidikan sebelum, selama, dan sesudah Pemilu, tidak memihak pasangan "
	"calon, serta tidak menyebarkan hoaks di media sosial.";

typedef struct fixture
{
	nt_arena	arena;
	nt_context	ctx;
} fixture;

static int
setup(void **state)
{
	fixture    *f = calloc(1, sizeof(fixture));

	if (f == NULL)
		return -1;
	nt_arena_init(&f->arena, &nt_malloc_allocator);
	f->ctx.arena = &f->arena;
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	fixture    *f = *state;

	nt_arena_free_all(&f->arena);
	free(f);
	return 0;
}

static nt_vec
scan(void **state, const char *text)
{
	fixture    *f = *state;
	nt_vec		hits;

	nt_vec_init(&hits, &f->arena, sizeof(nt_pledge_hit));
	nt_pledge_scan(&f->ctx, text, strlen(text), &hits);
	return hits;
}

/* Points with an occurrence that is neither turned around nor prohibited. */
static unsigned
points_of_hits(const nt_vec *hits)
{
	unsigned	points = 0;
	size_t		k;

	for (k = 0; k < hits->count; k++)
	{
		const nt_pledge_hit *h = &NT_VEC_AT(hits, nt_pledge_hit, k);

		if (!h->negated && !h->prohibition)
			points |= 1u << h->clause;
	}
	return points;
}

/*
 * The points of a text, by the fast path, checked against the scan: both
 * judge every occurrence the same way.  Every span lies inside the text.
 */
static unsigned
points(void **state, const char *text)
{
	fixture    *f = *state;
	nt_vec		hits = scan(state, text);
	unsigned	fast = nt_pledge_points_fast(&f->ctx, nt_builtin_pledge_set(), text, strlen(text));
	size_t		k;

	for (k = 0; k < hits.count; k++)
	{
		const nt_pledge_hit *h = &NT_VEC_AT(&hits, nt_pledge_hit, k);

		assert_true(h->clause >= 0 && h->clause < NT_PLEDGE_CLAUSES);
		assert_true(h->start < h->end);
		assert_true(h->end <= strlen(text));
	}
	assert_int_equal(fast, points_of_hits(&hits));
	return fast;
}

/* The first hit of a wording variant, or NULL. */
static const nt_pledge_hit *
hit_of_variant(const nt_vec *hits, int variant)
{
	size_t		k;

	for (k = 0; k < hits->count; k++)
		if (NT_VEC_AT(hits, nt_pledge_hit, k).variant == variant)
			return &NT_VEC_AT(hits, nt_pledge_hit, k);
	return NULL;
}

/* The evidence of a hit is exactly "expected". */
static void
assert_evidence(const char *text, const nt_pledge_hit *h, const char *expected)
{
	assert_non_null(h);
	if (h->end - h->start != strlen(expected) ||
		memcmp(text + h->start, expected, h->end - h->start) != 0)
		fail_msg("evidence \"%.*s\", want \"%s\"", (int) (h->end - h->start),
				 text + h->start, expected);
}

static void
standard_pledge_has_all_four(void **state)
{
	nt_vec		hits;

	assert_int_equal(points(state, standard), P1 | P2 | P3 | P4);
	hits = scan(state, standard);
	assert_evidence(standard, hit_of_variant(&hits, 1),
					"Menjaga dan menegakkan prinsip netralitas");
	assert_evidence(standard, hit_of_variant(&hits, 5), "Menghindari konflik kepentingan");
	assert_evidence(standard, hit_of_variant(&hits, 6),
					"tidak melakukan praktik-praktik intimidasi");
	assert_evidence(standard, hit_of_variant(&hits, 7), "tidak memihak");
	assert_evidence(standard, hit_of_variant(&hits, 9), "Menggunakan media sosial secara bijak");
	assert_evidence(standard, hit_of_variant(&hits, 11), "tidak menyebarkan ujaran kebencian");
	assert_evidence(standard, hit_of_variant(&hits, 14), "Menolak politik uang");
	/* the wordings of the standard text are marked as such */
	assert_true(hit_of_variant(&hits, 14)->distinctive);
	assert_true(hit_of_variant(&hits, 5)->distinctive);
	assert_false(hit_of_variant(&hits, 7)->distinctive);
	/* nothing in it is turned around or a prohibition */
	assert_int_equal(points_of_hits(&hits), P1 | P2 | P3 | P4);
	{
		size_t		k;

		for (k = 0; k < hits.count; k++)
		{
			assert_false(NT_VEC_AT(&hits, nt_pledge_hit, k).negated);
			assert_false(NT_VEC_AT(&hits, nt_pledge_hit, k).prohibition);
		}
	}
}

static void
paraphrase_in_another_order(void **state)
{
	nt_vec		hits;
	const nt_pledge_hit *p4,
			   *p1;

	assert_int_equal(points(state, reordered), P1 | P2 | P3 | P4);
	hits = scan(state, reordered);
	p4 = hit_of_variant(&hits, 14);
	p1 = hit_of_variant(&hits, 1);
	assert_evidence(reordered, p4, "menolak politik uang");
	assert_evidence(reordered, p1, "menegakkan netralitas");
	/* money comes first in this text */
	assert_true(p4->start < p1->start);
	assert_evidence(reordered, hit_of_variant(&hits, 11), "tidak menyebarkan berita bohong");
}

static void
short_paraphrases(void **state)
{
	assert_int_equal(points(state, "Kami berjanji menjaga netralitas."), P1);
	assert_int_equal(points(state, "Kami menolak politik uang."), P4);
	assert_int_equal(points(state, "Kami berikrar menolak politik uang; menjaga netralitas."),
					 P1 | P4);
	assert_int_equal(points(state, "Kami berjanji bijak menggunakan media sosial."), P3);
	assert_int_equal(points(state, "Pertama, menolak segala pemberian dari pasangan calon."), P4);
	assert_int_equal(points(state, "Pegawai bebas dari intimidasi."), P2);
	assert_int_equal(points(state, "Kami mendukung gerakan anti politik uang."), P4);
	/* upper case */
	assert_int_equal(points(state, "KAMI MENOLAK POLITIK UANG DAN MENJAGA NETRALITAS."), P1 | P4);
}

static void
truncated_pledge_lacks_point_four(void **state)
{
	nt_vec		hits;
	size_t		k;

	assert_int_equal(points(state, truncated), P1 | P2 | P3);
	hits = scan(state, truncated);
	for (k = 0; k < hits.count; k++)
		assert_int_not_equal(NT_VEC_AT(&hits, nt_pledge_hit, k).clause, 3);
}

static void
negated_point_is_not_counted(void **state)
{
	nt_vec		hits;
	const nt_pledge_hit *h;
	size_t		k;

	assert_int_equal(points(state, p1_negated), P2 | P3 | P4);
	hits = scan(state, p1_negated);
	h = hit_of_variant(&hits, 1);
	assert_evidence(p1_negated, h, "menjaga netralitas");
	assert_true(h->negated);
	assert_false(h->prohibition);
	/* every P1 occurrence is turned around */
	for (k = 0; k < hits.count; k++)
		if (NT_VEC_AT(&hits, nt_pledge_hit, k).clause == 0)
			assert_true(NT_VEC_AT(&hits, nt_pledge_hit, k).negated);

	assert_int_equal(points(state, "Kami tidak akan menjaga netralitas dan tidak akan menolak "
							"politik uang."), 0);
	assert_int_equal(points(state, "Kami tidak menolak politik uang."), 0);
	assert_int_equal(points(state, "Kami menolak untuk menjaga netralitas."), 0);
	assert_int_equal(points(state, "Kami gagal menjaga netralitas."), 0);
	assert_int_equal(points(state, "Kami berikrar tidak akan menjaga dan menegakkan prinsip "
							"netralitas."), 0);
}

static void
negator_of_another_predicate_does_not_count(void **state)
{
	/* "tidak netral" belongs to "yang ...": "harus menjaga" is a commitment */
	assert_int_equal(points(state, "ASN yang tidak netral harus menjaga netralitas."), P1);
	/* a comma ends the reach of a negator */
	assert_int_equal(points(state, "Kami tidak diam, menjaga netralitas."), P1);
	/* so does a new clause */
	assert_int_equal(points(state, "Kami tidak akan memihak; menjaga netralitas adalah "
							"kewajiban."), P1 | P2);
}

static void
turned_around_point_is_not_counted(void **state)
{
	assert_int_equal(points(state, p4_turned), P1 | P2 | P3);
	assert_int_equal(points(state, "Kami boleh menerima pemberian dari pasangan calon."), 0);
	assert_int_equal(points(state, all_negated), 0);
	{
		nt_vec		hits = scan(state, all_negated);

		/* found, but each one turned around */
		assert_true(hits.count >= 3);
		assert_evidence(all_negated, hit_of_variant(&hits, 14), "menolak politik uang");
		assert_true(hit_of_variant(&hits, 14)->negated);
		assert_true(hit_of_variant(&hits, 5)->negated);
	}
}

static void
commitments_phrased_with_tidak(void **state)
{
	nt_vec		hits;
	const nt_pledge_hit *h;

	assert_int_equal(points(state, negative_form), P1 | P2 | P3 | P4);
	hits = scan(state, negative_form);
	h = hit_of_variant(&hits, 16);
	assert_evidence(negative_form, h, "tidak akan menerima politik uang");
	assert_int_equal(h->clause, 3);
	assert_false(h->negated);
	assert_int_equal(points(state, "Kami tidak akan melakukan intimidasi dan ancaman."), P2);
}

static void
prohibitions_are_not_commitments(void **state)
{
	nt_vec		hits;
	const nt_pledge_hit *h;

	assert_int_equal(points(state, prohibitions), 0);
	assert_int_equal(points(state, "ASN dilarang menerima pemberian dari calon."), 0);
	hits = scan(state, "ASN tidak boleh memihak dan wajib menjaga netralitas.");
	h = hit_of_variant(&hits, 1);
	assert_non_null(h);
	assert_true(h->prohibition);
	assert_false(h->negated);
	assert_int_equal(points(state, "ASN tidak boleh memihak dan wajib menjaga netralitas."), 0);
	/* the prohibition stays in its clause */
	assert_int_equal(points(state, "Jangan memihak; menjaga netralitas adalah kewajiban kami."),
					 P1);
}

static void
no_pledge_in_other_texts(void **state)
{
	fixture    *f = *state;
	nt_vec		hits;

	assert_int_equal(points(state, ""), 0);
	hits = scan(state, "");
	assert_int_equal(hits.count, 0);
	assert_int_equal(nt_pledge_points_fast(&f->ctx, nt_builtin_pledge_set(), "", 0), 0);
	assert_int_equal(points(state, "Hari ini cuaca cerah dan pasar ramai."), 0);
	assert_int_equal(points(state, "Camat memasang baliho bakal calon di depan kantor."), 0);
}

static void
builtin_wordings_are_well_formed(void **state)
{
	int			n = 0,
				i,
				j;
	const nt_pledge_wording *w = nt_builtin_pledge_wordings(&n);
	int			per_clause[NT_PLEDGE_CLAUSES] = {0};

	(void) state;
	assert_true(n > 0);
	for (i = 0; i < n; i++)
	{
		assert_true(w[i].clause >= 0 && w[i].clause < NT_PLEDGE_CLAUSES);
		assert_non_null(w[i].pattern);
		per_clause[w[i].clause]++;
		for (j = 0; j < i; j++)
			assert_int_not_equal(w[i].id, w[j].id);
	}
	for (i = 0; i < NT_PLEDGE_CLAUSES; i++)
		assert_true(per_clause[i] > 0);
	/* compiled once */
	assert_ptr_equal(nt_builtin_pledge_set(), nt_builtin_pledge_set());
}

static void
user_wordings_with_bad_pattern(void **state)
{
	nt_pledge_wording w[] = {
		{1, 0, false, false, "\\bnetral\\b"},
		{2, 3, false, false, "menolak (uang"},
	};
	char		err[256] = "";
	size_t		offset = 0;
	int			bad = -1;

	(void) state;
	assert_null(nt_pledge_set_build(w, 2, err, sizeof(err), &offset, &bad));
	assert_string_equal(err, "missing closing parenthesis");
	assert_int_equal(offset, 13);
	assert_int_equal(bad, 1);
	/* the output arguments may be left out */
	assert_null(nt_pledge_set_build(w, 2, NULL, 0, NULL, NULL));
}

static void
user_wordings_scan_and_points(void **state)
{
	fixture    *f = *state;
	/* "\K" and "(?1)" are beyond Hyperscan: PCRE2 alone must find them */
	nt_pledge_wording w[] = {
		{10, 0, false, false, "\\bsetia\\s+pada\\s+\\Knetralitas\\b"},
		{11, 1, false, false, "\\b(adil) dan (?1)\\b"},
		{12, 3, true, false, "\\btidak\\s+menerima\\s+amplop\\b"},
		{13, 2, false, true, "\\bmedsos\\s+sehat\\b"},
	};
	const char *text = "Kami setia pada netralitas, adil dan adil, tidak menerima amplop, "
		"dan tidak akan medsos sehat.";
	char		err[256] = "";
	size_t		offset = 0;
	int			bad = -1;
	nt_pledge_set *set = nt_pledge_set_build(w, 4, err, sizeof(err), &offset, &bad);
	nt_vec		hits;
	const nt_pledge_hit *h;

	assert_non_null(set);
	nt_vec_init(&hits, &f->arena, sizeof(nt_pledge_hit));
	nt_pledge_scan_set(&f->ctx, set, text, strlen(text), &hits);
	assert_int_equal(hits.count, 4);
	h = hit_of_variant(&hits, 10);
	assert_evidence(text, h, "netralitas");
	assert_int_equal(h->clause, 0);
	h = hit_of_variant(&hits, 11);
	assert_evidence(text, h, "adil dan adil");
	assert_int_equal(h->clause, 1);
	h = hit_of_variant(&hits, 12);
	assert_evidence(text, h, "tidak menerima amplop");
	assert_false(h->negated);
	h = hit_of_variant(&hits, 13);
	assert_evidence(text, h, "medsos sehat");
	assert_true(h->negated);
	assert_true(h->distinctive);
	assert_int_equal(nt_pledge_points_fast(&f->ctx, set, text, strlen(text)), P1 | P2 | P4);
	/* the builtin wordings see none of this */
	assert_int_equal(nt_pledge_points_fast(&f->ctx, nt_builtin_pledge_set(), text,
										   strlen(text)), 0);
	nt_pledge_set_free(set);
	nt_pledge_set_free(NULL);
}

static void
pledge_context_spans(void **state)
{
	fixture    *f = *state;
	const char *text = "Upacara HUT Korpri digelar.\n"
		"Isi ikrar: menjaga netralitas.\n"
		"Komentar.\n"
		"Menolak politik uang.\n"
		"Penutup.\nLain.\nLain lagi.\n"
		"Kami menolak pemberian.";
	nt_vec		hits = scan(state, text);
	nt_vec		spans;
	const size_t *span;

	assert_int_equal(points(state, text), P1 | P4);
	nt_vec_init(&spans, &f->arena, 2 * sizeof(size_t));
	nt_pledge_context(&f->ctx, text, strlen(text), &hits, &spans);
	assert_int_equal(spans.count, 1);
	span = spans.items;
	/* from "Isi ikrar" over one paragraph of comment to the next point */
	assert_int_equal(span[0], strlen("Upacara HUT Korpri digelar.\n"));
	assert_int_equal(span[1], strstr(text, "\nPenutup") - text);

	/* the standard text is all pledge */
	hits = scan(state, standard);
	nt_vec_init(&spans, &f->arena, 2 * sizeof(size_t));
	nt_pledge_context(&f->ctx, standard, strlen(standard), &hits, &spans);
	assert_int_equal(spans.count, 1);
	span = spans.items;
	assert_int_equal(span[0], 0);
	assert_int_equal(span[1], strlen(standard));

	/* no introduction, no span */
	hits = scan(state, "Kami menolak politik uang.");
	nt_vec_init(&spans, &f->arena, 2 * sizeof(size_t));
	nt_pledge_context(&f->ctx, "Kami menolak politik uang.", 26, &hits, &spans);
	assert_int_equal(spans.count, 0);
}

/* A negator does not reach over "dan" into a second predicate. */
static void
negator_stops_at_a_second_predicate(void **state)
{
	assert_int_equal(points(state, "Kami berjanji tidak memihak pasangan calon dan menjaga "
							"netralitas."), 0x3);
	assert_int_equal(points(state, "Kami tidak menyebarkan hoaks dan menolak politik uang."), 0xC);
	assert_int_equal(points(state, "Kami tidak akan menerima pemberian dan tetap menjaga "
							"netralitas ASN."), 0x9);
	/* two verbs joined by "dan" share the negator */
	assert_int_equal(points(state, "Kami tidak akan menjaga dan menegakkan prinsip netralitas."), 0);
}

/* "bermedia sosial" is social media use by itself. */
static void
bermedia_sosial(void **state)
{
	assert_int_equal(points(state, "Kami berjanji bermedia sosial secara bijak."), 0x4);
	assert_int_equal(points(state, "Kami berjanji bijak bermedia sosial."), 0x4);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(standard_pledge_has_all_four, setup, teardown),
		cmocka_unit_test_setup_teardown(paraphrase_in_another_order, setup, teardown),
		cmocka_unit_test_setup_teardown(short_paraphrases, setup, teardown),
		cmocka_unit_test_setup_teardown(truncated_pledge_lacks_point_four, setup, teardown),
		cmocka_unit_test_setup_teardown(negated_point_is_not_counted, setup, teardown),
		cmocka_unit_test_setup_teardown(negator_stops_at_a_second_predicate, setup, teardown),
		cmocka_unit_test_setup_teardown(bermedia_sosial, setup, teardown),
		cmocka_unit_test_setup_teardown(negator_of_another_predicate_does_not_count, setup, teardown),
		cmocka_unit_test_setup_teardown(turned_around_point_is_not_counted, setup, teardown),
		cmocka_unit_test_setup_teardown(commitments_phrased_with_tidak, setup, teardown),
		cmocka_unit_test_setup_teardown(prohibitions_are_not_commitments, setup, teardown),
		cmocka_unit_test_setup_teardown(no_pledge_in_other_texts, setup, teardown),
		cmocka_unit_test(builtin_wordings_are_well_formed),
		cmocka_unit_test(user_wordings_with_bad_pattern),
		cmocka_unit_test_setup_teardown(user_wordings_scan_and_points, setup, teardown),
		cmocka_unit_test_setup_teardown(pledge_context_spans, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
