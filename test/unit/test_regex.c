/*
 * test_regex.c
 *	  The PCRE2 wrapper: compile errors, case, groups, offsets and limits.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/regex.h"

/* The limits regex.c starts with; tests that change them put these back. */
#define DEFAULT_MATCH_LIMIT 10000000
#define DEFAULT_DEPTH_LIMIT 10000

static nt_regex *
must_compile(const char *pattern)
{
	char		err[256] = "";
	size_t		offset = 0;
	nt_regex   *re = nt_regex_compile(pattern, err, sizeof(err), &offset);

	if (re == NULL)
		fail_msg("'%s' failed at %zu: %s", pattern, offset, err);
	return re;
}

static nt_regex_status
find(const nt_regex *re, const char *s, size_t start, nt_match *m)
{
	return nt_regex_find(re, s, strlen(s), start, m);
}

static void
compile_errors_give_message_and_offset(void **state)
{
	static const struct
	{
		const char *pattern;
		const char *message;
		size_t		offset;
	}			cases[] = {
		{"foo(", "missing closing parenthesis", 4},
		/* characters, not bytes */
		{"\xC3\xA9\xC3\xA9(", "missing closing parenthesis", 3},
		{"abc)", "unmatched closing parenthesis", 3},
		{"[abc", "missing terminating ] for character class", 4},
		{"x{2,1}", "numbers out of order in {} quantifier", 5},
		{"ab\\", "\\ at end of pattern", 3},
		{"(?<n>a)(?<n>b)", "two named subpatterns have the same name (PCRE2_DUPNAMES not set)", 12},
		/* one byte of a character: a span could end inside it */
		{"apel\\C", "using \\C is disabled by the application", 6},
	};
	size_t		i;

	(void) state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		char		err[256] = "";
		size_t		offset = 9999;

		assert_null(nt_regex_compile(cases[i].pattern, err, sizeof(err), &offset));
		assert_string_equal(err, cases[i].message);
		assert_int_equal(offset, cases[i].offset);
		/* the case-sensitive variant reports the same */
		err[0] = '\0';
		offset = 9999;
		assert_null(nt_regex_compile_cs(cases[i].pattern, err, sizeof(err), &offset));
		assert_string_equal(err, cases[i].message);
		assert_int_equal(offset, cases[i].offset);
	}
}

static void
compile_error_without_buffers(void **state)
{
	char		err[256] = "";

	(void) state;
	/* errbuf and erroffset may be left out */
	assert_null(nt_regex_compile("foo(", NULL, 0, NULL));
	assert_null(nt_regex_compile("foo(", err, sizeof(err), NULL));
	assert_string_equal(err, "missing closing parenthesis");
	/* invalid UTF-8 in the pattern is refused, not matched */
	err[0] = '\0';
	assert_null(nt_regex_compile("ab\xff", err, sizeof(err), NULL));
	assert_non_null(strstr(err, "UTF-8 error"));
}

static void
error_message_for_codes(void **state)
{
	char		buf[128];

	(void) state;
	nt_regex_error_message(101, buf, sizeof(buf));
	assert_string_equal(buf, "\\ at end of pattern");
	nt_regex_error_message(-1, buf, sizeof(buf));
	assert_string_equal(buf, "no match");
	/* a code PCRE2 does not know still gives a message */
	nt_regex_error_message(99999, buf, sizeof(buf));
	assert_string_equal(buf, "PCRE2 error 99999");
}

static void
caseless_by_default(void **state)
{
	nt_regex   *re = must_compile("Baliho Calon");
	nt_match	m;

	(void) state;
	assert_int_equal(find(re, "memasang BALIHO CALON bupati", 0, &m), NT_REGEX_MATCH);
	assert_int_equal(m.start[0], 9);
	assert_int_equal(m.end[0], 21);
	assert_int_equal(find(re, "memasang baliho calon", 0, &m), NT_REGEX_MATCH);
	assert_int_equal(find(re, "memasang baliho  calon", 0, &m), NT_REGEX_NOMATCH);
	nt_regex_free(re);

	/* letters beyond ASCII fold too (UTF mode) */
	re = must_compile("ÉLAN");
	assert_int_equal(find(re, "kafé élan", 0, &m), NT_REGEX_MATCH);
	assert_int_equal(m.start[0], 6);
	assert_int_equal(m.end[0], 11);
	nt_regex_free(re);
}

static void
case_sensitive_variant(void **state)
{
	char		err[128];
	size_t		offset;
	nt_regex   *re = nt_regex_compile_cs("ASN", err, sizeof(err), &offset);
	nt_match	m;

	(void) state;
	assert_non_null(re);
	assert_int_equal(find(re, "seorang asn dan ASN", 0, &m), NT_REGEX_MATCH);
	assert_int_equal(m.start[0], 16);
	assert_int_equal(find(re, "seorang asn", 0, &m), NT_REGEX_NOMATCH);
	nt_regex_free(re);

	re = nt_regex_builtin_cs("\\bPj\\.");
	assert_int_equal(find(re, "pj. dan Pj. Bupati", 0, &m), NT_REGEX_MATCH);
	assert_int_equal(m.start[0], 8);
	nt_regex_free(re);
	re = nt_regex_builtin("\\bpj\\.");
	assert_int_equal(find(re, "PJ. Bupati", 0, &m), NT_REGEX_MATCH);
	assert_int_equal(m.start[0], 0);
	nt_regex_free(re);
}

static void
groups_and_unset_groups(void **state)
{
	nt_regex   *re = must_compile("(?:(a)|(b))(c)?");
	nt_match	m;
	int			g;

	(void) state;
	assert_int_equal(find(re, "xxb", 0, &m), NT_REGEX_MATCH);
	assert_int_equal(m.start[0], 2);
	assert_int_equal(m.end[0], 3);
	assert_false(NT_GROUP_SET(&m, 1));
	assert_true(m.start[1] == SIZE_MAX && m.end[1] == SIZE_MAX);
	assert_true(NT_GROUP_SET(&m, 2));
	assert_int_equal(m.start[2], 2);
	assert_int_equal(m.end[2], 3);
	assert_false(NT_GROUP_SET(&m, 3));
	for (g = 4; g < NT_REGEX_MAX_GROUPS; g++)
		assert_false(NT_GROUP_SET(&m, g));

	assert_int_equal(find(re, "ac", 0, &m), NT_REGEX_MATCH);
	assert_true(NT_GROUP_SET(&m, 1));
	assert_false(NT_GROUP_SET(&m, 2));
	assert_true(NT_GROUP_SET(&m, 3));
	assert_int_equal(m.start[3], 1);
	assert_int_equal(m.end[3], 2);
	/* the match may be left out */
	assert_int_equal(find(re, "ac", 0, NULL), NT_REGEX_MATCH);
	nt_regex_free(re);
}

static void
start_offset_walks_all_matches(void **state)
{
	nt_regex   *re = must_compile("\\bbaliho\\b");
	const char *s = "baliho, Baliho dan balihonya; BALIHO";
	size_t		expected[] = {0, 8, 30};
	size_t		pos = 0,
				n = 0;
	nt_match	m;

	(void) state;
	while (find(re, s, pos, &m) == NT_REGEX_MATCH)
	{
		assert_true(n < 3);
		assert_int_equal(m.start[0], expected[n]);
		assert_int_equal(m.end[0], expected[n] + 6);
		n++;
		pos = m.end[0];
	}
	assert_int_equal(n, 3);
	/* a start past the end never matches, one at the end may */
	assert_int_equal(nt_regex_find(re, s, strlen(s), strlen(s) + 1, &m), NT_REGEX_NOMATCH);
	nt_regex_free(re);

	re = must_compile("$");
	assert_int_equal(nt_regex_find(re, "abc", 3, 3, &m), NT_REGEX_MATCH);
	assert_int_equal(m.start[0], 3);
	assert_int_equal(m.end[0], 3);
	assert_int_equal(nt_regex_find(re, "abc", 3, 4, &m), NT_REGEX_NOMATCH);
	nt_regex_free(re);
}

static void
length_bounds_the_subject(void **state)
{
	nt_regex   *re = must_compile("kampanye");
	nt_match	m;

	(void) state;
	/* only the first len bytes are the subject */
	assert_int_equal(nt_regex_find(re, "ikut kampanye", 8, 0, &m), NT_REGEX_NOMATCH);
	assert_int_equal(nt_regex_find(re, "ikut kampanye", 13, 0, &m), NT_REGEX_MATCH);
	nt_regex_free(re);
}

static void
utf8_subjects_in_bytes(void **state)
{
	nt_regex   *re = must_compile("k.p");
	nt_match	m;

	(void) state;
	/* "." is one character, spans are bytes */
	assert_int_equal(find(re, "sebuah kép", 0, &m), NT_REGEX_MATCH);
	assert_int_equal(m.start[0], 7);
	assert_int_equal(m.end[0], 11);
	nt_regex_free(re);

	re = must_compile("\\p{L}+");
	assert_int_equal(find(re, "“Ğüzel”", 0, &m), NT_REGEX_MATCH);
	assert_int_equal(m.start[0], 3);
	assert_int_equal(m.end[0], 10);
	nt_regex_free(re);
}

static void
match_limit_stops_backtracking(void **state)
{
	/* exponential backtracking on a run of a's with no way to match */
	nt_regex   *re = must_compile("(a+)+$");
	char		subject[64];
	nt_match	m;

	(void) state;
	memset(subject, 'a', 40);
	subject[40] = 'b';
	subject[41] = '\0';
	nt_regex_set_limits(10000, 100);
	assert_int_equal(find(re, subject, 0, &m), NT_REGEX_LIMIT);
	/* a small subject still matches under the same limits */
	assert_int_equal(find(re, "aaa", 0, &m), NT_REGEX_MATCH);
	assert_int_equal(m.end[0], 3);
	assert_int_equal(find(re, "aab", 0, &m), NT_REGEX_NOMATCH);
	/* the default limit also stops it */
	nt_regex_set_limits(DEFAULT_MATCH_LIMIT, DEFAULT_DEPTH_LIMIT);
	assert_int_equal(find(re, subject, 0, &m), NT_REGEX_LIMIT);
	nt_regex_free(re);
}

static void
raised_limit_lets_work_finish(void **state)
{
	nt_regex   *re = must_compile("(a+)+$");
	char		subject[32];
	nt_match	m;

	(void) state;
	/* 14 a's: some thousands of steps, within the default but not 100 */
	memset(subject, 'a', 14);
	subject[14] = 'b';
	subject[15] = '\0';
	nt_regex_set_limits(100, 100);
	assert_int_equal(find(re, subject, 0, &m), NT_REGEX_LIMIT);
	nt_regex_set_limits(DEFAULT_MATCH_LIMIT, DEFAULT_DEPTH_LIMIT);
	assert_int_equal(find(re, subject, 0, &m), NT_REGEX_NOMATCH);
	nt_regex_free(re);
}

static void
empty_pattern_and_free_null(void **state)
{
	nt_regex   *re = must_compile("");
	nt_match	m;

	(void) state;
	assert_int_equal(nt_regex_find(re, "abc", 3, 2, &m), NT_REGEX_MATCH);
	assert_int_equal(m.start[0], 2);
	assert_int_equal(m.end[0], 2);
	assert_int_equal(nt_regex_find(re, "", 0, 0, &m), NT_REGEX_MATCH);
	nt_regex_free(re);
	nt_regex_free(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(compile_errors_give_message_and_offset),
		cmocka_unit_test(compile_error_without_buffers),
		cmocka_unit_test(error_message_for_codes),
		cmocka_unit_test(caseless_by_default),
		cmocka_unit_test(case_sensitive_variant),
		cmocka_unit_test(groups_and_unset_groups),
		cmocka_unit_test(start_offset_walks_all_matches),
		cmocka_unit_test(length_bounds_the_subject),
		cmocka_unit_test(utf8_subjects_in_bytes),
		cmocka_unit_test(match_limit_stops_backtracking),
		cmocka_unit_test(raised_limit_lets_work_finish),
		cmocka_unit_test(empty_pattern_and_free_null),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
