/*
 * test_utf8.c
 *	  UTF-8 helpers: sequence lengths, decoding, validation, sanitising,
 *	  character counts and byte-to-character offsets.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/utf8.h"

#define U8(s) ((const unsigned char *) (s))

static nt_arena arena;

static int
setup(void **state)
{
	(void) state;
	nt_arena_init(&arena, &nt_malloc_allocator);
	return 0;
}

static int
teardown(void **state)
{
	(void) state;
	nt_arena_free_all(&arena);
	return 0;
}

/* Sanitise a byte string given with its length. */
static char *
sanitize(const char *s, size_t len, size_t *out_len)
{
	return nt_utf8_sanitize(&arena, s, len, out_len);
}

static void
sequence_lengths_of_valid_characters(void **state)
{
	(void) state;
	assert_int_equal(nt_utf8_seq_len(U8("A"), 1), 1);
	/* "é" U+00E9, "–" U+2013 (the dateline dash), an emoji U+1F600 */
	assert_int_equal(nt_utf8_seq_len(U8("\xC3\xA9"), 2), 2);
	assert_int_equal(nt_utf8_seq_len(U8("\xE2\x80\x93"), 3), 3);
	assert_int_equal(nt_utf8_seq_len(U8("\xF0\x9F\x98\x80"), 4), 4);
	/* the limits of each form */
	assert_int_equal(nt_utf8_seq_len(U8("\xC2\x80"), 2), 2);	/* U+0080 */
	assert_int_equal(nt_utf8_seq_len(U8("\xE0\xA0\x80"), 3), 3);	/* U+0800 */
	assert_int_equal(nt_utf8_seq_len(U8("\xED\x9F\xBF"), 3), 3);	/* U+D7FF */
	assert_int_equal(nt_utf8_seq_len(U8("\xEE\x80\x80"), 3), 3);	/* U+E000 */
	assert_int_equal(nt_utf8_seq_len(U8("\xF0\x90\x80\x80"), 4), 4);	/* U+10000 */
	assert_int_equal(nt_utf8_seq_len(U8("\xF4\x8F\xBF\xBF"), 4), 4);	/* U+10FFFF */
	/* bytes after the sequence do not matter */
	assert_int_equal(nt_utf8_seq_len(U8("\xC3\xA9xyz"), 5), 2);
}

static void
rejects_overlong_and_out_of_range(void **state)
{
	(void) state;
	/* overlong "/" in two, three and four bytes */
	assert_int_equal(nt_utf8_seq_len(U8("\xC0\xAF"), 2), 0);
	assert_int_equal(nt_utf8_seq_len(U8("\xC1\xBF"), 2), 0);
	assert_int_equal(nt_utf8_seq_len(U8("\xE0\x80\xAF"), 3), 0);
	assert_int_equal(nt_utf8_seq_len(U8("\xE0\x9F\xBF"), 3), 0);
	assert_int_equal(nt_utf8_seq_len(U8("\xF0\x80\x80\xAF"), 4), 0);
	assert_int_equal(nt_utf8_seq_len(U8("\xF0\x8F\xBF\xBF"), 4), 0);
	/* UTF-16 surrogates U+D800 and U+DFFF */
	assert_int_equal(nt_utf8_seq_len(U8("\xED\xA0\x80"), 3), 0);
	assert_int_equal(nt_utf8_seq_len(U8("\xED\xBF\xBF"), 3), 0);
	/* above U+10FFFF, and lead bytes that never occur */
	assert_int_equal(nt_utf8_seq_len(U8("\xF4\x90\x80\x80"), 4), 0);
	assert_int_equal(nt_utf8_seq_len(U8("\xF5\x80\x80\x80"), 4), 0);
	assert_int_equal(nt_utf8_seq_len(U8("\xFF"), 1), 0);
	assert_int_equal(nt_utf8_seq_len(U8("\xFE"), 1), 0);
	/* a continuation byte on its own */
	assert_int_equal(nt_utf8_seq_len(U8("\x80"), 1), 0);
	assert_int_equal(nt_utf8_seq_len(U8("\xBF"), 1), 0);
	/* a lead byte followed by a non-continuation byte */
	assert_int_equal(nt_utf8_seq_len(U8("\xC3" "A"), 2), 0);
	assert_int_equal(nt_utf8_seq_len(U8("\xE2\x80" "A"), 3), 0);
	assert_int_equal(nt_utf8_seq_len(U8("\xF0\x9F\x98" "A"), 4), 0);
}

static void
rejects_truncated_sequences(void **state)
{
	(void) state;
	/* the bytes are there, but "left" says the text ends before them */
	assert_int_equal(nt_utf8_seq_len(U8("\xC3\xA9"), 1), 0);
	assert_int_equal(nt_utf8_seq_len(U8("\xE2\x80\x93"), 2), 0);
	assert_int_equal(nt_utf8_seq_len(U8("\xE2\x80\x93"), 1), 0);
	assert_int_equal(nt_utf8_seq_len(U8("\xF0\x9F\x98\x80"), 3), 0);
	assert_false(nt_utf8_is_valid("Jakarta \xE2\x80", 10));
	assert_false(nt_utf8_is_valid("caf\xC3", 4));
	assert_false(nt_utf8_is_valid("\xF0\x9F\x98", 3));
	/* the same text with the sequence complete */
	assert_true(nt_utf8_is_valid("Jakarta \xE2\x80\x93", 11));
}

static void
decodes_code_points(void **state)
{
	int			len = -1;

	(void) state;
	assert_int_equal(nt_utf8_decode(U8("K"), 1, &len), 0x4B);
	assert_int_equal(len, 1);
	assert_int_equal(nt_utf8_decode(U8("\xC3\xA9"), 2, &len), 0xE9);
	assert_int_equal(len, 2);
	assert_int_equal(nt_utf8_decode(U8("\xE2\x80\x93"), 3, &len), 0x2013);
	assert_int_equal(len, 3);
	assert_int_equal(nt_utf8_decode(U8("\xF0\x9F\x98\x80"), 4, &len), 0x1F600);
	assert_int_equal(len, 4);
	assert_int_equal(nt_utf8_decode(U8("\xF4\x8F\xBF\xBF"), 4, &len), 0x10FFFF);
	assert_int_equal(len, 4);
	/* invalid input: U+FFFD and a step of one byte, so callers advance */
	assert_int_equal(nt_utf8_decode(U8("\xFF" "A"), 2, &len), 0xFFFD);
	assert_int_equal(len, 1);
	assert_int_equal(nt_utf8_decode(U8("\xC0\xAF"), 2, &len), 0xFFFD);
	assert_int_equal(len, 1);
	assert_int_equal(nt_utf8_decode(U8("\xE2\x80"), 2, &len), 0xFFFD);
	assert_int_equal(len, 1);
}

static void
validates_whole_texts(void **state)
{
	const char *ok = "Pj. Wali Kota Tanjungpinang \xE2\x80\x93 caf\xC3\xA9 \xF0\x9F\x98\x80";

	(void) state;
	assert_true(nt_utf8_is_valid("", 0));
	assert_true(nt_utf8_is_valid("Bupati Bengkayang", 17));
	assert_true(nt_utf8_is_valid(ok, strlen(ok)));
	/* one bad byte anywhere makes the text invalid */
	assert_false(nt_utf8_is_valid("Bupati\xA0" "Bengkayang", 17));
	assert_false(nt_utf8_is_valid("\xFF" "Bupati", 7));
	assert_false(nt_utf8_is_valid("Kota \xC0\xAF", 7));
	assert_false(nt_utf8_is_valid("\xED\xA0\x80", 3));
	/* Windows-1252 text: "é" as a single byte */
	assert_false(nt_utf8_is_valid("caf\xE9 Malang", 11));
}

static void
nul_bytes_are_invalid_and_dropped(void **state)
{
	const char	text[] = "Pemko\0 Tanjungbalai";	/* 19 bytes, NUL at 5 */
	size_t		n = 0;
	char	   *s;

	(void) state;
	assert_false(nt_utf8_is_valid(text, sizeof(text) - 1));
	assert_false(nt_utf8_is_valid("\0", 1));
	/* a length that stops before the NUL is fine */
	assert_true(nt_utf8_is_valid(text, 5));

	s = sanitize(text, sizeof(text) - 1, &n);
	assert_int_equal(n, 18);
	assert_string_equal(s, "Pemko Tanjungbalai");
	assert_true(nt_utf8_is_valid(s, n));

	s = sanitize("\0\0\0", 3, &n);
	assert_int_equal(n, 0);
	assert_string_equal(s, "");
}

static void
sanitize_replaces_each_bad_byte(void **state)
{
	size_t		n = 0;
	char	   *s;

	(void) state;
	/* a stray byte */
	s = sanitize("Kota\xFFMalang", 11, &n);
	assert_int_equal(n, 13);
	assert_string_equal(s, "Kota\xEF\xBF\xBDMalang");

	/* Windows-1252 "é" */
	s = sanitize("caf\xE9", 4, &n);
	assert_int_equal(n, 6);
	assert_string_equal(s, "caf\xEF\xBF\xBD");

	/* an overlong pair: both bytes are bad */
	s = sanitize("a\xC0\xAF" "b", 4, &n);
	assert_int_equal(n, 8);
	assert_string_equal(s, "a\xEF\xBF\xBD\xEF\xBF\xBD" "b");

	/* a surrogate: three bad bytes */
	s = sanitize("\xED\xA0\x80", 3, &n);
	assert_int_equal(n, 9);
	assert_string_equal(s, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");

	/* a lone continuation byte between valid characters */
	s = sanitize("\xC3\xA9\x80\xC3\xA9", 5, &n);
	assert_int_equal(n, 7);
	assert_string_equal(s, "\xC3\xA9\xEF\xBF\xBD\xC3\xA9");
}

/* White space of every kind, and nothing else, is blank. */
static void
blank_text(void **state)
{
	(void) state;
	assert_true(nt_utf8_is_blank("", 0));
	assert_true(nt_utf8_is_blank(" \t\r\n\f\v", 6));
	/* no-break, em, narrow no-break and ideographic spaces, zero-width space, BOM, line separator */
	assert_true(nt_utf8_is_blank("\xC2\xA0\xE2\x80\x83\xE2\x80\xAF\xE3\x80\x80\xE2\x80\x8B\xEF\xBB\xBF\xE2\x80\xA8", 20));
	assert_false(nt_utf8_is_blank("  x  ", 5));
	assert_false(nt_utf8_is_blank("\xC2\xA0\xC3\xA9", 4));
	/* a cut sequence is not white space */
	assert_false(nt_utf8_is_blank("\xE2\x80", 2));
}

/* Offsets in the sanitised text lead back to the same character in the input. */
static void
raw_offsets_of_sanitised_positions(void **state)
{
	const char	raw[] = "Kota\xFF\xFEMalang \xC3\xA9 akhir\xE2\x80";
	size_t		raw_len = sizeof(raw) - 1;
	size_t		n = 0;
	char	   *s;

	(void) state;
	s = sanitize(raw, raw_len, &n);
	/* "Kota" before the bad bytes, "Malang" after two replacements */
	assert_int_equal(nt_utf8_raw_offset(raw, raw_len, 0), 0);
	assert_int_equal(nt_utf8_raw_offset(raw, raw_len, 4), 4);
	assert_int_equal(strstr(s, "Malang") - s, 10);
	assert_int_equal(nt_utf8_raw_offset(raw, raw_len, 10), 6);
	/* a valid two-byte character counts the same on both sides */
	assert_int_equal(nt_utf8_raw_offset(raw, raw_len, (size_t) (strstr(s, "akhir") - s)),
					 (size_t) (strstr(raw + 6, "akhir") - raw));
	/* the end maps to the end, and past it stays there */
	assert_int_equal(nt_utf8_raw_offset(raw, raw_len, n), raw_len);
	assert_int_equal(nt_utf8_raw_offset(raw, raw_len, n + 10), raw_len);
	/* valid input: the identity */
	assert_int_equal(nt_utf8_raw_offset("caf\xC3\xA9 x", 7, 6), 6);
}

static void
sanitize_truncated_sequence_at_end(void **state)
{
	size_t		n = 0;
	char	   *s;

	(void) state;
	/* "–" cut after two of its three bytes: each byte left is replaced */
	s = sanitize("SAMPIT \xE2\x80", 9, &n);
	assert_int_equal(n, 13);
	assert_string_equal(s, "SAMPIT \xEF\xBF\xBD\xEF\xBF\xBD");
	assert_true(nt_utf8_is_valid(s, n));

	/* a four-byte sequence cut short in the middle of the text */
	s = sanitize("a\xF0\x9F\x98" "b", 5, &n);
	assert_int_equal(n, 11);
	assert_string_equal(s, "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "b");
}

static void
sanitize_keeps_valid_text(void **state)
{
	const char *text = "SIMPANG EMPAT (Talamaupos.com) \xE2\x80\x93 Sekitar 750 ASN "
		"\xE2\x80\x9C" "netral" "\xE2\x80\x9D \xF0\x9F\x98\x80";
	size_t		n = 0;
	char	   *s;

	(void) state;
	s = sanitize(text, strlen(text), &n);
	assert_int_equal(n, strlen(text));
	assert_string_equal(s, text);
	/* the copy is a new string */
	assert_ptr_not_equal(s, text);

	s = sanitize("", 0, &n);
	assert_int_equal(n, 0);
	assert_string_equal(s, "");
}

static void
sanitize_worst_case_growth(void **state)
{
	/* every byte bad: the output is three times as long, and valid */
	char		bad[300];
	size_t		n = 0,
				i;
	char	   *s;

	(void) state;
	memset(bad, 0xFF, sizeof(bad));
	s = sanitize(bad, sizeof(bad), &n);
	assert_int_equal(n, 3 * sizeof(bad));
	for (i = 0; i < sizeof(bad); i++)
		assert_memory_equal(s + 3 * i, "\xEF\xBF\xBD", 3);
	assert_int_equal(s[n], '\0');
	assert_true(nt_utf8_is_valid(s, n));
	assert_int_equal(nt_utf8_count(s, n), sizeof(bad));
}

static void
counts_characters_not_bytes(void **state)
{
	const char *s = "Caf\xC3\xA9 \xE2\x80\x93 \xF0\x9F\x98\x80!";

	(void) state;
	assert_int_equal(nt_utf8_count("", 0), 0);
	assert_int_equal(nt_utf8_count("Tarakan", 7), 7);
	/* C a f é space – space emoji ! */
	assert_int_equal(strlen(s), 15);
	assert_int_equal(nt_utf8_count(s, strlen(s)), 9);
	/* a prefix that ends inside "é" counts its lead byte */
	assert_int_equal(nt_utf8_count(s, 4), 4);
	assert_int_equal(nt_utf8_count(s, 5), 4);
}

static void
charmap_offsets_on_short_text(void **state)
{
	const char *s = "BEKASI \xE2\x80\x93 Caf\xC3\xA9";	/* 16 bytes */
	nt_charmap	map;

	(void) state;
	nt_charmap_init(&map, &arena, s, strlen(s));
	assert_int_equal(nt_charmap_chars(&map, 0), 0);
	assert_int_equal(nt_charmap_chars(&map, 7), 7);	/* before the dash */
	assert_int_equal(nt_charmap_chars(&map, 10), 8);	/* after the dash */
	assert_int_equal(nt_charmap_chars(&map, 11), 9);	/* after the space */
	assert_int_equal(nt_charmap_chars(&map, 16), 13);	/* the end */
	/* offsets past the end are clamped */
	assert_int_equal(nt_charmap_chars(&map, 1000), 13);
}

static void
charmap_offsets_across_checkpoints(void **state)
{
	/*
	 * 1000 repetitions of "a–é" (6 bytes, 3 characters): many 256-byte
	 * checkpoints, some of which fall inside a multi-byte character.
	 */
	const char *unit = "a\xE2\x80\x93\xC3\xA9";
	size_t		reps = 1000,
				len = reps * 6,
				off;
	char	   *text = malloc(len + 1);
	nt_charmap	map;

	(void) state;
	assert_non_null(text);
	for (off = 0; off < reps; off++)
		memcpy(text + off * 6, unit, 6);
	text[len] = '\0';
	nt_charmap_init(&map, &arena, text, len);
	for (off = 0; off <= len; off++)
		assert_int_equal(nt_charmap_chars(&map, off), nt_utf8_count(text, off));
	/* character boundaries: every unit adds three characters */
	assert_int_equal(nt_charmap_chars(&map, 6), 3);
	assert_int_equal(nt_charmap_chars(&map, 600), 300);
	assert_int_equal(nt_charmap_chars(&map, len), 3 * reps);
	assert_int_equal(nt_charmap_chars(&map, len + 12345), 3 * reps);
	free(text);
}

static void
charmap_of_empty_text(void **state)
{
	nt_charmap	map;

	(void) state;
	nt_charmap_init(&map, &arena, "", 0);
	assert_int_equal(nt_charmap_chars(&map, 0), 0);
	assert_int_equal(nt_charmap_chars(&map, 5), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(sequence_lengths_of_valid_characters, setup, teardown),
		cmocka_unit_test_setup_teardown(raw_offsets_of_sanitised_positions, setup, teardown),
		cmocka_unit_test_setup_teardown(blank_text, setup, teardown),
		cmocka_unit_test_setup_teardown(rejects_overlong_and_out_of_range, setup, teardown),
		cmocka_unit_test_setup_teardown(rejects_truncated_sequences, setup, teardown),
		cmocka_unit_test_setup_teardown(decodes_code_points, setup, teardown),
		cmocka_unit_test_setup_teardown(validates_whole_texts, setup, teardown),
		cmocka_unit_test_setup_teardown(nul_bytes_are_invalid_and_dropped, setup, teardown),
		cmocka_unit_test_setup_teardown(sanitize_replaces_each_bad_byte, setup, teardown),
		cmocka_unit_test_setup_teardown(sanitize_truncated_sequence_at_end, setup, teardown),
		cmocka_unit_test_setup_teardown(sanitize_keeps_valid_text, setup, teardown),
		cmocka_unit_test_setup_teardown(sanitize_worst_case_growth, setup, teardown),
		cmocka_unit_test_setup_teardown(counts_characters_not_bytes, setup, teardown),
		cmocka_unit_test_setup_teardown(charmap_offsets_on_short_text, setup, teardown),
		cmocka_unit_test_setup_teardown(charmap_offsets_across_checkpoints, setup, teardown),
		cmocka_unit_test_setup_teardown(charmap_of_empty_text, setup, teardown),
	};

	return cmocka_run_group_tests_name("utf8", tests, NULL, NULL);
}
