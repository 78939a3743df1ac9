/*-------------------------------------------------------------------------
 *
 * refdata.c
 *	  The reference data compiled into the extension, as sets of rows:
 *	  election_calendar() and region_catalog().
 *
 * The install script fills netralitas.election and netralitas.region from
 * these functions, so the tables and the text functions share one source.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/refdata.c
 *
 *-------------------------------------------------------------------------
 */
#include "netralitas.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "core/election_core.h"
#include "core/region_data.h"
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

PG_FUNCTION_INFO_V1(region_catalog);
Datum
region_catalog(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			i;

	nt_init_materialized_srf(fcinfo);
	for (i = 0; i < nt_region_row_count; i++)
	{
		const nt_region_row *r = &nt_region_rows[i];
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};

		values[0] = CStringGetTextDatum(r->code);
		values[1] = CStringGetTextDatum(r->name);
		values[2] = CStringGetTextDatum(r->level == NT_REGION_PROVINCE ? "province" :
										r->level == NT_REGION_REGENCY ? "regency" : "city");
		if (r->parent[0] != '\0')
			values[3] = CStringGetTextDatum(r->parent);
		else
			nulls[3] = true;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
