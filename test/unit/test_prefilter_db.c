/*
 * test_prefilter_db.c
 *	  The candidate pass: which patterns may match, and patterns that
 *	  Hyperscan refuses left out without taking the others with them.
 */
#include <setjmp.h>
#include <stdlib.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/prefilter_db.h"

static int	interrupt_checks;

static void
count_check(void *arg)
{
	(void) arg;
	interrupt_checks++;
}

static const nt_context ctx = {NULL, count_check, NULL};

static void
scan(const nt_prefilter_db *p, const char *text, bool *candidate)
{
	nt_prefilter_db_scan(p, &ctx, text, strlen(text), candidate);
}

/*
 * Texts above a megabyte go through as a stream of chunks: a match that
 * spans a chunk boundary, or ends the text, is still found, and the
 * interrupt check runs between chunks.
 */
static void
large_texts_stream_in_chunks(void **state)
{
	const char *patterns[] = {"politik\\s+uang", "akhir\\s+teks$", "tidak\\s+ada"};
	bool		left_out[3];
	bool		candidate[3];
	size_t		len = 5 * 1024 * 1024 + 17;
	size_t		boundary = 2 * 1024 * 1024;
	char	   *text = malloc(len);
	nt_prefilter_db p;
	int			round;

	(void) state;
	assert_non_null(text);
	memset(text, 'x', len);
	memcpy(text + boundary - 5, "politik uang", 12);	/* across the boundary */
	memcpy(text + len - 10, "akhir teks", 10);
	nt_prefilter_db_build(&p, patterns, 3, true, left_out);
	/* twice: the reused stream starts clean */
	for (round = 0; round < 2; round++)
	{
		interrupt_checks = 0;
		nt_prefilter_db_scan(&p, &ctx, text, len, candidate);
		assert_true(candidate[0]);
		assert_true(candidate[1]);
		assert_false(candidate[2]);
		assert_true(interrupt_checks >= 5);
	}
	/* a small text after a large one uses the block database */
	scan(&p, "tidak ada", candidate);
	assert_false(candidate[0] || candidate[1]);
	assert_true(candidate[2]);
	nt_prefilter_db_free(&p);
	free(text);
}

static void
finds_candidates_case_insensitively(void **state)
{
	const char *patterns[] = {"netral(itas)?", "politik\\s+uang", "medsos|media\\s+sosial"};
	bool		left_out[3];
	bool		candidate[3];
	nt_prefilter_db p;

	(void) state;
	nt_prefilter_db_build(&p, patterns, 3, true, left_out);
	assert_non_null(p.db);
	assert_false(left_out[0] || left_out[1] || left_out[2]);

	scan(&p, "Menolak POLITIK  UANG dan menjaga Netralitas.", candidate);
	assert_true(candidate[0]);
	assert_true(candidate[1]);
	assert_false(candidate[2]);

	/* every call starts from nothing */
	scan(&p, "Bijak bermedia sosial.", candidate);
	assert_false(candidate[0]);
	assert_false(candidate[1]);
	assert_true(candidate[2]);
	scan(&p, "", candidate);
	assert_false(candidate[0] || candidate[1] || candidate[2]);
	nt_prefilter_db_free(&p);
	assert_null(p.db);
}

static void
refused_patterns_are_left_out_alone(void **state)
{
	/* no prefilter form; a control verb and a conditional Hyperscan refuses */
	const char *patterns[] = {"netral", NULL, "(*ACCEPT)x|politik", "uang", "a(?(1)b|c)"};
	bool		left_out[5];
	bool		candidate[5];
	nt_prefilter_db p;

	(void) state;
	nt_prefilter_db_build(&p, patterns, 5, true, left_out);
	assert_non_null(p.db);
	assert_false(left_out[0]);
	assert_true(left_out[1]);
	assert_true(left_out[2]);
	assert_false(left_out[3]);
	assert_true(left_out[4]);

	scan(&p, "politik uang netral abc", candidate);
	assert_true(candidate[0]);
	assert_false(candidate[1]);
	assert_false(candidate[2]);
	assert_true(candidate[3]);
	assert_false(candidate[4]);
	nt_prefilter_db_free(&p);
}

static void
no_database_when_nothing_is_accepted(void **state)
{
	const char *patterns[] = {NULL, "(*ACCEPT)"};
	bool		left_out[2];
	bool		candidate[2] = {true, true};
	nt_prefilter_db p;

	(void) state;
	nt_prefilter_db_build(&p, patterns, 2, true, left_out);
	assert_null(p.db);
	assert_true(left_out[0] && left_out[1]);
	scan(&p, "anything", candidate);
	assert_false(candidate[0] || candidate[1]);
	nt_prefilter_db_free(&p);

	nt_prefilter_db_build(&p, patterns, 0, true, left_out);
	assert_null(p.db);
	nt_prefilter_db_free(&p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(finds_candidates_case_insensitively),
		cmocka_unit_test(refused_patterns_are_left_out_alone),
		cmocka_unit_test(no_database_when_nothing_is_accepted),
		cmocka_unit_test(large_texts_stream_in_chunks),
	};

	return cmocka_run_group_tests_name("prefilter_db", tests, NULL, NULL);
}
