/*-------------------------------------------------------------------------
 *
 * election_core.c
 *	  The built-in election calendar.
 *
 * Dates are those of the domain brief (§4).  The "stages" window is a
 * documented rule rather than a published date, because the formal start
 * of the stages is not known for every election: it opens 20 months before
 * voting day for a Pemilu (the latest start UU 7/2017 allows) and 12 months
 * before for a Pilkada, and closes 45 days after voting day, which covers
 * counting, recapitulation and repeat voting.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/election_core.c
 *
 *-------------------------------------------------------------------------
 */
#include "election_core.h"

#include <stddef.h>

#define D(y, m, d) {(y), (m), (d)}
#define UNKNOWN {0, 0, 0}

static nt_election elections[] = {
	{"pilkada-2015", NT_ELECTION_PILKADA, 2015, D(2015, 12, 9),
		D(2015, 8, 27), D(2015, 12, 5), D(2015, 12, 6), D(2015, 12, 8),
		D(2015, 8, 24), UNKNOWN, UNKNOWN,
	"first simultaneous Pilkada, 269 regions"},
	{"pilkada-2017", NT_ELECTION_PILKADA, 2017, D(2017, 2, 15),
		D(2016, 10, 28), D(2017, 2, 11), D(2017, 2, 12), D(2017, 2, 14),
		UNKNOWN, UNKNOWN, UNKNOWN,
	"101 regions; Jakarta run-off on 2017-04-19; campaign dates from a weak source"},
	{"pilkada-2018", NT_ELECTION_PILKADA, 2018, D(2018, 6, 27),
		D(2018, 2, 15), D(2018, 6, 23), D(2018, 6, 24), D(2018, 6, 26),
		D(2018, 2, 12), UNKNOWN, UNKNOWN,
	"171 regions"},
	{"pemilu-2019", NT_ELECTION_PEMILU, 2019, D(2019, 4, 17),
		D(2018, 9, 23), D(2019, 4, 13), D(2019, 4, 14), D(2019, 4, 16),
		D(2018, 9, 20), UNKNOWN, UNKNOWN,
	"first simultaneous presidential and legislative election"},
	{"pilkada-2020", NT_ELECTION_PILKADA, 2020, D(2020, 12, 9),
		D(2020, 9, 26), D(2020, 12, 5), D(2020, 12, 6), D(2020, 12, 8),
		D(2020, 9, 23), UNKNOWN, UNKNOWN,
	"270 regions; postponed from 2020-09-23 for COVID-19"},
	{"pemilu-2024", NT_ELECTION_PEMILU, 2024, D(2024, 2, 14),
		D(2023, 11, 28), D(2024, 2, 10), D(2024, 2, 11), D(2024, 2, 13),
		D(2023, 11, 14), UNKNOWN, UNKNOWN,
	"presidential pairs determined and numbered in mid-November 2023"},
	{"pilkada-2024", NT_ELECTION_PILKADA, 2024, D(2024, 11, 27),
		D(2024, 9, 25), D(2024, 11, 23), D(2024, 11, 24), D(2024, 11, 26),
		D(2024, 9, 22), UNKNOWN, UNKNOWN,
	"37 provinces and 508 regencies/cities"},
};

#define N_ELECTIONS ((int) (sizeof(elections) / sizeof(elections[0])))

static nt_date
add_months(nt_date d, int months)
{
	int			m = d.year * 12 + (d.month - 1) + months;
	nt_date		r;
	int			last;

	r.year = m / 12;
	r.month = m % 12 + 1;
	last = nt_days_in_month(r.year, r.month);
	r.day = d.day > last ? last : d.day;
	return r;
}

/* Fill the derived windows once; the table is tiny and never changes. */
static void
ensure_windows(void)
{
	static bool done = false;
	int			i;

	if (done)
		return;
	for (i = 0; i < N_ELECTIONS; i++)
	{
		nt_election *e = &elections[i];
		int64_t		vd = nt_days_from_civil(e->voting_day.year,
											e->voting_day.month,
											e->voting_day.day);

		e->stages_start = add_months(e->voting_day,
									 e->kind == NT_ELECTION_PEMILU ? -20 : -12);
		e->stages_end = nt_civil_from_days(vd + 45);
	}
	done = true;
}

int
nt_election_count(void)
{
	return N_ELECTIONS;
}

const nt_election *
nt_election_at(int index)
{
	if (index < 0 || index >= N_ELECTIONS)
		return NULL;
	ensure_windows();
	return &elections[index];
}

const nt_election *
nt_election_find(nt_election_kind kind, int year)
{
	int			i;

	ensure_windows();
	for (i = 0; i < N_ELECTIONS; i++)
		if (elections[i].kind == kind && elections[i].year == year)
			return &elections[i];
	return NULL;
}

const char *
nt_election_kind_name(nt_election_kind kind)
{
	return kind == NT_ELECTION_PEMILU ? "pemilu" : "pilkada";
}

static int64_t
to_days(nt_date d)
{
	return nt_days_from_civil(d.year, d.month, d.day);
}

const nt_election *
nt_election_on(int64_t days)
{
	const nt_election *upcoming = NULL;
	const nt_election *past = NULL;
	int			i;

	ensure_windows();
	for (i = 0; i < N_ELECTIONS; i++)
	{
		const nt_election *e = &elections[i];
		int64_t		vd = to_days(e->voting_day);

		if (days < to_days(e->stages_start) || days > to_days(e->stages_end))
			continue;
		if (vd >= days)
		{
			if (upcoming == NULL || vd < to_days(upcoming->voting_day))
				upcoming = e;
		}
		else if (past == NULL || vd > to_days(past->voting_day))
			past = e;
	}
	return upcoming != NULL ? upcoming : past;
}
