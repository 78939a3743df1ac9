/*
 * test_prefilter_db.c
 *	  The candidate pass: which patterns may match, and patterns that
 *	  Hyperscan refuses left out without taking the others with them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/prefilter_db.h"

static void
scan(const nt_prefilter_db *p, const char *text, bool *candidate)
{
	nt_prefilter_db_scan(p, text, strlen(text), candidate);
}

static void
finds_candidates_case_insensitively(void **state)
{
	const char *patterns[] = {"netral(itas)?", "politik\\s+uang", "medsos|media\\s+sosial"};
	bool		left_out[3];
	bool		candidate[3];
	nt_prefilter_db p;

	(void) state;
	nt_prefilter_db_build(&p, patterns, 3, left_out);
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
	nt_prefilter_db_build(&p, patterns, 5, left_out);
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
	nt_prefilter_db_build(&p, patterns, 2, left_out);
	assert_null(p.db);
	assert_true(left_out[0] && left_out[1]);
	scan(&p, "anything", candidate);
	assert_false(candidate[0] || candidate[1]);
	nt_prefilter_db_free(&p);

	nt_prefilter_db_build(&p, patterns, 0, left_out);
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
	};

	return cmocka_run_group_tests_name("prefilter_db", tests, NULL, NULL);
}
