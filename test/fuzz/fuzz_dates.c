/*
 * fuzz_dates.c
 *	  libFuzzer target for the extractors that nt_extract_article chains,
 *	  called one by one on raw (uncleaned) text: dates.h (nt_find_dates,
 *	  nt_resolve_dates against no voting day and against every election of
 *	  the calendar), and the token-based ones, regions.h, officials.h and
 *	  facts.h.
 *
 * Input: a text, sanitised as the SQL layer does (nt_utf8_sanitize) and
 * copied into an exact-size heap block without a NUL.  Its first line
 * doubles as the title; the words before the first " - " or "," of that
 * line (when within 60 bytes) as the dateline, and the body is read from
 * there.  Inputs above 64 KB are skipped.
 *
 * Invariants, besides "no crash, no sanitizer report":
 *	- every date span lies inside the text, on character boundaries,
 *	  start < end; mentions come in text order and do not overlap; fields
 *	  are in range; a written weekday is the weekday word the span starts
 *	  with; a resolved date is a real day whose weekday agrees; exactly the
 *	  mention at the returned index is the event;
 *	- region hits name existing rows, best first; place matches cover
 *	  existing tokens and rows;
 *	- official mentions lie inside the text, every named person has a
 *	  mention; strings are valid UTF-8;
 *	- institutions and legal references are distinct; event types found
 *	  for a non-incident are a subset of those found for an incident;
 *	- running everything twice gives the same result.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/context.h"
#include "core/dates.h"
#include "core/election_core.h"
#include "core/facts.h"
#include "core/officials.h"
#include "core/regions.h"
#include "core/tokens.h"
#include "core/utf8.h"
#include "core/words.h"

#include "fuzz_common.h"

#define MAX_INPUT (64 * 1024)

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool
valid_cstring(const char *s)
{
	return s != NULL && nt_utf8_is_valid(s, strlen(s));
}

static void
put(nt_buf *b, const void *p, size_t n)
{
	nt_buf_append(b, (const char *) p, n);
}

static void
put_str(nt_buf *b, const char *s)
{
	if (s == NULL)
		nt_buf_append(b, "\x01", 1);
	else
		nt_buf_append(b, s, strlen(s) + 1);
}

/* The weekday a span starts with, by its name; -1 if none. */
static int
weekday_word(const char *s, size_t len)
{
	static const struct
	{
		const char *name;
		int			day;
	}			names[] = {
		{"senin", 1}, {"selasa", 2}, {"rabu", 3}, {"kamis", 4}, {"jum", 5},
		{"sabtu", 6}, {"minggu", 0}, {"ahad", 0}
	};
	size_t		k,
				i;

	for (k = 0; k < sizeof(names) / sizeof(names[0]); k++)
	{
		size_t		n = strlen(names[k].name);

		if (n > len)
			continue;
		for (i = 0; i < n; i++)
			if (nt_ascii_lower(s[i]) != names[k].name[i])
				break;
		if (i == n)
			return names[k].day;
	}
	return -1;
}

/* ---- dates ---- */

static void
check_dates(const char *text, size_t len, const nt_vec *dates, int event)
{
	size_t		k;

	CHECK(event >= -1 && event < (int) dates->count);
	for (k = 0; k < dates->count; k++)
	{
		const nt_date_mention *d = &NT_VEC_AT(dates, nt_date_mention, k);

		check_span(text, len, d->start, d->end);
		CHECK(d->start < d->end);
		if (k > 0)
			CHECK(NT_VEC_AT(dates, nt_date_mention, k - 1).end <= d->start);
		CHECK(d->weekday >= -1 && d->weekday <= 6);
		if (d->weekday >= 0)
			CHECK(weekday_word(text + d->start, d->end - d->start) == d->weekday);
		/* "(45/77)" is a mention too, never resolved: two digits each */
		CHECK(d->day >= 0 && d->day <= 99);
		CHECK(d->month >= 0 && d->month <= 99);
		CHECK(d->year >= 0 && d->year <= 9999);
		CHECK(!d->year_inferred || d->year != 0);
		CHECK(d->kind >= NT_DATE_EVENT && d->kind <= NT_DATE_ELECTION);
		CHECK((d->kind == NT_DATE_EVENT) == ((int) k == event));
		if (d->resolved)
		{
			CHECK(nt_date_is_valid(d->year, d->month, d->day));
			CHECK(d->weekday < 0 || nt_weekday(d->year, d->month, d->day) == d->weekday);
		}
	}
}

/* What extract.c does before each nt_resolve_dates. */
static void
reset_dates(nt_vec *dates)
{
	size_t		k;

	for (k = 0; k < dates->count; k++)
	{
		nt_date_mention *d = &NT_VEC_AT(dates, nt_date_mention, k);

		if (d->year_inferred)
		{
			d->year = 0;
			d->year_inferred = false;
		}
		d->resolved = false;
		if (d->kind != NT_DATE_DOCUMENT)
			d->kind = NT_DATE_MENTION;
	}
}

static void
run_dates(const nt_context *ctx, const char *text, size_t len, nt_buf *out)
{
	nt_vec		dates;
	int			i,
				event;
	size_t		k;

	nt_vec_init(&dates, ctx->arena, sizeof(nt_date_mention));
	nt_find_dates(ctx, text, len, &dates);
	for (i = -1; i < nt_election_count(); i++)
	{
		const nt_election *e = i >= 0 ? nt_election_at(i) : NULL;

		reset_dates(&dates);
		event = nt_resolve_dates(&dates, e ? &e->voting_day : NULL);
		check_dates(text, len, &dates, event);
		put(out, &event, sizeof(int));
		for (k = 0; k < dates.count; k++)
		{
			const nt_date_mention *d = &NT_VEC_AT(&dates, nt_date_mention, k);
			long		f[9] = {(long) d->start, (long) d->end, d->weekday, d->day, d->month,
			d->year, d->year_inferred, d->resolved, (long) d->kind};

			put(out, f, sizeof(f));
		}
	}
}

/* ---- regions ---- */

static void
check_place_match(const nt_place_match *m, size_t tokens_left)
{
	int			k;

	CHECK(m->nrows >= 0 && m->nrows <= 4);
	CHECK(m->tokens <= tokens_left);
	CHECK((m->tokens == 0) == (m->nrows == 0));
	for (k = 0; k < m->nrows; k++)
		CHECK(m->rows[k] >= 0 && m->rows[k] < nt_region_row_count);
}

static void
run_regions(const nt_context *ctx, const nt_tokens *body, size_t body_from,
			const char *dateline, size_t dateline_len, const nt_tokens *title,
			nt_buf *out)
{
	nt_vec		hits;
	size_t		k,
				limit;
	nt_place_match m;

	for (k = 0; k < body->count; k++)
	{
		nt_match_place(body, k, &m);
		check_place_match(&m, body->count - k);
		put(out, &m.tokens, sizeof(size_t));
		put(out, m.rows, sizeof(int) * (size_t) m.nrows);
	}
	if (dateline != NULL)
	{
		nt_lookup_place(dateline, dateline_len, &m);
		check_place_match(&m, 1);
	}

	nt_vec_init(&hits, ctx->arena, sizeof(nt_region_hit));
	nt_find_regions(ctx, body, body_from, dateline, dateline_len, title, &hits);
	limit = body->len;
	if (title != NULL && title->len > limit)
		limit = title->len;
	for (k = 0; k < hits.count; k++)
	{
		const nt_region_hit *r = &NT_VEC_AT(&hits, nt_region_hit, k);

		CHECK(r->row >= 0 && r->row < nt_region_row_count);
		CHECK(r->first_start <= r->first_end && r->first_end <= limit);
		if (k > 0)
			CHECK(NT_VEC_AT(&hits, nt_region_hit, k - 1).score >= r->score);
		put(out, &r->row, sizeof(int));
		put(out, &r->score, sizeof(int));
		put(out, &r->first_start, sizeof(size_t));
		put(out, &r->first_end, sizeof(size_t));
	}
}

/* ---- officials ---- */

static void
run_officials(const nt_context *ctx, const nt_tokens *t, nt_buf *out)
{
	nt_vec		mentions,
				people;
	size_t		k,
				j;

	nt_vec_init(&mentions, ctx->arena, sizeof(nt_official));
	nt_vec_init(&people, ctx->arena, sizeof(nt_official));
	nt_find_officials(ctx, t, &mentions, &people);
	for (k = 0; k < mentions.count; k++)
	{
		const nt_official *o = &NT_VEC_AT(&mentions, nt_official, k);

		check_span(t->text, t->len, o->start, o->end);
		CHECK(o->start < o->end);
		CHECK(valid_cstring(o->role));
		CHECK(o->name == NULL || valid_cstring(o->name));
		put_str(out, o->role);
		put_str(out, o->name);
		put(out, &o->start, sizeof(size_t));
		put(out, &o->end, sizeof(size_t));
	}
	for (k = 0; k < people.count; k++)
	{
		const nt_official *p = &NT_VEC_AT(&people, nt_official, k);
		bool		mentioned = false;

		CHECK(valid_cstring(p->role));
		CHECK(p->name != NULL && valid_cstring(p->name));
		for (j = 0; j < mentions.count && !mentioned; j++)
		{
			const nt_official *o = &NT_VEC_AT(&mentions, nt_official, j);

			mentioned = o->name != NULL && strcmp(o->name, p->name) == 0;
		}
		CHECK(mentioned);
		put_str(out, p->role);
		put_str(out, p->name);
	}
}

/* ---- facts ---- */

static void
check_distinct_strings(const nt_vec *v)
{
	size_t		i,
				j;

	for (i = 0; i < v->count; i++)
	{
		const char *a = NT_VEC_AT(v, const char *, i);

		CHECK(valid_cstring(a) && a[0] != '\0');
		for (j = 0; j < i; j++)
			CHECK(strcmp(a, NT_VEC_AT(v, const char *, j)) != 0);
	}
}

static void
run_facts(const nt_context *ctx, const char *text, size_t len, const char *title,
		  size_t title_len, const nt_tokens *t, nt_buf *out)
{
	nt_election_guess g;
	nt_vec		inst,
				ev_plain,
				ev_incident,
				refs;
	long		participants;
	size_t		i,
				j;

	nt_guess_election(ctx, text, len, title, title_len, &g);
	CHECK(g.year == 0 || (g.year >= 2010 && g.year < 2040));
	CHECK(g.found_kind || g.year == 0);
	CHECK(g.kind == NT_ELECTION_PEMILU || g.kind == NT_ELECTION_PILKADA);
	{
		int			f[3] = {g.found_kind, (int) g.kind, g.year};

		put(out, f, sizeof(f));
	}

	nt_vec_init(&inst, ctx->arena, sizeof(const char *));
	nt_find_institutions(ctx, t, &inst);
	check_distinct_strings(&inst);

	nt_vec_init(&ev_plain, ctx->arena, sizeof(const char *));
	nt_vec_init(&ev_incident, ctx->arena, sizeof(const char *));
	nt_find_event_types(ctx, text, len, false, &ev_plain);
	nt_find_event_types(ctx, text, len, true, &ev_incident);
	check_distinct_strings(&ev_plain);
	check_distinct_strings(&ev_incident);
	for (i = 0; i < ev_plain.count; i++)
	{
		bool		found = false;

		for (j = 0; j < ev_incident.count && !found; j++)
			found = strcmp(NT_VEC_AT(&ev_plain, const char *, i),
						   NT_VEC_AT(&ev_incident, const char *, j)) == 0;
		CHECK(found);
	}

	participants = nt_find_participants(ctx, text, len);
	CHECK(participants >= -1);
	put(out, &participants, sizeof(long));

	nt_vec_init(&refs, ctx->arena, sizeof(char *));
	nt_find_legal_refs(ctx, text, len, &refs);
	check_distinct_strings(&refs);

	for (i = 0; i < inst.count; i++)
		put_str(out, NT_VEC_AT(&inst, const char *, i));
	for (i = 0; i < ev_incident.count; i++)
		put_str(out, NT_VEC_AT(&ev_incident, const char *, i));
	for (i = 0; i < refs.count; i++)
		put_str(out, NT_VEC_AT(&refs, char *, i));
}

static void
run_all(const char *text, size_t len, nt_buf *out)
{
	nt_arena	arena;
	nt_context	ctx;
	nt_tokens	body,
				title;
	const char *nl = memchr(text, '\n', len);
	size_t		title_len = nl ? (size_t) (nl - text) : len;
	size_t		dateline_len = 0,
				k;

	nt_arena_init(&arena, &nt_malloc_allocator);
	ctx.arena = &arena;
	ctx.check_interrupts = NULL;
	ctx.check_interrupts_arg = NULL;

	/* "BANGLI - ...", "Kota Bekasi, ..." */
	for (k = 0; k < title_len && k < 60; k++)
		if (text[k] == ',' || (text[k] == ' ' && k + 1 < title_len && text[k + 1] == '-'))
		{
			dateline_len = k;
			break;
		}

	nt_tokenize(&ctx, text, len, &body);
	nt_tokenize(&ctx, text, title_len, &title);
	for (k = 0; k < body.count; k++)
	{
		const nt_token *tok = &body.items[k];

		CHECK(tok->start < tok->end && tok->end <= len);
		CHECK(k == 0 || body.items[k - 1].end < tok->start);
	}

	run_dates(&ctx, text, len, out);
	run_regions(&ctx, &body, dateline_len, dateline_len > 0 ? text : NULL, dateline_len,
				nl ? &title : NULL, out);
	run_officials(&ctx, &body, out);
	run_facts(&ctx, text, len, nl ? text : NULL, title_len, &body, out);
	nt_arena_free_all(&arena);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	nt_arena	arena;
	size_t		len;
	char	   *text;
	nt_buf		d1,
				d2;

	if (size > MAX_INPUT)
		return 0;
	nt_arena_init(&arena, &nt_malloc_allocator);
	text = nt_utf8_sanitize(&arena, (const char *) data, size, &len);
	text = exact_copy(text, len);
	nt_buf_init(&d1, &arena, 256);
	nt_buf_init(&d2, &arena, 256);
	run_all(text, len, &d1);
	run_all(text, len, &d2);
	CHECK(d1.len == d2.len && memcmp(d1.data, d2.data, d1.len) == 0);
	free(text);
	nt_arena_free_all(&arena);
	return 0;
}
