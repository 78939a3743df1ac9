/*
 * fuzz_extract.c
 *	  libFuzzer target for nt_extract_article (extract.h): cleaning, then
 *	  election, dates, regions, officials, institutions, head count, event
 *	  types, pledge points, legal references and violations (with the
 *	  builtin classifier, as extract_article() in SQL uses it).
 *
 * Input: a scraped page.  When it starts with "URL:", the rest of that
 * first line is the URL argument and the page follows the line break.
 * Both are sanitised as the SQL layer does (nt_utf8_sanitize) and copied
 * into exact-size heap blocks without a NUL, like text datums.  Inputs
 * above 64 KB are skipped.
 *
 * Invariants, besides "no crash, no sanitizer report":
 *	- the builtin rules never hit the PCRE2 limits (extract_article()
 *	  would raise an error on an ordinary page);
 *	- the body is valid UTF-8 and every span (dates, officials, violations)
 *	  lies inside the part of the body facts are read from, on character
 *	  boundaries, start <= end; dates come in text order;
 *	- dates are in range (two digits for day and month); a resolved date
 *	  is a real day whose written weekday agrees; the event index points at an event mention;
 *	- the dateline string is bytes of the body, strings are valid UTF-8,
 *	  violations name a builtin rule of their form, and a text rule's
 *	  pattern matches exactly the evidence span;
 *	- extracting twice gives the same result.
 */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/classify.h"
#include "core/context.h"
#include "core/extract.h"
#include "core/regex.h"
#include "core/utf8.h"

#include "fuzz_common.h"

#define MAX_INPUT (64 * 1024)

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool
valid_cstring(const char *s)
{
	return s != NULL && nt_utf8_is_valid(s, strlen(s));
}

/* ---- the builtin classifier, and each text rule alone, built once ---- */

static const nt_classifier *classifier;
static const nt_rule_def *rules;
static int	nrules;
static nt_regex **rule_re;		/* text rules only; NULL for stem rules */

static void
ensure_classifier(void)
{
	char		err[256];
	size_t		offset = 0;
	int			bad = -1,
				i;

	if (classifier != NULL)
		return;
	rules = nt_builtin_rules(&nrules);
	classifier = nt_classifier_build(rules, nrules, err, sizeof(err), &offset, &bad);
	if (classifier == NULL)
	{
		fprintf(stderr, "builtin rule %d does not compile: %s\n", bad, err);
		abort();
	}
	rule_re = calloc((size_t) nrules + 1, sizeof(nt_regex *));
	if (rule_re == NULL)
		abort();
	for (i = 0; i < nrules; i++)
		if (rules[i].target == NT_RULE_ON_TEXT)
		{
			rule_re[i] = nt_regex_compile(rules[i].pattern, err, sizeof(err), &offset);
			CHECK(rule_re[i] != NULL);
		}
}

static void
check_violation(const char *text, size_t len, const nt_violation *v)
{
	int			i;

	CHECK(v->start < v->end);
	check_span(text, len, v->start, v->end);
	CHECK(v->score > 0 && isfinite(v->score));
	CHECK(v->form[NT_FORM_LEN - 1] == '\0');
	for (i = 0; i < nrules; i++)
		if (rules[i].id == v->rule_id)
			break;
	CHECK(i < nrules);
	CHECK(strcmp(rules[i].form, v->form) == 0);
	if (rule_re[i] != NULL)
	{
		/* the evidence is exactly what the rule's pattern matches there */
		nt_match	m;

		CHECK(nt_regex_find(rule_re[i], text, len, v->start, &m) == NT_REGEX_MATCH);
		CHECK(m.start[0] == v->start && m.end[0] == v->end);
	}
}

/* ---- invariants ---- */

static void
check_cleaned(const nt_cleaned *c, size_t input_len)
{
	CHECK(c->body != NULL);
	CHECK(c->body[c->body_len] == '\0');
	CHECK(nt_utf8_is_valid(c->body, c->body_len));
	CHECK(c->body_len <= 2 * input_len + 16);
	if (c->title != NULL)
		CHECK(nt_utf8_is_valid(c->title, c->title_len) && c->title[c->title_len] == '\0');
	if (c->has_dateline)
	{
		check_span(c->body, c->body_len, c->dateline_place_start, c->dateline_place_end);
		check_span(c->body, c->body_len, c->dateline_outlet_start, c->dateline_outlet_end);
		CHECK(c->dateline_end <= c->body_len);
		CHECK(at_boundary(c->body, c->body_len, c->dateline_end));
	}
}

static void
check_article(const nt_article *a, size_t input_len)
{
	const char *body = a->clean.body;
	size_t		facts_len = a->clean.body_len;
	size_t		k,
				prev_start = 0;

	check_cleaned(&a->clean, input_len);
	if (facts_len > NT_FACTS_MAX_BYTES)
		facts_len = NT_FACTS_MAX_BYTES;

	if (a->outlet != NULL)
		CHECK(valid_cstring(a->outlet) && a->outlet[0] != '\0');
	if (a->dateline != NULL)
	{
		CHECK(valid_cstring(a->dateline));
		/* strndup'd from the body (outlet and place may have swapped) */
		CHECK(a->clean.has_dateline);
		CHECK(strstr(body, a->dateline) != NULL);
	}

	/* dates */
	CHECK(a->event_index >= -1 && a->event_index < (int) a->dates.count);
	for (k = 0; k < a->dates.count; k++)
	{
		const nt_date_mention *d = &NT_VEC_AT(&a->dates, nt_date_mention, k);

		check_span(body, facts_len, d->start, d->end);
		CHECK(d->start < d->end);
		CHECK(d->start >= prev_start);
		prev_start = d->start;
		CHECK(d->weekday >= -1 && d->weekday <= 6);
		/* "(45/77)" is a mention too, never resolved: two digits each */
		CHECK(d->day >= 0 && d->day <= 99);
		CHECK(d->month >= 0 && d->month <= 99);
		CHECK(d->year >= 0 && d->year <= 9999);
		CHECK(!d->year_inferred || d->year != 0);
		CHECK(d->kind >= NT_DATE_EVENT && d->kind <= NT_DATE_ELECTION);
		CHECK((d->kind == NT_DATE_EVENT) == ((int) k == a->event_index));
		if (d->resolved)
		{
			CHECK(nt_date_is_valid(d->year, d->month, d->day));
			CHECK(d->weekday < 0 || nt_weekday(d->year, d->month, d->day) == d->weekday);
		}
	}
	if (a->has_event_date)
	{
		const nt_date_mention *d;

		CHECK(a->event_index >= 0);
		d = &NT_VEC_AT(&a->dates, nt_date_mention, a->event_index);
		CHECK(d->resolved);
		CHECK(d->year == a->event_date.year && d->month == a->event_date.month &&
			  d->day == a->event_date.day);
	}

	/* election */
	if (a->election != NULL)
	{
		CHECK(a->has_election);
		CHECK(a->election->kind == a->election_kind);
		CHECK(a->election->year == a->election_year);
	}
	CHECK(a->election_year >= 0);

	/* regions: spans into the body, the title or the dateline */
	for (k = 0; k < a->regions.count; k++)
	{
		const nt_region_hit *r = &NT_VEC_AT(&a->regions, nt_region_hit, k);

		CHECK(r->row >= 0 && r->row < nt_region_row_count);
		CHECK(r->first_start <= r->first_end);
		CHECK(r->first_end <= facts_len || r->first_end <= a->clean.title_len);
		if (k > 0)
			CHECK(NT_VEC_AT(&a->regions, nt_region_hit, k - 1).score >= r->score);
	}

	/* officials */
	for (k = 0; k < a->mentions.count; k++)
	{
		const nt_official *o = &NT_VEC_AT(&a->mentions, nt_official, k);

		check_span(body, facts_len, o->start, o->end);
		CHECK(o->start < o->end);
		CHECK(valid_cstring(o->role));
		CHECK(o->name == NULL || valid_cstring(o->name));
	}
	for (k = 0; k < a->officials.count; k++)
	{
		const nt_official *o = &NT_VEC_AT(&a->officials, nt_official, k);

		check_span(body, facts_len, o->start, o->end);
		CHECK(valid_cstring(o->role));
		CHECK(o->name != NULL && valid_cstring(o->name));
	}

	for (k = 0; k < a->institutions.count; k++)
		CHECK(valid_cstring(NT_VEC_AT(&a->institutions, const char *, k)));
	for (k = 0; k < a->event_types.count; k++)
		CHECK(valid_cstring(NT_VEC_AT(&a->event_types, const char *, k)));
	for (k = 0; k < a->legal_refs.count; k++)
		CHECK(valid_cstring(NT_VEC_AT(&a->legal_refs, char *, k)));
	CHECK(a->participants >= -1);
	CHECK(a->pledge_points < (1u << NT_PLEDGE_CLAUSES));

	/* violations: distinct forms, best first */
	for (k = 0; k < a->violations.count; k++)
	{
		const nt_violation *v = &NT_VEC_AT(&a->violations, nt_violation, k);
		size_t		j;

		check_violation(body, facts_len, v);
		for (j = 0; j < k; j++)
		{
			const nt_violation *w = &NT_VEC_AT(&a->violations, nt_violation, j);

			CHECK(strcmp(w->form, v->form) != 0);
			CHECK(w->score >= v->score);
		}
	}
	if (a->violations.count > 0)
		CHECK(a->incident);
}

/* ---- determinism: a flat record of everything ---- */

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

static void
digest(nt_buf *b, const nt_article *a)
{
	size_t		k;

	put(b, &a->clean.body_len, sizeof(size_t));
	put(b, a->clean.body, a->clean.body_len);
	put_str(b, a->clean.title);
	put_str(b, a->outlet);
	put_str(b, a->dateline);
	for (k = 0; k < a->dates.count; k++)
	{
		const nt_date_mention *d = &NT_VEC_AT(&a->dates, nt_date_mention, k);
		int			f[8] = {(int) d->start, (int) d->end, d->weekday, d->day, d->month,
		d->year, d->year_inferred * 2 + d->resolved, (int) d->kind};

		put(b, f, sizeof(f));
	}
	{
		int			f[8] = {a->event_index, a->has_event_date, a->event_date.year,
			a->event_date.month, a->event_date.day, a->has_election,
		(int) a->election_kind, a->election_year};

		put(b, f, sizeof(f));
	}
	for (k = 0; k < a->regions.count; k++)
	{
		const nt_region_hit *r = &NT_VEC_AT(&a->regions, nt_region_hit, k);
		int			f[4] = {r->row, r->score, (int) r->first_start, (int) r->first_end};

		put(b, f, sizeof(f));
	}
	for (k = 0; k < a->mentions.count; k++)
	{
		const nt_official *o = &NT_VEC_AT(&a->mentions, nt_official, k);

		put_str(b, o->role);
		put_str(b, o->name);
		put(b, &o->start, sizeof(size_t));
		put(b, &o->end, sizeof(size_t));
	}
	for (k = 0; k < a->officials.count; k++)
	{
		put_str(b, NT_VEC_AT(&a->officials, nt_official, k).role);
		put_str(b, NT_VEC_AT(&a->officials, nt_official, k).name);
	}
	for (k = 0; k < a->institutions.count; k++)
		put_str(b, NT_VEC_AT(&a->institutions, const char *, k));
	for (k = 0; k < a->event_types.count; k++)
		put_str(b, NT_VEC_AT(&a->event_types, const char *, k));
	for (k = 0; k < a->legal_refs.count; k++)
		put_str(b, NT_VEC_AT(&a->legal_refs, char *, k));
	put(b, &a->participants, sizeof(long));
	put(b, &a->pledge_points, sizeof(unsigned));
	put(b, &a->incident, sizeof(bool));
	for (k = 0; k < a->violations.count; k++)
	{
		const nt_violation *v = &NT_VEC_AT(&a->violations, nt_violation, k);

		put(b, v->form, NT_FORM_LEN);
		put(b, &v->score, sizeof(double));
		put(b, &v->start, sizeof(size_t));
		put(b, &v->end, sizeof(size_t));
		put(b, &v->rule_id, sizeof(int));
	}
}

static void
run(const char *page, size_t page_len, const char *url, size_t url_len, nt_buf *out)
{
	nt_arena	arena;
	nt_context	ctx;
	nt_article	a;
	int			limit_rule = 0;

	nt_arena_init(&arena, &nt_malloc_allocator);
	ctx.arena = &arena;
	ctx.check_interrupts = NULL;
	ctx.check_interrupts_arg = NULL;
	if (!nt_extract_article(&ctx, page, page_len, url, url_len, classifier, &a, &limit_rule))
	{
		fprintf(stderr, "builtin violation rule %d hit the PCRE2 limits\n", limit_rule);
		abort();
	}
	check_article(&a, page_len);
	if (a.outlet != NULL && url != NULL && !a.clean.has_dateline)
	{
		/* the outlet then came from the URL: a host of it, lower case */
		size_t		k;

		for (k = 0; a.outlet[k]; k++)
			CHECK(!(a.outlet[k] >= 'A' && a.outlet[k] <= 'Z'));
	}
	digest(out, &a);
	nt_arena_free_all(&arena);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	nt_arena	arena;
	const char *raw = (const char *) data;
	const char *page_raw = raw;
	size_t		page_raw_len = size;
	char	   *page = NULL,
			   *url = NULL;
	size_t		page_len,
				url_len = 0;
	char	   *s;
	nt_buf		d1,
				d2;

	if (size > MAX_INPUT)
		return 0;
	ensure_classifier();
	nt_arena_init(&arena, &nt_malloc_allocator);

	if (size >= 4 && memcmp(raw, "URL:", 4) == 0)
	{
		const char *nl = memchr(raw, '\n', size);
		size_t		end = nl ? (size_t) (nl - raw) : size;

		s = nt_utf8_sanitize(&arena, raw + 4, end - 4, &url_len);
		url = exact_copy(s, url_len);
		page_raw = nl ? nl + 1 : raw + size;
		page_raw_len = size - (size_t) (page_raw - raw);
	}
	s = nt_utf8_sanitize(&arena, page_raw, page_raw_len, &page_len);
	page = exact_copy(s, page_len);

	/* nt_url_host alone: a lower-case host without "www." and a dot */
	if (url != NULL)
	{
		nt_context	ctx = {&arena, NULL, NULL};
		char	   *host = nt_url_host(&ctx, url, url_len);

		if (host != NULL)
		{
			size_t		n = strlen(host);

			CHECK(n > 0 && n <= url_len);
			CHECK(memchr(host, '.', n) != NULL);
			CHECK(valid_cstring(host));
		}
	}

	nt_buf_init(&d1, &arena, 256);
	nt_buf_init(&d2, &arena, 256);
	run(page, page_len, url, url_len, &d1);
	run(page, page_len, url, url_len, &d2);
	CHECK(d1.len == d2.len && memcmp(d1.data, d2.data, d1.len) == 0);

	free(page);
	free(url);
	nt_arena_free_all(&arena);
	return 0;
}
