/*-------------------------------------------------------------------------
 *
 * election_core.h
 *	  The built-in calendar of national elections since 2015.
 *
 * The same rows fill the netralitas.election table at install time, so the
 * table and the text functions (which must not read tables to stay
 * immutable) can never disagree.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/election_core.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_ELECTION_CORE_H
#define NETRALITAS_ELECTION_CORE_H

#include <stdbool.h>

#include "civil_date.h"

typedef enum nt_election_kind
{
	NT_ELECTION_PEMILU,			/* president, DPR, DPD, DPRD */
	NT_ELECTION_PILKADA			/* regional heads (pemilihan) */
} nt_election_kind;

typedef struct nt_election
{
	const char *id;				/* "pilkada-2020" */
	nt_election_kind kind;
	int			year;
	nt_date		voting_day;
	nt_date		campaign_start;
	nt_date		campaign_end;
	nt_date		quiet_start;
	nt_date		quiet_end;
	nt_date		candidates_determined;	/* year 0 when unknown */
	nt_date		stages_start;	/* derived window, see election_core.c */
	nt_date		stages_end;
	const char *note;
} nt_election;

extern int	nt_election_count(void);
extern const nt_election *nt_election_at(int index);
extern const nt_election *nt_election_find(nt_election_kind kind, int year);
extern const char *nt_election_kind_name(nt_election_kind kind);

/*
 * The election whose stages window covers the day (days since 1970-01-01):
 * the nearest upcoming voting day first, else the most recent one.  NULL
 * when no window covers the day.
 */
extern const nt_election *nt_election_on(int64_t days);

#endif							/* NETRALITAS_ELECTION_CORE_H */
