/*-------------------------------------------------------------------------
 *
 * election.c
 *	  election_calendar(): the built-in calendar as a set of rows.
 *
 * The install script fills netralitas.election from this function, so the
 * table and the text functions share one source.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/election.c
 *
 *-------------------------------------------------------------------------
 */
#include "netralitas.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "core/election_core.h"
#include "compat.h"

#define ELECTION_COLUMNS 12

static Datum
date_or_null(nt_date d, bool *isnull)
{
	*isnull = (d.year == 0);
	return *isnull ? (Datum) 0 : DateADTGetDatum(nt_date_to_dateadt(d));
}

PG_FUNCTION_INFO_V1(election_calendar);
Datum
election_calendar(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			i;

	nt_init_materialized_srf(fcinfo);
	for (i = 0; i < nt_election_count(); i++)
	{
		const nt_election *e = nt_election_at(i);
		Datum		values[ELECTION_COLUMNS];
		bool		nulls[ELECTION_COLUMNS] = {0};

		values[0] = CStringGetTextDatum(e->id);
		values[1] = CStringGetTextDatum(nt_election_kind_name(e->kind));
		values[2] = Int32GetDatum(e->year);
		values[3] = date_or_null(e->voting_day, &nulls[3]);
		values[4] = date_or_null(e->campaign_start, &nulls[4]);
		values[5] = date_or_null(e->campaign_end, &nulls[5]);
		values[6] = date_or_null(e->quiet_start, &nulls[6]);
		values[7] = date_or_null(e->quiet_end, &nulls[7]);
		values[8] = date_or_null(e->candidates_determined, &nulls[8]);
		values[9] = date_or_null(e->stages_start, &nulls[9]);
		values[10] = date_or_null(e->stages_end, &nulls[10]);
		values[11] = CStringGetTextDatum(e->note);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
