/*
 * test_stems.c
 *	  The stem view: Snowball stems, punctuation tokens and the mapping of
 *	  every byte of the view back to its word in the source.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/stems.h"

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

static nt_stem_view
view_of(void **state, const char *text)
{
	fixture    *f = *state;
	nt_stem_view v;

	memset(&v, 0, sizeof(v));
	nt_stem_view_build(&f->ctx, text, strlen(text), &v);
	assert_non_null(v.text);
	assert_int_equal(strlen(v.text), v.len);
	return v;
}

/* The source word behind the view byte at "at", as a string. */
static void
assert_source(const nt_stem_view *v, const char *text, size_t at, const char *expected)
{
	size_t		s = v->source[at],
				e = v->source_end[at];

	assert_true(s <= e);
	assert_int_equal(e - s, strlen(expected));
	assert_memory_equal(text + s, expected, e - s);
}

static void
affixes_share_a_stem(void **state)
{
	static const char *const words[] = {
		"memasang", "dipasang", "pemasangan", "pasang", "Memasang", "DIPASANG"
	};
	size_t		i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
	{
		nt_stem_view v = view_of(state, words[i]);

		assert_string_equal(v.text, "pasang");
	}
	assert_string_equal(view_of(state, "pertemuan").text, "temu");
	assert_string_equal(view_of(state, "Kepala Dinas Pendidikan memasang spanduk").text,
						"pala dinas didik pasang spanduk");
}

static void
punctuation_is_a_token(void **state)
{
	const char *text = "Memasang baliho, lalu pergi.";
	nt_stem_view v = view_of(state, text);

	assert_string_equal(v.text, "pasang baliho , lalu pergi .");
	/* the comma and the full stop map to themselves */
	assert_source(&v, text, 14, ",");
	assert_source(&v, text, 27, ".");
	assert_string_equal(view_of(state, "Hadir? Ya! Tidak; ya: baik").text,
						"hadir ? ya ! tidak ; ya : baik");
	/* other signs only separate words */
	assert_string_equal(view_of(state, "(baliho) \"spanduk\" - poster/stiker").text,
						"baliho spanduk poster stiker");
}

static void
dots_inside_words_are_not_tokens(void **state)
{
	const char *text = "S.E. melapor 1.250 orang";
	nt_stem_view v = view_of(state, text);

	/* "S.E." and "1.250" keep no inner dot; the one after "E" ends nothing */
	assert_string_equal(v.text, "s e . lapor 1 250 orang");
	assert_source(&v, text, 0, "S");
	assert_source(&v, text, 2, "E");
	assert_source(&v, text, 4, ".");
	assert_source(&v, text, 12, "1");
	assert_source(&v, text, 14, "250");
}

static void
source_mapping_covers_every_byte(void **state)
{
	const char *text = "  Camat   dipasang\tbaliho,\n kemarin.";
	nt_stem_view v = view_of(state, text);
	size_t		i;

	/* (Snowball takes "ke-" off "kemarin" too) */
	assert_string_equal(v.text, "camat pasang baliho , marin .");
	assert_source(&v, text, 0, "Camat");
	assert_source(&v, text, 4, "Camat");
	assert_source(&v, text, 6, "dipasang");
	assert_source(&v, text, 11, "dipasang");
	assert_source(&v, text, 13, "baliho");
	assert_source(&v, text, 20, ",");
	assert_source(&v, text, 22, "kemarin");
	assert_source(&v, text, 28, ".");
	/* the separator maps to the word that follows it */
	assert_source(&v, text, 5, "dipasang");
	/* mapping is monotonic and inside the text */
	for (i = 0; i < v.len; i++)
	{
		assert_true(v.source[i] < v.source_end[i]);
		assert_true(v.source_end[i] <= strlen(text));
		if (i > 0)
			assert_true(v.source[i] >= v.source[i - 1]);
	}
	/* one slot past the end maps to the end of the source */
	assert_int_equal(v.source[v.len], strlen(text));
	assert_int_equal(v.source_end[v.len], strlen(text));
}

static void
multibyte_letters_map_back(void **state)
{
	const char *text = "Kafé élan memasang baliho";
	nt_stem_view v = view_of(state, text);

	/* letters of other scripts stay inside their word, unchanged */
	assert_string_equal(v.text, "kafé élan pasang baliho");
	assert_source(&v, text, 0, "Kafé");
	assert_source(&v, text, 4, "Kafé");
	assert_source(&v, text, 6, "élan");
	assert_source(&v, text, 12, "memasang");
	assert_source(&v, text, 19, "baliho");
	assert_int_equal(v.source[12], 12);
	assert_int_equal(v.source_end[12], 20);
}

static void
other_scripts(void **state)
{
	const char *text = "пётр, 北京 memasang";
	nt_stem_view v = view_of(state, text);

	assert_string_equal(v.text, "пётр , 北京 pasang");
	assert_source(&v, text, 0, "пётр");
	assert_source(&v, text, 9, ",");
	assert_source(&v, text, 11, "北京");
	assert_source(&v, text, 18, "memasang");
}

static void
very_long_words(void **state)
{
	fixture    *f = *state;
	size_t		n = 5000;
	char	   *text = malloc(n + 20);
	nt_stem_view v;
	size_t		i;

	assert_non_null(text);
	memset(text, 'a', n);
	strcpy(text + n, " memasang");
	nt_stem_view_build(&f->ctx, text, strlen(text), &v);
	/* the long word is cut in the view, not in the mapping */
	assert_true(v.len > 7);
	assert_string_equal(v.text + v.len - 7, " pasang");
	for (i = 0; i < v.len - 7; i++)
	{
		assert_int_equal(v.text[i], 'a');
		assert_int_equal(v.source[i], 0);
		assert_int_equal(v.source_end[i], n);
	}
	assert_int_equal(v.source[v.len - 6], n + 1);
	assert_int_equal(v.source_end[v.len - 6], n + 9);
	free(text);
}

static void
long_multibyte_word_is_cut_between_characters(void **state)
{
	fixture    *f = *state;
	char		text[512] = "";
	nt_stem_view v;
	size_t		i;
	int			k;

	for (k = 0; k < 100; k++)
		strcat(text, "é");
	strcat(text, " baliho");
	nt_stem_view_build(&f->ctx, text, strlen(text), &v);
	/* only whole characters: an even number of bytes, all "é" */
	assert_true(v.len > 7);
	assert_string_equal(v.text + v.len - 7, " baliho");
	assert_int_equal((v.len - 7) % 2, 0);
	for (i = 0; i + 1 < v.len - 7; i += 2)
		assert_memory_equal(v.text + i, "é", 2);
	assert_int_equal(v.source[0], 0);
	assert_int_equal(v.source_end[0], 200);
	assert_int_equal(v.source[v.len - 6], 201);
}

static void
long_text_grows_the_view(void **state)
{
	fixture    *f = *state;
	size_t		reps = 20000;
	const char *piece = "Dipasang, ";
	char	   *text = malloc(reps * strlen(piece) + 1);
	nt_stem_view v;
	size_t		i;

	assert_non_null(text);
	text[0] = '\0';
	for (i = 0; i < reps; i++)
		memcpy(text + i * strlen(piece), piece, strlen(piece) + 1);
	nt_stem_view_build(&f->ctx, text, strlen(text), &v);
	/* "pasang , " per piece, minus the trailing space */
	assert_int_equal(v.len, reps * 9 - 1);
	for (i = 0; i < reps; i++)
	{
		assert_memory_equal(v.text + i * 9, "pasang ,", 8);
		assert_int_equal(v.source[i * 9], i * 10);
		assert_int_equal(v.source_end[i * 9], i * 10 + 8);
		assert_int_equal(v.source[i * 9 + 7], i * 10 + 8);
	}
	free(text);
}

static void
empty_and_wordless_texts(void **state)
{
	fixture    *f = *state;
	nt_stem_view v;

	nt_stem_view_build(&f->ctx, "", 0, &v);
	assert_int_equal(v.len, 0);
	assert_string_equal(v.text, "");
	assert_int_equal(v.source[0], 0);
	assert_int_equal(v.source_end[0], 0);

	v = view_of(state, "   \n\t - () ");
	assert_int_equal(v.len, 0);
	assert_int_equal(v.source[0], 11);

	v = view_of(state, " ... !");
	assert_string_equal(v.text, ". . . !");
}

static void
same_view_on_repeat(void **state)
{
	const char *text = "Pemasangan spanduk oleh pegawai yang memasang spanduk";
	nt_stem_view a = view_of(state, text);
	nt_stem_view b = view_of(state, text);

	/* cached stems give the same view as the stemmer did */
	assert_string_equal(a.text, b.text);
	assert_string_equal(a.text, "pasang spanduk oleh gawa yang pasang spanduk");
	assert_memory_equal(a.source, b.source, a.len * sizeof(uint32_t));
	assert_memory_equal(a.source_end, b.source_end, a.len * sizeof(uint32_t));
}

static int	interrupt_calls;

static void
count_interrupts(void *arg)
{
	assert_ptr_equal(arg, &interrupt_calls);
	interrupt_calls++;
}

static void
checks_for_interrupts_on_long_texts(void **state)
{
	fixture    *f = *state;
	nt_context	ctx = {&f->arena, count_interrupts, &interrupt_calls};
	size_t		n = 300000;
	char	   *text = malloc(n + 1);
	nt_stem_view v;
	size_t		i;

	assert_non_null(text);
	for (i = 0; i < n; i++)
		text[i] = (i % 8 == 7) ? ' ' : 'k';
	text[n] = '\0';
	interrupt_calls = 0;
	nt_stem_view_build(&ctx, text, n, &v);
	assert_true(interrupt_calls >= 1);
	assert_true(v.len > 0);
	free(text);
}

/* Curly quotes, dashes and no-break spaces separate words whole. */
static void
punctuation_outside_ascii_separates_whole(void **state)
{
	const char *text = "\xE2\x80\x9C" "Camat" "\xE2\x80\x9D \xE2\x80\x94 ikut\xC2\xA0kampanye";
	nt_stem_view v = view_of(state, text);

	assert_string_equal(v.text, "camat ikut kampanye");
	assert_int_equal(v.source[0], 3);
	assert_source(&v, text, 0, "Camat");
	assert_source(&v, text, 6, "ikut");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(affixes_share_a_stem, setup, teardown),
		cmocka_unit_test_setup_teardown(punctuation_outside_ascii_separates_whole, setup, teardown),
		cmocka_unit_test_setup_teardown(punctuation_is_a_token, setup, teardown),
		cmocka_unit_test_setup_teardown(dots_inside_words_are_not_tokens, setup, teardown),
		cmocka_unit_test_setup_teardown(source_mapping_covers_every_byte, setup, teardown),
		cmocka_unit_test_setup_teardown(multibyte_letters_map_back, setup, teardown),
		cmocka_unit_test_setup_teardown(other_scripts, setup, teardown),
		cmocka_unit_test_setup_teardown(very_long_words, setup, teardown),
		cmocka_unit_test_setup_teardown(long_multibyte_word_is_cut_between_characters, setup, teardown),
		cmocka_unit_test_setup_teardown(long_text_grows_the_view, setup, teardown),
		cmocka_unit_test_setup_teardown(empty_and_wordless_texts, setup, teardown),
		cmocka_unit_test_setup_teardown(same_view_on_repeat, setup, teardown),
		cmocka_unit_test_setup_teardown(checks_for_interrupts_on_long_texts, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
