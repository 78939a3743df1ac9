/*-------------------------------------------------------------------------
 *
 * violation.c
 *	  SQL functions of the violation classifier, the per-backend rule cache
 *	  and the validation of user rules.
 *
 * The rules live in netralitas.violation_rule.  The classifier compiled
 * from them is kept for the life of the backend and rebuilt only after the
 * table changes: a statement trigger on the table sends a relcache
 * invalidation, which every backend receives through the callback below.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/violation.c
 *
 *-------------------------------------------------------------------------
 */
#include "netralitas.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_extension.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/tuplestore.h"

#include "compat.h"
#include "rule_cache.h"
#include "text_call.h"
#include "violation.h"
#include "core/classify.h"
#include "core/regex.h"
#include "core/utf8.h"

static nt_classifier *builtin_classifier = NULL;	/* compiled-in rules only */

static nt_rule_target
parse_target(const char *target)
{
	return strcmp(target, "stems") == 0 ? NT_RULE_ON_STEMS : NT_RULE_ON_TEXT;
}

/* Raise the error for a pattern PCRE2 refuses. */
void
nt_report_bad_pattern(const char *table, int rule_id, const char *pattern,
					  const char *msg, size_t offset)
{
	/* "violation_rule" reads "violation rule" */
	char	   *label = pstrdup(table);
	char	   *p;

	for (p = label; *p; p++)
		if (*p == '_')
			*p = ' ';
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_REGULAR_EXPRESSION),
			 errmsg("invalid pattern in %s %d: %s", label, rule_id, msg),
			 errdetail("The error is at character %d of \"%s\".", (int) offset + 1, pattern),
			 errhint("Patterns use PCRE2 syntax and are matched case-insensitively.")));
}

/* Read and compile the enabled rows of netralitas.violation_rule. */
static void *
load_violation_rules(const char *table)
{
	nt_rule_def *defs;
	int			n,
				i;
	char		err[256];
	size_t		offset = 0;
	int			bad = -1;
	nt_classifier *c;
	MemoryContext caller = CurrentMemoryContext;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute(psprintf("SELECT id, form, pattern, weight, target FROM %s "
							 "WHERE enabled ORDER BY id", table), true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read the violation rules");
	n = (int) SPI_processed;
	defs = MemoryContextAllocZero(caller, sizeof(nt_rule_def) * (n + 1));
	for (i = 0; i < n; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		char	   *form = SPI_getvalue(tup, desc, 2);
		char	   *target = SPI_getvalue(tup, desc, 5);

		defs[i].id = DatumGetInt32(SPI_getbinval(tup, desc, 1, &isnull));
		strlcpy(defs[i].form, form ? form : "", NT_FORM_LEN);
		defs[i].pattern = MemoryContextStrdup(caller, SPI_getvalue(tup, desc, 3));
		defs[i].weight = DatumGetFloat4(SPI_getbinval(tup, desc, 4, &isnull));
		defs[i].target = parse_target(target ? target : "text");
	}
	SPI_finish();
	c = nt_classifier_build(defs, n, err, sizeof(err), &offset, &bad);
	if (c == NULL)
		nt_report_bad_pattern("violation_rule", bad >= 0 ? defs[bad].id : 0,
							  bad >= 0 ? defs[bad].pattern : "", err, offset);
	return c;
}

static void
free_classifier(void *c)
{
	nt_classifier_free(c);
}

static nt_rule_cache violation_rules = {
	"violation_rule", InvalidOid, NULL, free_classifier, load_violation_rules, false, NULL
};

static const nt_classifier *
table_classifier(FunctionCallInfo fcinfo)
{
	return nt_rule_cache_get(&violation_rules, fcinfo);
}

const nt_classifier *
nt_builtin_classifier(void)
{
	if (builtin_classifier == NULL)
	{
		int			n;
		const nt_rule_def *defs = nt_builtin_rules(&n);
		char		err[256];
		size_t		offset;
		int			bad;

		builtin_classifier = nt_classifier_build(defs, n, err, sizeof(err), &offset, &bad);
		if (builtin_classifier == NULL)
			elog(ERROR, "built-in violation rule does not compile: %s", err);
	}
	return builtin_classifier;
}

/* Classify one text; raise the limit error the way the GUCs document. */
void
nt_run_classifier(nt_text_call *call, const nt_classifier *c, const char *text,
				  size_t len, nt_vec *out, bool *incident)
{
	int			limit_rule = 0;

	if (nt_classify(&call->ctx, c, text, len, out, incident, &limit_rule) == NT_CLASSIFY_LIMIT)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("violation rule %d exceeded the PCRE2 match limits", limit_rule),
				 errdetail("The pattern backtracks too much on this text."),
				 errhint("Simplify the pattern, or raise netralitas.pcre_match_limit or netralitas.pcre_depth_limit.")));
}

PG_FUNCTION_INFO_V1(violation_matches);
Datum
violation_matches(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *report = PG_GETARG_TEXT_PP(0);
	const nt_classifier *c;
	nt_text_call call;
	size_t		len,
				k;
	char	   *input;
	nt_vec		out;
	bool		incident;
	nt_charmap	map;

	nt_init_materialized_srf(fcinfo);
	c = table_classifier(fcinfo);
	nt_text_call_begin(&call);
	input = nt_text_to_utf8(&call, report, &len);
	nt_vec_init(&out, &call.arena, sizeof(nt_violation));
	nt_run_classifier(&call, c, input, len, &out, &incident);
	nt_charmap_init(&map, &call.arena, input, len);
	MemoryContextSwitchTo(call.caller);
	for (k = 0; k < out.count; k++)
	{
		const nt_violation *v = &NT_VEC_AT(&out, nt_violation, k);
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};

		values[0] = CStringGetTextDatum(v->form);
		values[1] = Float4GetDatum((float4) v->score);
		values[2] = PointerGetDatum(nt_utf8_to_text(input + v->start, v->end - v->start));
		values[3] = Int32GetDatum(nt_input_position(&map, report, v->start));
		values[4] = Int32GetDatum(nt_input_position(&map, report, v->end));
		values[5] = Int32GetDatum(v->rule_id);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	nt_text_call_end(&call);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(is_incident);
Datum
is_incident(PG_FUNCTION_ARGS)
{
	const nt_classifier *c = table_classifier(fcinfo);
	nt_text_call call;
	size_t		len;
	char	   *input;
	nt_vec		out;
	bool		incident;

	nt_text_call_begin(&call);
	input = nt_text_to_utf8(&call, PG_GETARG_TEXT_PP(0), &len);
	nt_vec_init(&out, &call.arena, sizeof(nt_violation));
	nt_run_classifier(&call, c, input, len, &out, &incident);
	MemoryContextSwitchTo(call.caller);
	nt_text_call_end(&call);
	PG_RETURN_BOOL(incident);
}

static int
cmp_cstring(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

PG_FUNCTION_INFO_V1(violation_forms);
Datum
violation_forms(PG_FUNCTION_ARGS)
{
	const nt_classifier *c = table_classifier(fcinfo);
	nt_text_call call;
	size_t		len,
				k;
	char	   *input;
	nt_vec		out;
	bool		incident;
	const char **forms;
	Datum	   *elems;
	ArrayType  *result;

	nt_text_call_begin(&call);
	input = nt_text_to_utf8(&call, PG_GETARG_TEXT_PP(0), &len);
	nt_vec_init(&out, &call.arena, sizeof(nt_violation));
	nt_run_classifier(&call, c, input, len, &out, &incident);
	MemoryContextSwitchTo(call.caller);
	forms = palloc(sizeof(char *) * (out.count + 1));
	for (k = 0; k < out.count; k++)
		forms[k] = NT_VEC_AT(&out, nt_violation, k).form;
	qsort(forms, out.count, sizeof(char *), cmp_cstring);
	elems = palloc(sizeof(Datum) * (out.count + 1));
	for (k = 0; k < out.count; k++)
		elems[k] = CStringGetTextDatum(forms[k]);
	result = construct_array(elems, (int) out.count, TEXTOID, -1, false, TYPALIGN_INT);
	nt_text_call_end(&call);
	PG_RETURN_ARRAYTYPE_P(result);
}

PG_FUNCTION_INFO_V1(builtin_violation_rules);
Datum
builtin_violation_rules(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			n,
				i;
	const nt_rule_def *defs = nt_builtin_rules(&n);

	nt_init_materialized_srf(fcinfo);
	for (i = 0; i < n; i++)
	{
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};

		values[0] = Int32GetDatum(defs[i].id);
		values[1] = CStringGetTextDatum(defs[i].form);
		values[2] = CStringGetTextDatum(defs[i].pattern);
		values[3] = Float4GetDatum((float4) defs[i].weight);
		values[4] = CStringGetTextDatum(defs[i].target == NT_RULE_ON_STEMS ? "stems" : "text");
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* The stem view of a text, as stem rules see it. */
PG_FUNCTION_INFO_V1(stem_text);
Datum
stem_text(PG_FUNCTION_ARGS)
{
	nt_text_call call;
	size_t		len;
	char	   *input;
	nt_stem_view view;
	text	   *result;

	nt_text_call_begin(&call);
	input = nt_text_to_utf8(&call, PG_GETARG_TEXT_PP(0), &len);
	nt_stem_view_build(&call.ctx, input, len, &view);
	MemoryContextSwitchTo(call.caller);
	result = nt_utf8_to_text(view.text, view.len);
	nt_text_call_end(&call);
	PG_RETURN_TEXT_P(result);
}

/*
 * BEFORE INSERT OR UPDATE row trigger on the rule tables: a pattern PCRE2
 * refuses is refused at once, with the message and the offset.
 */
PG_FUNCTION_INFO_V1(rule_pattern_validate);
Datum
rule_pattern_validate(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	HeapTuple	tuple;
	TupleDesc	desc;
	int			attnum;
	bool		isnull;
	Datum		d;
	char	   *pattern;
	int			id = 0;
	char		err[256];
	size_t		offset = 0;
	nt_regex   *re;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("rule_pattern_validate() must be called as a trigger")));
	tuple = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ? trigdata->tg_newtuple :
		trigdata->tg_trigtuple;
	desc = RelationGetDescr(trigdata->tg_relation);
	attnum = SPI_fnumber(desc, "pattern");
	d = heap_getattr(tuple, attnum, desc, &isnull);
	if (isnull)
		return PointerGetDatum(tuple);
	pattern = TextDatumGetCString(d);
	d = heap_getattr(tuple, SPI_fnumber(desc, "id"), desc, &isnull);
	if (!isnull)
		id = DatumGetInt32(d);
	if (!pg_verifymbstr(pattern, (int) strlen(pattern), true) &&
		GetDatabaseEncoding() == PG_UTF8)
		nt_report_bad_pattern(RelationGetRelationName(trigdata->tg_relation), id, pattern,
							  "not valid UTF-8", 0);
	re = nt_regex_compile(pattern, err, sizeof(err), &offset);
	if (re == NULL)
		nt_report_bad_pattern(RelationGetRelationName(trigdata->tg_relation), id, pattern,
							  err, offset);
	nt_regex_free(re);
	return PointerGetDatum(tuple);
}

/* Statement trigger: tell every backend that the rules changed. */
PG_FUNCTION_INFO_V1(rule_table_changed);
Datum
rule_table_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("rule_table_changed() must be called as a trigger")));
	CacheInvalidateRelcacheByRelid(RelationGetRelid(trigdata->tg_relation));
	return PointerGetDatum(NULL);
}
