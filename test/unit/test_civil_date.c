/*
 * test_civil_date.c
 *	  Calendar arithmetic and the built-in election calendar.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/civil_date.h"
#include "core/election_core.h"

static int64_t
days(int y, int m, int d)
{
	return nt_days_from_civil(y, m, d);
}

static void
round_trips_days(void **state)
{
	int64_t		d;

	(void) state;
	assert_true(days(1970, 1, 1) == 0);
	assert_true(days(2000, 1, 1) == 10957);
	assert_true(days(1969, 12, 31) == -1);
	for (d = -800000; d < 800000; d += 37)
	{
		nt_date		c = nt_civil_from_days(d);

		assert_true(nt_date_is_valid(c.year, c.month, c.day));
		assert_true(days(c.year, c.month, c.day) == d);
	}
	/* far beyond int32 day counts */
	{
		nt_date		c = nt_civil_from_days(INT64_C(2147483000) + 10957);

		assert_true(days(c.year, c.month, c.day) == INT64_C(2147483000) + 10957);
	}
}

static void
knows_weekdays(void **state)
{
	(void) state;
	assert_int_equal(nt_weekday(2020, 9, 21), 1);	/* Senin */
	assert_int_equal(nt_weekday(2020, 10, 13), 2);	/* Selasa */
	assert_int_equal(nt_weekday(2024, 7, 4), 4);	/* Kamis */
	assert_int_equal(nt_weekday(2024, 2, 14), 3);	/* Rabu */
	assert_int_equal(nt_weekday(1970, 1, 1), 4);
	assert_int_equal(nt_weekday(1969, 12, 28), 0);
}

static void
validates_dates(void **state)
{
	(void) state;
	assert_true(nt_date_is_valid(2024, 2, 29));
	assert_false(nt_date_is_valid(2023, 2, 29));
	assert_false(nt_date_is_valid(1900, 2, 29));
	assert_true(nt_date_is_valid(2000, 2, 29));
	assert_false(nt_date_is_valid(2023, 4, 31));
	assert_false(nt_date_is_valid(2023, 0, 1));
	assert_false(nt_date_is_valid(2023, 13, 1));
	assert_false(nt_date_is_valid(2023, 1, 0));
}

static void
counts_whole_years(void **state)
{
	nt_date		birth = {1986, 9, 26};
	nt_date		leap = {2000, 2, 29};
	nt_date		a = {2004, 9, 25};
	nt_date		b = {2004, 9, 26};
	nt_date		c = {2001, 2, 28};
	nt_date		d = {2001, 3, 1};
	nt_date		e = {1980, 1, 1};

	(void) state;
	assert_int_equal(nt_years_between(birth, a), 17);
	assert_int_equal(nt_years_between(birth, b), 18);
	assert_int_equal(nt_years_between(leap, c), 0);
	assert_int_equal(nt_years_between(leap, d), 1);
	assert_true(nt_years_between(birth, e) < 0);
}

static int64_t
on(int y, int m, int d)
{
	return days(y, m, d);
}

static void
finds_elections_by_date(void **state)
{
	(void) state;
	assert_string_equal(nt_election_on(on(2020, 9, 21))->id, "pilkada-2020");
	assert_string_equal(nt_election_on(on(2020, 12, 9))->id, "pilkada-2020");
	assert_string_equal(nt_election_on(on(2023, 11, 20))->id, "pemilu-2024");
	/* after Pemilu 2024 voting day the upcoming Pilkada wins */
	assert_string_equal(nt_election_on(on(2024, 2, 15))->id, "pilkada-2024");
	assert_string_equal(nt_election_on(on(2024, 7, 4))->id, "pilkada-2024");
	/* Pilkada 2018 voting comes before Pemilu 2019 */
	assert_string_equal(nt_election_on(on(2018, 5, 1))->id, "pilkada-2018");
	assert_string_equal(nt_election_on(on(2018, 7, 1))->id, "pemilu-2019");
	assert_null(nt_election_on(on(2021, 6, 1)));
	assert_null(nt_election_on(on(2014, 1, 1)));
	assert_null(nt_election_on(on(2026, 1, 1)));
}

static void
finds_elections_by_kind(void **state)
{
	const nt_election *e;
	int			i;

	(void) state;
	e = nt_election_find(NT_ELECTION_PILKADA, 2020);
	assert_non_null(e);
	assert_int_equal(e->voting_day.day, 9);
	assert_int_equal(e->candidates_determined.month, 9);
	assert_null(nt_election_find(NT_ELECTION_PEMILU, 2020));
	assert_int_equal(nt_election_count(), 7);
	/* every voting day is a Wednesday, inside its own window */
	for (i = 0; i < nt_election_count(); i++)
	{
		e = nt_election_at(i);
		assert_int_equal(nt_weekday(e->voting_day.year, e->voting_day.month,
									e->voting_day.day), 3);
		assert_true(on(e->stages_start.year, e->stages_start.month, e->stages_start.day) <
					on(e->voting_day.year, e->voting_day.month, e->voting_day.day));
		assert_true(on(e->campaign_end.year, e->campaign_end.month, e->campaign_end.day) <
					on(e->voting_day.year, e->voting_day.month, e->voting_day.day));
	}
	assert_null(nt_election_at(-1));
	assert_null(nt_election_at(7));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(round_trips_days),
		cmocka_unit_test(knows_weekdays),
		cmocka_unit_test(validates_dates),
		cmocka_unit_test(counts_whole_years),
		cmocka_unit_test(finds_elections_by_date),
		cmocka_unit_test(finds_elections_by_kind),
	};

	return cmocka_run_group_tests_name("civil_date", tests, NULL, NULL);
}
