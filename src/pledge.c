/*-------------------------------------------------------------------------
 *
 * pledge.c
 *	  SQL functions for neutrality pledges: which standard points a pledge
 *	  text carries, and whether a signed pledge record is consistent.
 *
 * The wordings of the points live in netralitas.pledge_clause (shipped
 * rows plus users' own), compiled once per backend like the violation
 * rules.  pledge_points() and validate_pledge() are built to run on every
 * row of a bulk load: one Hyperscan pass over the text, no memory context
 * of their own.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/pledge.c
 *
 *-------------------------------------------------------------------------
 */
#include "netralitas.h"

#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "compat.h"
#include "rule_cache.h"
#include "text_call.h"
#include "violation.h"
#include "core/election_core.h"
#include "core/nip_core.h"
#include "core/pledge.h"
#include "core/utf8.h"
#include "core/words.h"

static const char *const point_names[NT_PLEDGE_CLAUSES] = {"P1", "P2", "P3", "P4"};

static const char *const point_summaries[NT_PLEDGE_CLAUSES] = {
	"menjaga dan menegakkan prinsip netralitas sebelum, selama dan sesudah pemilihan",
	"menghindari konflik kepentingan, tidak melakukan intimidasi dan ancaman, tidak memihak",
	"menggunakan media sosial secara bijak, tidak menyebarkan ujaran kebencian dan berita bohong",
	"menolak politik uang dan segala jenis pemberian"
};

static int
clause_index(const char *code)
{
	int			k;

	for (k = 0; k < NT_PLEDGE_CLAUSES; k++)
		if (strcmp(code, point_names[k]) == 0)
			return k;
	return -1;
}

/* Read and compile the enabled rows of netralitas.pledge_clause. */
static void *
load_pledge_clauses(const char *table)
{
	nt_pledge_wording *w;
	int			n,
				i;
	char		err[256];
	size_t		offset = 0;
	int			bad = -1;
	nt_pledge_set *set;
	MemoryContext caller = CurrentMemoryContext;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute(psprintf("SELECT id, clause, pattern, negative_form, distinctive FROM %s "
							 "WHERE enabled ORDER BY id", table), true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read the pledge clauses");
	n = (int) SPI_processed;
	w = MemoryContextAllocZero(caller, sizeof(nt_pledge_wording) * (n + 1));
	for (i = 0; i < n; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		char	   *clause = SPI_getvalue(tup, desc, 2);

		w[i].id = DatumGetInt32(SPI_getbinval(tup, desc, 1, &isnull));
		w[i].clause = clause ? clause_index(clause) : 0;
		if (w[i].clause < 0)
			w[i].clause = 0;
		w[i].pattern = MemoryContextStrdup(caller, SPI_getvalue(tup, desc, 3));
		w[i].negative_form = DatumGetBool(SPI_getbinval(tup, desc, 4, &isnull));
		w[i].distinctive = DatumGetBool(SPI_getbinval(tup, desc, 5, &isnull));
	}
	SPI_finish();
	set = nt_pledge_set_build(w, n, err, sizeof(err), &offset, &bad);
	if (set == NULL)
		nt_report_bad_pattern("pledge_clause", bad >= 0 ? w[bad].id : 0,
							  bad >= 0 ? w[bad].pattern : "", err, offset);
	return set;
}

static void
free_set(void *set)
{
	nt_pledge_set_free(set);
}

static nt_rule_cache pledge_clauses = {
	"pledge_clause", InvalidOid, NULL, free_set, load_pledge_clauses, false, NULL
};

static const nt_pledge_set *
table_set(FunctionCallInfo fcinfo)
{
	return nt_rule_cache_get(&pledge_clauses, fcinfo);
}

/*
 * The text of a pledge as UTF-8, without a copy in UTF-8 databases.  Other
 * encodings are converted in the current memory context.
 */
static const char *
pledge_text(text *t, size_t *len)
{
	int			enc = GetDatabaseEncoding();
	const char *data = VARDATA_ANY(t);
	size_t		n = VARSIZE_ANY_EXHDR(t);

	if (enc == PG_UTF8)
	{
		*len = n;
		return data;
	}
	if (enc == PG_SQL_ASCII)
	{
		if (nt_utf8_is_valid(data, n))
		{
			*len = n;
			return data;
		}
		{
			/* invalid bytes become U+FFFD; the arena lives in this call's context */
			nt_arena	arena;

			nt_arena_init(&arena, &nt_malloc_allocator);
			{
				size_t		out_len;
				char	   *s = nt_utf8_sanitize(&arena, data, n, &out_len);
				char	   *copy = palloc(out_len + 1);

				memcpy(copy, s, out_len + 1);
				nt_arena_free_all(&arena);
				*len = out_len;
				return copy;
			}
		}
	}
	{
		char	   *converted = (char *) pg_do_encoding_conversion((unsigned char *) data,
																   (int) n, enc, PG_UTF8);

		*len = converted == data ? n : strlen(converted);
		return converted;
	}
}

static ArrayType *
points_array(unsigned points, bool present)
{
	Datum		elems[NT_PLEDGE_CLAUSES];
	int			n = 0,
				k;

	for (k = 0; k < NT_PLEDGE_CLAUSES; k++)
		if (((points >> k) & 1u) == (present ? 1u : 0u))
			elems[n++] = CStringGetTextDatum(point_names[k]);
	return construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT);
}

static unsigned
points_of(FunctionCallInfo fcinfo, const char *s, size_t len)
{
	return nt_pledge_points_fast(nt_interrupt_only_context(), table_set(fcinfo), s, len);
}

PG_FUNCTION_INFO_V1(pledge_points);
Datum
pledge_points(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *s = pledge_text(PG_GETARG_TEXT_PP(0), &len);

	PG_RETURN_ARRAYTYPE_P(points_array(nt_pledge_points_fast(nt_interrupt_only_context(), table_set(fcinfo), s, len), true));
}

PG_FUNCTION_INFO_V1(pledge_missing);
Datum
pledge_missing(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *s = pledge_text(PG_GETARG_TEXT_PP(0), &len);

	PG_RETURN_ARRAYTYPE_P(points_array(nt_pledge_points_fast(nt_interrupt_only_context(), table_set(fcinfo), s, len), false));
}

PG_FUNCTION_INFO_V1(pledge_complete);
Datum
pledge_complete(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *s = pledge_text(PG_GETARG_TEXT_PP(0), &len);
	unsigned	all = (1u << NT_PLEDGE_CLAUSES) - 1;

	PG_RETURN_BOOL((points_of(fcinfo, s, len) & all) == all);
}

PG_FUNCTION_INFO_V1(check_pledge);
Datum
check_pledge(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body = PG_GETARG_TEXT_PP(0);
	const nt_pledge_set *set;
	nt_text_call call;
	size_t		len,
				k;
	char	   *input;
	nt_vec		hits;
	nt_charmap	map;
	int			c;

	nt_init_materialized_srf(fcinfo);
	set = table_set(fcinfo);
	nt_text_call_begin(&call);
	input = nt_text_to_utf8(&call, body, &len);
	nt_vec_init(&hits, &call.arena, sizeof(nt_pledge_hit));
	nt_pledge_scan_set(&call.ctx, set, input, len, &hits);
	nt_charmap_init(&map, &call.arena, input, len);
	MemoryContextSwitchTo(call.caller);
	for (c = 0; c < NT_PLEDGE_CLAUSES; c++)
	{
		const nt_pledge_hit *best = NULL;
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};

		/* the first plain occurrence, else the first one turned around */
		for (k = 0; k < hits.count; k++)
		{
			const nt_pledge_hit *h = &NT_VEC_AT(&hits, nt_pledge_hit, k);
			bool		plain = !h->negated && !h->prohibition;

			if (h->clause != c)
				continue;
			if (best == NULL ||
				(plain && (best->negated || best->prohibition)) ||
				(plain == (!best->negated && !best->prohibition) && h->start < best->start))
				best = h;
		}
		values[0] = CStringGetTextDatum(point_names[c]);
		values[1] = BoolGetDatum(best != NULL && !best->negated && !best->prohibition);
		if (best != NULL)
		{
			values[2] = PointerGetDatum(nt_utf8_to_text(input + best->start,
														best->end - best->start));
			values[3] = Int32GetDatum(nt_input_position(&map, body, best->start));
			values[4] = Int32GetDatum(nt_input_position(&map, body, best->end));
		}
		else
			nulls[2] = nulls[3] = nulls[4] = true;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	nt_text_call_end(&call);
	return (Datum) 0;
}

/* ------------------------------------------------------------------------
 * validate_pledge
 * ------------------------------------------------------------------------ */

typedef struct problem
{
	const char *code;
	char	   *detail;
} problem;

#define MAX_PROBLEMS 16

typedef struct problems
{
	problem		items[MAX_PROBLEMS];
	int			count;
} problems;

static void
add_problem(problems *p, const char *code, char *detail)
{
	if (p->count < MAX_PROBLEMS)
	{
		p->items[p->count].code = code;
		p->items[p->count].detail = detail;
		p->count++;
	}
}

static const nt_election *
find_election_by_id(const char *id)
{
	int			i;

	for (i = 0; i < nt_election_count(); i++)
		if (strcmp(nt_election_at(i)->id, id) == 0)
			return nt_election_at(i);
	return NULL;
}

/* Years 2010-2039 written in the text, as a bit set over year - 2010. */
static uint32_t
years_written(const char *s, size_t len)
{
	uint32_t	years = 0;
	size_t		i;

	for (i = 0; i + 4 <= len; i++)
	{
		if (s[i] != '2' || s[i + 1] != '0' || (s[i + 2] != '1' && s[i + 2] != '2' && s[i + 2] != '3') ||
			!nt_is_ascii_digit(s[i + 3]))
			continue;
		if ((i > 0 && nt_is_ascii_digit(s[i - 1])) || (i + 4 < len && nt_is_ascii_digit(s[i + 4])))
			continue;
		years |= 1u << ((s[i + 2] - '1') * 10 + (s[i + 3] - '0'));
	}
	return years;
}

/* Does the lower-cased text hold one of the '|'-separated words, as a word? */
static bool
has_any_word(const char *lower, size_t len, const char *words)
{
	while (*words)
	{
		const char *bar = strchr(words, '|');
		size_t		n = bar ? (size_t) (bar - words) : strlen(words);
		size_t		pos = 0;

		while (n > 0 && pos + n <= len)
		{
			const char *hit = memmem(lower + pos, len - pos, words, n);
			size_t		at;

			if (hit == NULL)
				break;
			at = (size_t) (hit - lower);
			if ((at == 0 || !nt_is_ascii_alnum(lower[at - 1])) &&
				(at + n == len || !nt_is_ascii_alnum(lower[at + n])))
				return true;
			pos = at + 1;
		}
		if (bar == NULL)
			break;
		words = bar + 1;
	}
	return false;
}

static bool
is_blank(text *t)
{
	return nt_utf8_is_blank(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
}

/*
 * Every problem of a signed pledge record; none means valid.  The election
 * is looked up in the compiled-in calendar, which netralitas.election
 * mirrors (both read-only).
 */
static void
collect_problems(FunctionCallInfo fcinfo, problems *p)
{
	bool		has_signer = !PG_ARGISNULL(0),
				has_date = !PG_ARGISNULL(1),
				has_election = !PG_ARGISNULL(2),
				has_body = !PG_ARGISNULL(3);
	int64		signer = has_signer ? PG_GETARG_INT64(0) : 0;
	DateADT		signed_on = has_date ? PG_GETARG_DATEADT(1) : 0;
	const nt_election *e = NULL;
	nt_date		on = {0, 0, 0};

	if (!has_signer)
		add_problem(p, "missing_signer", pstrdup("The pledge has no signer NIP."));
	if (!has_date)
		add_problem(p, "missing_date", pstrdup("The pledge has no signing date."));
	else if (DATE_NOT_FINITE(signed_on))
	{
		add_problem(p, "implausible_date", pstrdup("The signing date is infinite."));
		has_date = false;
	}
	else
	{
		on = nt_dateadt_to_date(signed_on);
		if (on.year < 1900 || on.year > 2100)
		{
			add_problem(p, "implausible_date",
						psprintf("The signing date %04d-%02d-%02d is not between 1900 and 2100.",
								 on.year, on.month, on.day));
			has_date = false;
		}
	}
	if (!has_election)
		add_problem(p, "missing_election", pstrdup("The pledge names no election."));
	else
	{
		char	   *id = text_to_cstring(PG_GETARG_TEXT_PP(2));

		e = find_election_by_id(id);
		if (e == NULL)
			add_problem(p, "unknown_election",
						psprintf("There is no election \"%s\" in netralitas.election.", id));
	}

	if (e != NULL && has_date)
	{
		int64_t		d = nt_days_from_civil(on.year, on.month, on.day);
		int64_t		vd = nt_days_from_civil(e->voting_day.year, e->voting_day.month,
											e->voting_day.day);

		if (d > vd)
			add_problem(p, "signed_after_voting_day",
						psprintf("Signed on %04d-%02d-%02d, after voting day %04d-%02d-%02d of %s.",
								 on.year, on.month, on.day, e->voting_day.year,
								 e->voting_day.month, e->voting_day.day, e->id));
	}

	if (has_signer && has_date)
	{
		nt_nip_fields f;
		nt_date		birth;

		nt_nip_decode(signer, &f);
		birth.year = f.birth_year;
		birth.month = f.birth_month;
		birth.day = f.birth_day;
		if (nt_years_between(birth, on) < 18)
			add_problem(p, "signer_under_18",
						psprintf("The signer, born %04d-%02d-%02d, is under 18 on %04d-%02d-%02d.",
								 f.birth_year, f.birth_month, f.birth_day, on.year, on.month,
								 on.day));
		if (f.kind == NT_NIP_KIND_PNS &&
			(f.appointed_year > on.year ||
			 (f.appointed_year == on.year && f.appointed_month > on.month)))
			add_problem(p, "not_yet_appointed",
						psprintf("The signer's appointment (TMT %04d-%02d) is after the signing date.",
								 f.appointed_year, f.appointed_month));
		else if (f.kind == NT_NIP_KIND_PPPK && f.appointed_year > on.year)
			add_problem(p, "not_yet_appointed",
						psprintf("The signer's PPPK appointment (%04d) is after the signing date.",
								 f.appointed_year));
	}

	if (has_body && is_blank(PG_GETARG_TEXT_PP(3)))
	{
		add_problem(p, "missing_body", pstrdup("The pledge text is empty."));
		has_body = false;
	}
	else if (!has_body)
		add_problem(p, "missing_body", pstrdup("The pledge has no text."));
	else
	{
		size_t		len;
		const char *s = pledge_text(PG_GETARG_TEXT_PP(3), &len);
		unsigned	points = points_of(fcinfo, s, len);
		int			k;

		for (k = 0; k < NT_PLEDGE_CLAUSES; k++)
			if (!(points & (1u << k)))
				add_problem(p, "missing_clause",
							psprintf("%s (%s) is not in the text.", point_names[k],
									 point_summaries[k]));
		if (e != NULL)
		{
			uint32_t	years = years_written(s, len);

			if (years != 0 && e->year >= 2010 && e->year < 2040 &&
				!(years & (1u << (e->year - 2010))))
			{
				int			y;

				for (y = 0; y < 30; y++)
					if (years & (1u << y))
						break;
				add_problem(p, "other_election_year",
							psprintf("The text names the year %d, not %d of %s.", 2010 + y,
									 e->year, e->id));
			}
		}
		if (has_signer)
		{
			nt_nip_fields f;
			char		stack[8192];
			char	   *lower = len < sizeof(stack) ? stack : palloc(len + 1);
			size_t		i;
			bool		says_pppk,
						says_pns,
						says_asn;

			nt_nip_decode(signer, &f);
			for (i = 0; i < len; i++)
				lower[i] = nt_ascii_lower(s[i]);
			lower[len] = '\0';
			says_pppk = has_any_word(lower, len, "pppk|perjanjian kerja");
			says_pns = has_any_word(lower, len, "pns|pegawai negeri sipil");
			says_asn = has_any_word(lower, len, "asn|aparatur sipil negara");
			if (f.kind == NT_NIP_KIND_PPPK && says_pns && !says_pppk && !says_asn)
				add_problem(p, "wording_for_pns",
							pstrdup("The signer is a PPPK but the text speaks of PNS only."));
			if (f.kind == NT_NIP_KIND_PNS && says_pppk && !says_pns && !says_asn)
				add_problem(p, "wording_for_pppk",
							pstrdup("The signer is a PNS but the text speaks of PPPK only."));
		}
	}
}

PG_FUNCTION_INFO_V1(validate_pledge);
Datum
validate_pledge(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	problems	p;
	int			k;

	nt_init_materialized_srf(fcinfo);
	p.count = 0;
	collect_problems(fcinfo, &p);
	for (k = 0; k < p.count; k++)
	{
		Datum		values[2];
		bool		nulls[2] = {false, false};

		values[0] = CStringGetTextDatum(p.items[k].code);
		values[1] = CStringGetTextDatum(p.items[k].detail);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(pledge_is_valid);
Datum
pledge_is_valid(PG_FUNCTION_ARGS)
{
	problems	p;

	p.count = 0;
	collect_problems(fcinfo, &p);
	PG_RETURN_BOOL(p.count == 0);
}

PG_FUNCTION_INFO_V1(builtin_pledge_clauses);
Datum
builtin_pledge_clauses(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			n,
				i;
	const nt_pledge_wording *w = nt_builtin_pledge_wordings(&n);

	nt_init_materialized_srf(fcinfo);
	for (i = 0; i < n; i++)
	{
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};

		values[0] = Int32GetDatum(w[i].id);
		values[1] = CStringGetTextDatum(point_names[w[i].clause]);
		values[2] = CStringGetTextDatum(w[i].pattern);
		values[3] = BoolGetDatum(w[i].negative_form);
		values[4] = BoolGetDatum(w[i].distinctive);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
