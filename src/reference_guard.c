/*-------------------------------------------------------------------------
 *
 * reference_guard.c
 *	  Trigger that keeps the reference rows shipped by the extension from
 *	  being changed by accident.
 *
 * Without arguments the whole table is read-only.  With the argument
 * 'builtin' only rows whose boolean column "builtin" is true are protected,
 * so users may add and edit their own rows beside the shipped ones.
 * Extension scripts (CREATE/ALTER EXTENSION) pass through, which is how
 * upgrades refresh the shipped rows.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/reference_guard.c
 *
 *-------------------------------------------------------------------------
 */
#include "netralitas.h"

#include "commands/extension.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/lsyscache.h"
#include "utils/datum.h"
#include "utils/rel.h"

static bool
row_is_builtin(Relation rel, HeapTuple tuple)
{
	int			attnum = SPI_fnumber(RelationGetDescr(rel), "builtin");
	bool		isnull;
	Datum		value;

	if (attnum <= 0)
		elog(ERROR, "table \"%s\" has no column \"builtin\"",
			 RelationGetRelationName(rel));
	value = heap_getattr(tuple, attnum, RelationGetDescr(rel), &isnull);
	return !isnull && DatumGetBool(value);
}

/*
 * Does an update change nothing but the "enabled" column?  Switching a
 * shipped rule off (or on again) is allowed; editing it is not.
 */
static bool
only_enabled_changed(Relation rel, HeapTuple oldtup, HeapTuple newtup)
{
	TupleDesc	desc = RelationGetDescr(rel);
	int			enabled = SPI_fnumber(desc, "enabled");
	int			i;

	if (enabled <= 0)
		return false;
	for (i = 1; i <= desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i - 1);
		bool		null_old,
					null_new;
		Datum		old_value,
					new_value;

		if (att->attisdropped || i == enabled)
			continue;
		old_value = heap_getattr(oldtup, i, desc, &null_old);
		new_value = heap_getattr(newtup, i, desc, &null_new);
		if (null_old != null_new)
			return false;
		if (!null_old && !datumIsEqual(old_value, new_value, att->attbyval, att->attlen))
			return false;
	}
	return true;
}

static void
refuse(Relation rel, bool builtin_row)
{
	if (builtin_row)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("cannot change builtin rows of table \"%s.%s\"",
						get_namespace_name(RelationGetNamespace(rel)),
						RelationGetRelationName(rel)),
				 errdetail("Rows with builtin = true ship with the netralitas extension."),
				 errhint("Only the enabled flag of a shipped row can be changed; add a row of your own for anything else.")));
	ereport(ERROR,
			(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
			 errmsg("cannot change reference table \"%s.%s\"",
					get_namespace_name(RelationGetNamespace(rel)),
					RelationGetRelationName(rel)),
			 errdetail("The table holds reference data shipped with the netralitas extension and is read-only."),
			 errhint("ALTER EXTENSION netralitas UPDATE refreshes the shipped rows.")));
}

/* What a BEFORE trigger returns to let the statement proceed unchanged. */
static Datum
pass_through(TriggerData *trigdata)
{
	if (!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event))
		return PointerGetDatum(NULL);
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
		return PointerGetDatum(trigdata->tg_newtuple);
	return PointerGetDatum(trigdata->tg_trigtuple);
}

PG_FUNCTION_INFO_V1(reference_guard);
Datum
reference_guard(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;
	bool		rows_only;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("reference_guard() must be called as a trigger")));

	rel = trigdata->tg_relation;
	rows_only = trigdata->tg_trigger->tgnargs > 0 &&
		strcmp(trigdata->tg_trigger->tgargs[0], "builtin") == 0;

	if (creating_extension)
		return pass_through(trigdata);

	if (!rows_only || TRIGGER_FIRED_BY_TRUNCATE(trigdata->tg_event))
		refuse(rel, false);

	if (!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event))
		return pass_through(trigdata);

	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		if (row_is_builtin(rel, trigdata->tg_trigtuple))
			refuse(rel, true);
	}
	else if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		if ((row_is_builtin(rel, trigdata->tg_trigtuple) ||
			 row_is_builtin(rel, trigdata->tg_newtuple)) &&
			!only_enabled_changed(rel, trigdata->tg_trigtuple, trigdata->tg_newtuple))
			refuse(rel, true);
	}
	else if (row_is_builtin(rel, trigdata->tg_trigtuple))
		refuse(rel, true);
	return pass_through(trigdata);
}
