/*-------------------------------------------------------------------------
 *
 * article.c
 *	  SQL functions over scraped articles: clean_article, extract_article
 *	  and the set-returning article_officials, article_regions,
 *	  article_dates.
 *
 * The core does the work on UTF-8 in a scratch memory context; this file
 * converts its result to SQL values in the caller's context.  jsonb is
 * built by pushing tokens (no JSON text is printed and parsed again).
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/article.c
 *
 *-------------------------------------------------------------------------
 */
#include "netralitas.h"

#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"
#include "utils/tuplestore.h"

#include "compat.h"
#include "text_call.h"
#include "violation.h"
#include "core/extract.h"
#include "core/utf8.h"

/* ------------------------------------------------------------------------
 * jsonb building
 * ------------------------------------------------------------------------ */

static void
push_key(JsonbParseState **st, const char *key)
{
	JsonbValue	v;

	v.type = jbvString;
	v.val.string.val = (char *) key;
	v.val.string.len = (int) strlen(key);
	pushJsonbValue(st, WJB_KEY, &v);
}

/* A UTF-8 string of the core as a jsonb string (NULL: json null). */
static void
push_string(JsonbParseState **st, JsonbIteratorToken token, const char *s, size_t len)
{
	JsonbValue	v;
	int			enc = GetDatabaseEncoding();

	if (s == NULL)
		v.type = jbvNull;
	else if ((enc == PG_UTF8 || enc == PG_SQL_ASCII) && len > 1024)
	{
		/*
		 * No copy of the body: the core's arena outlives the jsonb
		 * conversion.  Short strings are copied, since callers pass
		 * buffers on their stack.
		 */
		v.type = jbvString;
		v.val.string.val = (char *) s;
		v.val.string.len = (int) len;
	}
	else
	{
		char	   *converted = nt_utf8_to_cstring(s, len);

		v.type = jbvString;
		v.val.string.val = converted;
		v.val.string.len = (int) strlen(converted);
	}
	pushJsonbValue(st, token, &v);
}

static void
push_cstring(JsonbParseState **st, JsonbIteratorToken token, const char *s)
{
	push_string(st, token, s, s ? strlen(s) : 0);
}

static void
push_int(JsonbParseState **st, JsonbIteratorToken token, int64 n)
{
	JsonbValue	v;

	v.type = jbvNumeric;
	v.val.numeric = int64_to_numeric(n);
	pushJsonbValue(st, token, &v);
}

static void
push_null(JsonbParseState **st, JsonbIteratorToken token)
{
	JsonbValue	v;

	v.type = jbvNull;
	pushJsonbValue(st, token, &v);
}

static void
push_string_array(JsonbParseState **st, const char *key, const nt_vec *strings)
{
	size_t		k;

	push_key(st, key);
	pushJsonbValue(st, WJB_BEGIN_ARRAY, NULL);
	for (k = 0; k < strings->count; k++)
		push_cstring(st, WJB_ELEM, NT_VEC_AT(strings, const char *, k));
	pushJsonbValue(st, WJB_END_ARRAY, NULL);
}

static const char *
level_name(nt_region_level level)
{
	switch (level)
	{
		case NT_REGION_PROVINCE:
			return "province";
		case NT_REGION_REGENCY:
			return "regency";
		case NT_REGION_CITY:
			return "city";
	}
	return NULL;
}

static Jsonb *
article_to_jsonb(const nt_article *a)
{
	JsonbParseState *st = NULL;
	JsonbValue *result;
	size_t		k;

	pushJsonbValue(&st, WJB_BEGIN_OBJECT, NULL);

	push_key(&st, "title");
	push_string(&st, WJB_VALUE, a->clean.title, a->clean.title_len);
	push_key(&st, "outlet");
	push_cstring(&st, WJB_VALUE, a->outlet);
	push_key(&st, "dateline");
	push_cstring(&st, WJB_VALUE, a->dateline);

	push_key(&st, "event_date");
	if (a->has_event_date)
	{
		char		iso[16];

		snprintf(iso, sizeof(iso), "%04d-%02d-%02d", a->event_date.year,
				 a->event_date.month, a->event_date.day);
		push_cstring(&st, WJB_VALUE, iso);
	}
	else
		push_null(&st, WJB_VALUE);
	push_key(&st, "event_date_text");
	if (a->event_index >= 0)
	{
		const nt_date_mention *d = &NT_VEC_AT(&a->dates, nt_date_mention, a->event_index);

		push_string(&st, WJB_VALUE, a->clean.body + d->start, d->end - d->start);
	}
	else
		push_null(&st, WJB_VALUE);

	push_key(&st, "election");
	if (a->has_election)
	{
		pushJsonbValue(&st, WJB_BEGIN_OBJECT, NULL);
		push_key(&st, "kind");
		push_cstring(&st, WJB_VALUE, nt_election_kind_name(a->election_kind));
		push_key(&st, "year");
		if (a->election_year > 0)
			push_int(&st, WJB_VALUE, a->election_year);
		else
			push_null(&st, WJB_VALUE);
		pushJsonbValue(&st, WJB_END_OBJECT, NULL);
	}
	else
		push_null(&st, WJB_VALUE);
	push_key(&st, "election_id");
	push_cstring(&st, WJB_VALUE, a->election ? a->election->id : NULL);

	push_key(&st, "regions");
	pushJsonbValue(&st, WJB_BEGIN_ARRAY, NULL);
	for (k = 0; k < a->regions.count; k++)
	{
		const nt_region_hit *h = &NT_VEC_AT(&a->regions, nt_region_hit, k);
		const nt_region_row *r = &nt_region_rows[h->row];

		pushJsonbValue(&st, WJB_BEGIN_OBJECT, NULL);
		push_key(&st, "code");
		push_cstring(&st, WJB_VALUE, r->code);
		push_key(&st, "name");
		push_cstring(&st, WJB_VALUE, r->name);
		push_key(&st, "level");
		push_cstring(&st, WJB_VALUE, level_name(r->level));
		pushJsonbValue(&st, WJB_END_OBJECT, NULL);
	}
	pushJsonbValue(&st, WJB_END_ARRAY, NULL);

	push_key(&st, "officials");
	pushJsonbValue(&st, WJB_BEGIN_ARRAY, NULL);
	for (k = 0; k < a->officials.count; k++)
	{
		const nt_official *o = &NT_VEC_AT(&a->officials, nt_official, k);

		pushJsonbValue(&st, WJB_BEGIN_OBJECT, NULL);
		push_key(&st, "role");
		push_cstring(&st, WJB_VALUE, o->role);
		push_key(&st, "name");
		push_cstring(&st, WJB_VALUE, o->name);
		pushJsonbValue(&st, WJB_END_OBJECT, NULL);
	}
	pushJsonbValue(&st, WJB_END_ARRAY, NULL);

	push_string_array(&st, "institutions", &a->institutions);

	push_key(&st, "participants");
	if (a->participants >= 0)
		push_int(&st, WJB_VALUE, a->participants);
	else
		push_null(&st, WJB_VALUE);

	push_string_array(&st, "event_types", &a->event_types);

	push_key(&st, "pledge_points");
	pushJsonbValue(&st, WJB_BEGIN_ARRAY, NULL);
	for (k = 0; k < NT_PLEDGE_CLAUSES; k++)
		if (a->pledge_points & (1u << k))
		{
			char		name[4];

			snprintf(name, sizeof(name), "P%d", (int) k + 1);
			push_cstring(&st, WJB_ELEM, name);
		}
	pushJsonbValue(&st, WJB_END_ARRAY, NULL);

	push_string_array(&st, "legal_refs", &a->legal_refs);

	push_key(&st, "violations");
	pushJsonbValue(&st, WJB_BEGIN_ARRAY, NULL);
	for (k = 0; k < a->violations.count; k++)
	{
		const nt_violation *v = &NT_VEC_AT(&a->violations, nt_violation, k);

		pushJsonbValue(&st, WJB_BEGIN_OBJECT, NULL);
		push_key(&st, "form");
		push_cstring(&st, WJB_VALUE, v->form);
		push_key(&st, "evidence");
		push_string(&st, WJB_VALUE, a->clean.body + v->start, v->end - v->start);
		pushJsonbValue(&st, WJB_END_OBJECT, NULL);
	}
	pushJsonbValue(&st, WJB_END_ARRAY, NULL);

	push_key(&st, "body");
	push_string(&st, WJB_VALUE, a->clean.body, a->clean.body_len);

	result = pushJsonbValue(&st, WJB_END_OBJECT, NULL);
	return JsonbValueToJsonb(result);
}

/* ------------------------------------------------------------------------
 * SQL functions
 * ------------------------------------------------------------------------ */

/* Run the extraction for a call; the result lives in call->arena. */
static void
extract(nt_text_call *call, FunctionCallInfo fcinfo, nt_article *a)
{
	size_t		len,
				url_len = 0;
	char	   *raw = nt_text_to_utf8(call, PG_GETARG_TEXT_PP(0), &len);
	char	   *url = NULL;
	int			limit_rule = 0;

	if (PG_NARGS() > 1 && !PG_ARGISNULL(1))
		url = nt_text_to_utf8(call, PG_GETARG_TEXT_PP(1), &url_len);
	if (!nt_extract_article(&call->ctx, raw, len, url, url_len, nt_builtin_classifier(),
							a, &limit_rule))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("violation rule %d exceeded the PCRE2 match limits", limit_rule),
				 errhint("Raise netralitas.pcre_match_limit or netralitas.pcre_depth_limit.")));
}

PG_FUNCTION_INFO_V1(clean_article);
Datum
clean_article(PG_FUNCTION_ARGS)
{
	nt_text_call call;
	nt_cleaned	c;
	size_t		len;
	char	   *raw;
	text	   *result;

	nt_text_call_begin(&call);
	raw = nt_text_to_utf8(&call, PG_GETARG_TEXT_PP(0), &len);
	nt_clean_article(&call.ctx, raw, len, &c);
	MemoryContextSwitchTo(call.caller);
	result = nt_utf8_to_text(c.body, c.body_len);
	nt_text_call_end(&call);
	PG_RETURN_TEXT_P(result);
}

PG_FUNCTION_INFO_V1(extract_article);
Datum
extract_article(PG_FUNCTION_ARGS)
{
	nt_text_call call;
	nt_article	a;
	Jsonb	   *result;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	nt_text_call_begin(&call);
	extract(&call, fcinfo, &a);
	CHECK_FOR_INTERRUPTS();
	MemoryContextSwitchTo(call.caller);
	result = article_to_jsonb(&a);
	nt_text_call_end(&call);
	PG_RETURN_JSONB_P(result);
}

/*
 * 1-based position of a byte offset as substr() counts: characters, or
 * bytes in a SQL_ASCII database, where substr() counts bytes.
 */
static int32
char_position(const nt_charmap *map, size_t byte_offset)
{
	if (GetDatabaseEncoding() == PG_SQL_ASCII)
		return (int32) byte_offset + 1;
	return (int32) nt_charmap_chars(map, byte_offset) + 1;
}

PG_FUNCTION_INFO_V1(article_officials);
Datum
article_officials(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	nt_text_call call;
	nt_article	a;
	nt_charmap	map;
	size_t		k;

	nt_init_materialized_srf(fcinfo);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	nt_text_call_begin(&call);
	extract(&call, fcinfo, &a);
	nt_charmap_init(&map, &call.arena, a.clean.body, a.clean.body_len);
	MemoryContextSwitchTo(call.caller);
	for (k = 0; k < a.mentions.count; k++)
	{
		const nt_official *o = &NT_VEC_AT(&a.mentions, nt_official, k);
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};

		values[0] = PointerGetDatum(nt_utf8_to_text(o->role, strlen(o->role)));
		if (o->name)
			values[1] = PointerGetDatum(nt_utf8_to_text(o->name, strlen(o->name)));
		else
			nulls[1] = true;
		values[2] = Int32GetDatum(char_position(&map, o->start));
		values[3] = Int32GetDatum(char_position(&map, o->end));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	nt_text_call_end(&call);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(article_regions);
Datum
article_regions(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	nt_text_call call;
	nt_article	a;
	size_t		k;

	nt_init_materialized_srf(fcinfo);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	nt_text_call_begin(&call);
	extract(&call, fcinfo, &a);
	MemoryContextSwitchTo(call.caller);
	for (k = 0; k < a.regions.count; k++)
	{
		const nt_region_row *r = &nt_region_rows[NT_VEC_AT(&a.regions, nt_region_hit, k).row];
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		values[0] = CStringGetTextDatum(r->code);
		values[1] = PointerGetDatum(nt_utf8_to_text(r->name, strlen(r->name)));
		values[2] = CStringGetTextDatum(level_name(r->level));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	nt_text_call_end(&call);
	return (Datum) 0;
}

static const char *
date_kind_name(nt_date_kind kind)
{
	switch (kind)
	{
		case NT_DATE_EVENT:
			return "event";
		case NT_DATE_MENTION:
			return "mention";
		case NT_DATE_DOCUMENT:
			return "document";
		case NT_DATE_ELECTION:
			return "voting_day";
	}
	return NULL;
}

PG_FUNCTION_INFO_V1(article_dates);
Datum
article_dates(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	nt_text_call call;
	nt_article	a;
	nt_charmap	map;
	size_t		k;

	nt_init_materialized_srf(fcinfo);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	nt_text_call_begin(&call);
	extract(&call, fcinfo, &a);
	nt_charmap_init(&map, &call.arena, a.clean.body, a.clean.body_len);
	MemoryContextSwitchTo(call.caller);
	for (k = 0; k < a.dates.count; k++)
	{
		const nt_date_mention *d = &NT_VEC_AT(&a.dates, nt_date_mention, k);
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};

		if (d->resolved)
		{
			nt_date		dd = {d->year, d->month, d->day};

			values[0] = DateADTGetDatum(nt_date_to_dateadt(dd));
		}
		else
			nulls[0] = true;
		values[1] = PointerGetDatum(nt_utf8_to_text(a.clean.body + d->start,
													d->end - d->start));
		values[2] = Int32GetDatum(char_position(&map, d->start));
		values[3] = Int32GetDatum(char_position(&map, d->end));
		values[4] = CStringGetTextDatum(date_kind_name(d->kind));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	nt_text_call_end(&call);
	return (Datum) 0;
}
