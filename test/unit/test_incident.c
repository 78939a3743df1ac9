/*
 * test_incident.c
 *	  Negation before an act, sentence spans, and the cues that tell a
 *	  reported act from a rule.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/incident.h"

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

/* Is the word "act" (its first occurrence in text) negated? */
static bool
negated(const char *text, const char *act)
{
	const char *p = strstr(text, act);

	assert_non_null(p);
	return nt_negated_before(text, (size_t) (p - text));
}

static void
negators_right_before_the_act(void **state)
{
	(void) state;
	assert_true(negated("tidak ikut kampanye", "ikut"));
	assert_true(negated("Camat itu tidak terlibat kampanye", "terlibat"));
	assert_true(negated("menolak menerima uang dari tim sukses", "menerima"));
	assert_true(negated("ia tak memasang baliho", "memasang"));
	assert_true(negated("guru itu belum mendaftar", "mendaftar"));
	assert_true(negated("hadir tanpa mengenakan atribut", "mengenakan"));
	assert_true(negated("jangan memasang baliho", "memasang"));
	assert_true(negated("ASN dilarang memasang baliho", "memasang"));
	assert_true(negated("menghindari konflik kepentingan", "konflik"));
	/* upper case and line breaks between the words */
	assert_true(negated("TIDAK ikut", "ikut"));
	assert_true(negated("tidak\n  ikut", "ikut"));
}

static void
negators_a_few_words_back(void **state)
{
	(void) state;
	assert_true(negated("tidak akan ikut kampanye", "ikut kampanye"));
	assert_true(negated("ASN tidak pernah memasang baliho", "memasang"));
	assert_true(negated("Tidak pernah sekali-kali memasang", "memasang"));
	assert_true(negated("camat tidak akan pernah menghadiri deklarasi", "menghadiri"));
	assert_true(negated("tak perlu ikut", "ikut"));
	/* only up to three words back */
	assert_false(negated("tidak akan mau untuk ikut", "ikut"));
}

static void
plain_acts_are_not_negated(void **state)
{
	(void) state;
	assert_false(nt_negated_before("ikut kampanye", 0));
	assert_false(negated("camat ikut kampanye", "ikut"));
	/* a negated state before the act does not negate the act */
	assert_false(negated("tidak netral dengan ikut kampanye", "ikut"));
	assert_false(negated("ASN yang tidak netral memasang baliho", "memasang"));
	/* punctuation stops the look back */
	assert_false(negated("tidak, ikut", "ikut"));
	assert_false(negated("Ia tidak. Ikut kampanye", "Ikut"));
	/* a word that merely contains a negator */
	assert_false(negated("setidak ikut", "ikut"));
}

/* The span of the sentence around "at", trimmed of the spaces before it. */
static void
assert_sentence(const char *text, const char *at, const char *expected)
{
	const char *p = strstr(text, at);
	size_t		s,
				e;

	assert_non_null(p);
	nt_sentence_span(text, strlen(text), (size_t) (p - text), &s, &e);
	assert_true(s <= (size_t) (p - text));
	assert_true(e <= strlen(text));
	while (s < e && (text[s] == ' ' || text[s] == '\n'))
		s++;
	if (e - s != strlen(expected) || memcmp(text + s, expected, e - s) != 0)
		fail_msg("sentence at \"%s\": got \"%.*s\", want \"%s\"", at, (int) (e - s),
				 text + s, expected);
}

static void
sentences_around_abbreviations(void **state)
{
	const char *text = "Kemarin Pj. Bupati Kudus menghadiri apel. Bawaslu memanggil "
		"H. Ahmad, S.E. untuk klarifikasi. Ia hadir.";

	(void) state;
	assert_sentence(text, "Kemarin", "Kemarin Pj. Bupati Kudus menghadiri apel.");
	assert_sentence(text, "Bupati", "Kemarin Pj. Bupati Kudus menghadiri apel.");
	assert_sentence(text, "apel", "Kemarin Pj. Bupati Kudus menghadiri apel.");
	assert_sentence(text, "Ahmad", "Bawaslu memanggil H. Ahmad, S.E. untuk klarifikasi.");
	assert_sentence(text, "untuk", "Bawaslu memanggil H. Ahmad, S.E. untuk klarifikasi.");
	assert_sentence(text, "Bawaslu", "Bawaslu memanggil H. Ahmad, S.E. untuk klarifikasi.");
	assert_sentence(text, "Ia", "Ia hadir.");
}

static void
sentences_around_numbers_and_marks(void **state)
{
	const char *text = "Sebanyak 1.250 ASN hadir, atau 3.5 persen! Benarkah? "
		"Camat itu\ndilaporkan warga. Akhir tanpa titik";

	(void) state;
	assert_sentence(text, "ASN", "Sebanyak 1.250 ASN hadir, atau 3.5 persen!");
	assert_sentence(text, "persen", "Sebanyak 1.250 ASN hadir, atau 3.5 persen!");
	assert_sentence(text, "Benarkah", "Benarkah?");
	/* a line break ends a sentence (and belongs to it) */
	assert_sentence(text, "Camat", "Camat itu\n");
	assert_sentence(text, "dilaporkan", "dilaporkan warga.");
	assert_sentence(text, "tanpa", "Akhir tanpa titik");
}

static void
sentence_span_is_bounded(void **state)
{
	size_t		n = 20000;
	char	   *text = malloc(n + 1);
	size_t		i,
				s,
				e;

	(void) state;
	assert_non_null(text);
	for (i = 0; i < n; i++)
		text[i] = (i % 5 == 4) ? ' ' : 'a';
	text[n] = '\0';
	nt_sentence_span(text, n, 10000, &s, &e);
	assert_true(s < 10000 && e > 10000);
	assert_true(10000 - s <= 2000);
	assert_true(e - 10000 <= 2001);
	/* at the very ends */
	nt_sentence_span(text, n, 0, &s, &e);
	assert_int_equal(s, 0);
	nt_sentence_span("Ia hadir.", 9, 9, &s, &e);
	assert_int_equal(e, 9);
	free(text);
}

/* Cues of the sentence of text that holds "at". */
static nt_cues
cues_at(const nt_cue_map *map, const char *text, const char *at)
{
	const char *p = strstr(text, at);
	size_t		s,
				e;
	nt_cues		c;

	assert_non_null(p);
	nt_sentence_span(text, strlen(text), (size_t) (p - text), &s, &e);
	nt_count_cues(map, s, e, &c);
	return c;
}

static void
cues_per_sentence(void **state)
{
	fixture    *f = *state;
	const char *text =
		"ASN dilarang memasang baliho. "
		"Seorang camat kedapatan memasang baliho. "
		"Camat membantah tuduhan itu, kabar itu tidak benar. "
		"Hari ini cuaca cerah. "
		"Warga yang berinisial AB dilaporkan ke Bawaslu.";
	nt_cue_map map;
	nt_cues		c;

	nt_cue_map_build(&f->ctx, text, strlen(text), &map);
	assert_ptr_equal(map.text, text);

	c = cues_at(&map, text, "dilarang");
	assert_int_equal(c.normative, 1);
	assert_int_equal(c.incident, 0);
	assert_int_equal(c.denial, 0);
	assert_true(c.asn);

	c = cues_at(&map, text, "kedapatan");
	assert_int_equal(c.normative, 0);
	assert_int_equal(c.incident, 1);
	assert_int_equal(c.denial, 0);
	assert_true(c.asn);

	c = cues_at(&map, text, "membantah");
	assert_int_equal(c.normative, 0);
	assert_int_equal(c.incident, 0);
	assert_int_equal(c.denial, 2);
	assert_true(c.asn);

	c = cues_at(&map, text, "cuaca");
	assert_int_equal(c.normative + c.incident + c.denial, 0);
	assert_false(c.asn);

	/* two incident words, no ASN named */
	c = cues_at(&map, text, "Warga");
	assert_int_equal(c.incident, 2);
	assert_false(c.asn);

	/* the whole text */
	nt_count_cues(&map, 0, strlen(text), &c);
	assert_int_equal(c.normative, 1);
	assert_int_equal(c.incident, 3);
	assert_int_equal(c.denial, 2);
	assert_true(c.asn);
	assert_true(nt_cue_map_has_incident(&map));
	assert_true(nt_cue_map_has_asn(&map));
	assert_true(nt_cue_map_has_case(&map));
}

static void
cue_counted_where_it_ends(void **state)
{
	fixture    *f = *state;
	const char *text = "camat dilarang hadir";
	nt_cue_map map;
	nt_cues		c;

	nt_cue_map_build(&f->ctx, text, strlen(text), &map);
	/* "dilarang" is text[6, 14) */
	nt_count_cues(&map, 6, 14, &c);
	assert_int_equal(c.normative, 1);
	nt_count_cues(&map, 6, 13, &c);
	assert_int_equal(c.normative, 0);
	nt_count_cues(&map, 14, 20, &c);
	assert_int_equal(c.normative, 0);
	assert_false(c.asn);
	nt_count_cues(&map, 0, 5, &c);
	assert_true(c.asn);
	nt_count_cues(&map, 0, 0, &c);
	assert_false(c.asn);
}

static void
appeal_to_vote_is_not_a_rule(void **state)
{
	fixture    *f = *state;
	const char *vote = "Camat mengimbau warga memilih paslon nomor 2.";
	const char *rule = "Bupati mengimbau ASN menjaga netralitas.";
	const char *split = "Camat mengimbau warga. Memilih paslon itu hak warga.";
	nt_cue_map map;
	nt_cues		c;

	nt_cue_map_build(&f->ctx, vote, strlen(vote), &map);
	nt_count_cues(&map, 0, strlen(vote), &c);
	assert_int_equal(c.normative, 0);
	assert_int_equal(c.incident, 0);
	assert_true(c.asn);

	nt_cue_map_build(&f->ctx, rule, strlen(rule), &map);
	nt_count_cues(&map, 0, strlen(rule), &c);
	assert_int_equal(c.normative, 1);

	/* a vote word in the next sentence does not turn the appeal around */
	nt_cue_map_build(&f->ctx, split, strlen(split), &map);
	c = cues_at(&map, split, "mengimbau");
	assert_int_equal(c.normative, 1);

	/* nor one far after it */
	{
		const char *far = "Sekda menghimbau agar seluruh pegawai di lingkungan sekretariat daerah "
			"selalu hadir tepat waktu dan kemudian memilih pakaian rapi.";

		nt_cue_map_build(&f->ctx, far, strlen(far), &map);
		nt_count_cues(&map, 0, 20, &c);
		assert_int_equal(c.normative, 1);
	}
}

static void
document_flags(void **state)
{
	fixture    *f = *state;
	nt_cue_map map;
	const char *t;

	t = "ASN dilarang memasang baliho.";
	nt_cue_map_build(&f->ctx, t, strlen(t), &map);
	assert_false(nt_cue_map_has_incident(&map));
	assert_true(nt_cue_map_has_asn(&map));
	assert_false(nt_cue_map_has_case(&map));

	/* an incident word that is not a word of a case */
	t = "Baliho itu terlihat dari jalan.";
	nt_cue_map_build(&f->ctx, t, strlen(t), &map);
	assert_true(nt_cue_map_has_incident(&map));
	assert_false(nt_cue_map_has_case(&map));
	assert_false(nt_cue_map_has_asn(&map));

	t = "Kepala Dinas Pendidikan diteruskan ke KASN.";
	nt_cue_map_build(&f->ctx, t, strlen(t), &map);
	assert_true(nt_cue_map_has_incident(&map));
	assert_true(nt_cue_map_has_case(&map));
	assert_true(nt_cue_map_has_asn(&map));

	/* words, not parts of words */
	t = "Hasna dan Kasno berdiri.";
	nt_cue_map_build(&f->ctx, t, strlen(t), &map);
	assert_false(nt_cue_map_has_asn(&map));
	assert_int_equal(map.count, 0);
}

static void
empty_and_cueless_texts(void **state)
{
	fixture    *f = *state;
	nt_cue_map map;
	nt_cues		c;
	const char *t = "Hari ini cuaca cerah dan pasar ramai.";

	nt_cue_map_build(&f->ctx, "", 0, &map);
	assert_int_equal(map.count, 0);
	assert_int_equal(map.present, 0);
	nt_count_cues(&map, 0, 0, &c);
	assert_int_equal(c.incident + c.normative + c.denial, 0);
	assert_false(c.asn);

	nt_cue_map_build(&f->ctx, t, strlen(t), &map);
	assert_int_equal(map.count, 0);
	assert_false(nt_cue_map_has_incident(&map));
	assert_false(nt_cue_map_has_asn(&map));
	assert_false(nt_cue_map_has_case(&map));
	nt_count_cues(&map, 0, strlen(t), &c);
	assert_int_equal(c.incident + c.normative + c.denial, 0);
}

static void
cues_are_case_insensitive(void **state)
{
	fixture    *f = *state;
	const char *t = "SEORANG CAMAT KEDAPATAN MEMASANG BALIHO, DIA MEMBANTAH.";
	nt_cue_map map;
	nt_cues		c;

	nt_cue_map_build(&f->ctx, t, strlen(t), &map);
	nt_count_cues(&map, 0, strlen(t), &c);
	assert_int_equal(c.incident, 1);
	assert_int_equal(c.denial, 1);
	assert_true(c.asn);
}

/* "Pj." opening the text is an abbreviation too. */
static void
abbreviation_at_the_very_start(void **state)
{
	const char *text = "Pj. Bupati Kudus menghadiri apel.";
	size_t		s,
				e;

	(void) state;
	nt_sentence_span(text, strlen(text), 5, &s, &e);
	assert_int_equal(s, 0);
	assert_int_equal(e, strlen(text));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(negators_right_before_the_act),
		cmocka_unit_test(negators_a_few_words_back),
		cmocka_unit_test(plain_acts_are_not_negated),
		cmocka_unit_test(abbreviation_at_the_very_start),
		cmocka_unit_test(sentences_around_abbreviations),
		cmocka_unit_test(sentences_around_numbers_and_marks),
		cmocka_unit_test(sentence_span_is_bounded),
		cmocka_unit_test_setup_teardown(cues_per_sentence, setup, teardown),
		cmocka_unit_test_setup_teardown(cue_counted_where_it_ends, setup, teardown),
		cmocka_unit_test_setup_teardown(appeal_to_vote_is_not_a_rule, setup, teardown),
		cmocka_unit_test_setup_teardown(document_flags, setup, teardown),
		cmocka_unit_test_setup_teardown(empty_and_cueless_texts, setup, teardown),
		cmocka_unit_test_setup_teardown(cues_are_case_insensitive, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
