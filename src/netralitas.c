/*-------------------------------------------------------------------------
 *
 * netralitas.c
 *	  Module entry point and helpers shared by the binding layer.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/netralitas.c
 *
 *-------------------------------------------------------------------------
 */
#include "netralitas.h"

#include "access/xact.h"
#include "fmgr.h"
#include "utils/datetime.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"
#include "miscadmin.h"

#include "compat.h"
#include "core/regex.h"
#include "utils/guc.h"
#include <limits.h>

PG_MODULE_MAGIC;

void		_PG_init(void);

static int	pcre_match_limit = 10000000;
static int	pcre_depth_limit = 10000;

static void
apply_match_limit(int newval, void *extra)
{
	(void) extra;
	nt_regex_set_limits((uint32_t) newval, (uint32_t) pcre_depth_limit);
}

static void
apply_depth_limit(int newval, void *extra)
{
	(void) extra;
	nt_regex_set_limits((uint32_t) pcre_match_limit, (uint32_t) newval);
}

void
_PG_init(void)
{
	DefineCustomIntVariable("netralitas.pcre_match_limit",
							"Limit of PCRE2 match steps per pattern and text.",
							"A violation rule that needs more raises an error instead of running on.",
							&pcre_match_limit, 10000000, 1000, INT_MAX,
							PGC_SUSET, 0, NULL, apply_match_limit, NULL);
	DefineCustomIntVariable("netralitas.pcre_depth_limit",
							"Limit of PCRE2 backtracking depth per pattern and text.",
							"A violation rule that needs more raises an error instead of running on.",
							&pcre_depth_limit, 10000, 100, INT_MAX,
							PGC_SUSET, 0, NULL, apply_depth_limit, NULL);
	MarkGUCPrefixReserved("netralitas");
	nt_regex_set_limits((uint32_t) pcre_match_limit, (uint32_t) pcre_depth_limit);
}

/*
 * Validation of NIPs needs "this month".  COPY calls the input function for
 * every row, so the month is cached per transaction start time instead of
 * converting a timestamp each time.
 */
void
nt_current_month(int *year, int *month)
{
	static TimestampTz cached_for = 0;
	static int	cached_year = 0;
	static int	cached_month = 0;
	TimestampTz now = GetCurrentTransactionStartTimestamp();

	if (cached_year == 0 || now != cached_for)
	{
		DateADT		today = GetSQLCurrentDate();
		nt_date		d = nt_dateadt_to_date(today);

		cached_for = now;
		cached_year = d.year;
		cached_month = d.month;
	}
	*year = cached_year;
	*month = cached_month;
}

#ifdef NT_NEED_MATERIALIZED_SRF_SHIM
/*
 * PostgreSQL 13 and 14 lack InitMaterializedSRF(): set up the same
 * tuplestore-returning mode by hand.
 */
void
nt_init_materialized_srf(FunctionCallInfo fcinfo)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext oldcontext;
	TupleDesc	tupdesc;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		!(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	oldcontext = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = tuplestore_begin_heap(true, false, work_mem);
	rsinfo->setDesc = CreateTupleDescCopy(tupdesc);
	MemoryContextSwitchTo(oldcontext);
}
#endif
