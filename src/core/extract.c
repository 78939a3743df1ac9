/*-------------------------------------------------------------------------
 *
 * extract.c
 *	  Structured facts of a scraped news article.
 *
 * Order matters: the body comes first (every fact is read from it), then
 * the election the text names, which dates need to fill in missing years,
 * then the rest.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/extract.c
 *
 *-------------------------------------------------------------------------
 */
#include "extract.h"

#include <stdio.h>
#include <string.h>

#include "classify.h"
#include "regex.h"
#include "words.h"

/*
 * Labels of letters, digits and inner hyphens (or non-ASCII bytes, for
 * internationalised names), at least two, the last not all digits: a name
 * an outlet can have, which "..." or an address like 10.0.0.1 is not.
 */
static bool
is_host_name(const char *s, size_t n)
{
	size_t		k,
				label_start = 0;
	int			labels = 0;
	bool		last_has_letter = false;

	for (k = 0; k <= n; k++)
	{
		unsigned char c = k < n ? (unsigned char) s[k] : '.';

		if (c == '.')
		{
			if (k == label_start || s[label_start] == '-' || s[k - 1] == '-')
				return false;
			labels++;
			label_start = k + 1;
			continue;
		}
		if (k == label_start)
			last_has_letter = false;
		if (nt_is_ascii_alpha((char) c) || c >= 0x80)
			last_has_letter = true;
		else if (!nt_is_ascii_digit((char) c) && c != '-')
			return false;
	}
	return labels >= 2 && last_has_letter;
}

char *
nt_url_host(const nt_context *ctx, const char *url, size_t len)
{
	size_t		s = 0,
				e,
				k;
	char	   *host;

	if (url == NULL || len == 0)
		return NULL;
	while (s < len && url[s] == ' ')
		s++;
	/* after "scheme://" or a scheme-relative "//" */
	for (k = s; k + 2 < len && k < s + 16; k++)
		if (url[k] == ':' && url[k + 1] == '/' && url[k + 2] == '/')
		{
			s = k + 3;
			break;
		}
	if (s + 1 < len && url[s] == '/' && url[s + 1] == '/')
		s += 2;
	else
	{
		/* "mailto:x@y", "tel:...": a scheme without "//" names no host */
		for (k = s; k < len && nt_is_ascii_alpha(url[k]); k++)
			;
		if (k > s && k < len && url[k] == ':' && !(k + 1 < len && nt_is_ascii_digit(url[k + 1])))
			return NULL;
	}
	e = s;
	while (e < len && url[e] != '/' && url[e] != '?' && url[e] != '#' && url[e] != ' ')
		e++;
	/* "user@host:port" */
	for (k = e; k > s; k--)
		if (url[k - 1] == '@')
		{
			s = k;
			break;
		}
	for (k = s; k < e; k++)
		if (url[k] == ':')
		{
			e = k;
			break;
		}
	if (e - s > 4 && nt_equal_ci(url + s, 4, "www.", 4))
		s += 4;
	if (!is_host_name(url + s, e - s))
		return NULL;
	host = nt_arena_strndup(ctx->arena, url + s, e - s);
	for (k = 0; host[k]; k++)
		host[k] = nt_ascii_lower(host[k]);
	return host;
}

static bool
looks_like_domain(const char *s)
{
	const char *dot = strrchr(s, '.');

	return dot != NULL && dot[1] != '\0' && strlen(dot + 1) <= 4 &&
		nt_is_ascii_alpha(dot[1]);
}

static bool
is_known_place(const char *s)
{
	nt_place_match m;

	nt_lookup_place(s, strlen(s), &m);
	return m.nrows > 0;
}

/*
 * Datelines come as "PLACE, Outlet –" and as "OUTLET, Place –": the
 * outlet is the part that looks like a domain, or the part that is not a
 * known place when the other one is.
 */
static void
fix_dateline_order(nt_article *a)
{
	char	   *tmp;

	/* "Langgam.id - ...": an outlet and no place */
	if (a->dateline != NULL && a->outlet == NULL && looks_like_domain(a->dateline))
	{
		a->outlet = a->dateline;
		a->dateline = NULL;
		return;
	}
	if (a->dateline == NULL || a->outlet == NULL)
		return;
	if ((looks_like_domain(a->dateline) && !looks_like_domain(a->outlet)) ||
		(is_known_place(a->outlet) && !is_known_place(a->dateline)))
	{
		tmp = a->dateline;
		a->dateline = a->outlet;
		a->outlet = tmp;
	}
}

static const char case_pattern[] =
	"\\b(?:dilaporkan|terlapor|diklarifikasi|dimintai\\s+klarifikasi|temuan\\s+(?:bawaslu|panwaslu)|"
	"dijatuhi|disanksi|direkomendasikan|diteruskan\\s+ke|diduga\\s+(?:melanggar|tidak\\s+netral)|"
	"terbukti\\s+melanggar|kedapatan)\\b";
static nt_regex *re_case;

/* Until the classifier decides, procedure words mark a reported case. */
static bool
looks_like_case(const char *text, size_t len)
{
	if (re_case == NULL)
		re_case = nt_regex_builtin(case_pattern);
	return nt_regex_find(re_case, text, len, 0, NULL) == NT_REGEX_MATCH;
}

static void
resolve_dates(nt_article *a, const nt_date *voting_day)
{
	size_t		k;

	for (k = 0; k < a->dates.count; k++)
	{
		nt_date_mention *d = &NT_VEC_AT(&a->dates, nt_date_mention, k);

		if (d->year_inferred)
		{
			d->year = 0;
			d->year_inferred = false;
		}
		d->resolved = false;
		if (d->kind != NT_DATE_DOCUMENT)
			d->kind = NT_DATE_MENTION;
	}
	a->event_index = nt_resolve_dates(&a->dates, voting_day);
	a->has_event_date = false;
	if (a->event_index >= 0)
	{
		nt_date_mention *d = &NT_VEC_AT(&a->dates, nt_date_mention, a->event_index);

		if (d->resolved)
		{
			a->has_event_date = true;
			a->event_date.year = d->year;
			a->event_date.month = d->month;
			a->event_date.day = d->day;
		}
	}
}

/* The nearest election of a kind whose voting day is on or after the date. */
static const nt_election *
election_of_kind_after(nt_election_kind kind, nt_date on)
{
	int			i;
	const nt_election *best = NULL;
	int64_t		d = nt_days_from_civil(on.year, on.month, on.day);

	for (i = 0; i < nt_election_count(); i++)
	{
		const nt_election *e = nt_election_at(i);
		int64_t		vd = nt_days_from_civil(e->voting_day.year, e->voting_day.month,
											e->voting_day.day);

		if (e->kind != kind || vd + 120 < d || vd - d > 2 * 366)
			continue;
		if (best == NULL || vd < nt_days_from_civil(best->voting_day.year,
													best->voting_day.month,
													best->voting_day.day))
			best = e;
	}
	return best;
}

static void
decide_election(nt_article *a, const nt_election_guess *g)
{
	const nt_election *e = NULL;

	if (g->found_kind && g->year != 0)
	{
		a->has_election = true;
		a->election_kind = g->kind;
		a->election_year = g->year;
		a->election = nt_election_find(g->kind, g->year);
		return;
	}
	if (!a->has_event_date)
	{
		if (g->found_kind)
		{
			a->has_election = true;
			a->election_kind = g->kind;
		}
		return;
	}
	if (g->found_kind)
		e = election_of_kind_after(g->kind, a->event_date);
	else
		e = nt_election_on(nt_days_from_civil(a->event_date.year, a->event_date.month,
											  a->event_date.day));
	if (e != NULL)
	{
		a->has_election = true;
		a->election_kind = e->kind;
		a->election_year = e->year;
		a->election = e;
	}
	else if (g->found_kind)
	{
		a->has_election = true;
		a->election_kind = g->kind;
	}
}

/* How often the text writes the year, or the year before it. */
static int
year_mentions(const char *text, size_t len, int year)
{
	char		y1[8],
				y0[8];
	const char *p = text;
	const char *end = text + len;
	int			n = 0;

	snprintf(y1, sizeof(y1), "%d", year);
	snprintf(y0, sizeof(y0), "%d", year - 1);
	while (p + 4 <= end)
	{
		const char *hit = memchr(p, '2', (size_t) (end - p));

		if (hit == NULL || hit + 4 > end)
			break;
		if ((hit == text || !nt_is_ascii_digit(hit[-1])) &&
			(hit + 4 == end || !nt_is_ascii_digit(hit[4])) &&
			(memcmp(hit, y1, 4) == 0 || memcmp(hit, y0, 4) == 0))
			n++;
		p = hit + 1;
	}
	return n;
}

/*
 * The text names no election year: try each election (of the kind named,
 * if any) and keep the one under which the first weekday-anchored date is
 * true and falls inside the election's window; years written in the text
 * break ties.  NULL when none fits or the choice is open.
 */
static const nt_election *
election_from_weekday(const nt_context *ctx, nt_article *a, const nt_election_guess *g)
{
	const nt_election *best = NULL;
	int			best_score = 0;
	bool		tie = false;
	int			i;

	(void) ctx;
	for (i = 0; i < nt_election_count(); i++)
	{
		const nt_election *e = nt_election_at(i);
		const nt_date_mention *d;
		int64_t		day,
					from,
					to;
		int			score;

		if (g->found_kind && e->kind != g->kind)
			continue;
		resolve_dates(a, &e->voting_day);
		if (a->event_index < 0)
			return NULL;
		d = &NT_VEC_AT(&a->dates, nt_date_mention, a->event_index);
		/* only a weekday with a day and month but no year can decide */
		if (d->weekday < 0 || d->day == 0 || (d->year != 0 && !d->year_inferred))
			return NULL;
		if (!d->resolved)
			continue;
		day = nt_days_from_civil(d->year, d->month, d->day);
		from = nt_days_from_civil(e->stages_start.year, e->stages_start.month,
								  e->stages_start.day);
		to = nt_days_from_civil(e->stages_end.year, e->stages_end.month,
								e->stages_end.day) + 120;
		if (day < from || day > to)
			continue;
		score = 1 + year_mentions(a->clean.body, a->clean.body_len, e->year);
		if (score > best_score)
		{
			best = e;
			best_score = score;
			tie = false;
		}
		else if (score == best_score)
			tie = true;
	}
	return tie ? NULL : best;
}

static const char pledge_event_pattern[] =
	"\\b(?:ikrar|berikrar|diikrarkan|[pf]akta\\s+integritas|komitmen\\s+bersama|"
	"deklarasi\\s+netral)";
static nt_regex *re_pledge_event;

static void
find_pledge_points(const nt_context *ctx, nt_article *a, size_t facts_len)
{
	nt_vec		hits;
	nt_vec		spans;
	size_t		k,
				s;
	bool		reports_pledge;

	nt_vec_init(&hits, ctx->arena, sizeof(nt_pledge_hit));
	nt_vec_init(&spans, ctx->arena, 2 * sizeof(size_t));
	nt_check_interrupts(ctx);
	nt_pledge_scan(ctx, a->clean.body, facts_len, &hits);
	if (hits.count == 0)
		return;
	nt_pledge_context(ctx, a->clean.body, facts_len, &hits, &spans);
	if (re_pledge_event == NULL)
		re_pledge_event = nt_regex_builtin(pledge_event_pattern);
	reports_pledge = nt_regex_find(re_pledge_event, a->clean.body, facts_len, 0,
								   NULL) == NT_REGEX_MATCH;
	for (k = 0; k < hits.count; k++)
	{
		const nt_pledge_hit *h = &NT_VEC_AT(&hits, nt_pledge_hit, k);

		if (h->negated || h->prohibition)
			continue;
		/* the pledge's own wording in a report of a pledge counts anywhere */
		if (h->distinctive && reports_pledge)
		{
			a->pledge_points |= 1u << h->clause;
			continue;
		}
		for (s = 0; s < spans.count; s++)
		{
			const size_t *span = (const size_t *) spans.items + 2 * s;

			if (h->start >= span[0] && h->start < span[1])
			{
				a->pledge_points |= 1u << h->clause;
				break;
			}
		}
	}
}

bool
nt_extract_article(const nt_context *ctx, const char *raw, size_t len,
				   const char *url, size_t url_len,
				   const struct nt_classifier *classifier, nt_article *a,
				   int *limit_rule)
{
	nt_tokens	body_tokens;
	nt_tokens	title_tokens;
	nt_election_guess guess;
	const char *dateline = NULL;
	size_t		dateline_len = 0;
	size_t		facts_len;

	memset(a, 0, sizeof(*a));
	a->event_index = -1;
	a->participants = -1;
	nt_vec_init(&a->dates, ctx->arena, sizeof(nt_date_mention));
	nt_vec_init(&a->regions, ctx->arena, sizeof(nt_region_hit));
	nt_vec_init(&a->mentions, ctx->arena, sizeof(nt_official));
	nt_vec_init(&a->officials, ctx->arena, sizeof(nt_official));
	nt_vec_init(&a->institutions, ctx->arena, sizeof(const char *));
	nt_vec_init(&a->event_types, ctx->arena, sizeof(const char *));
	nt_vec_init(&a->legal_refs, ctx->arena, sizeof(char *));
	nt_vec_init(&a->violations, ctx->arena, sizeof(nt_violation));

	nt_clean_article(ctx, raw, len, &a->clean);
	if (a->clean.has_dateline)
	{
		dateline = a->clean.body + a->clean.dateline_place_start;
		dateline_len = a->clean.dateline_place_end - a->clean.dateline_place_start;
		a->dateline = nt_arena_strndup(ctx->arena, dateline, dateline_len);
		if (a->clean.dateline_outlet_end > a->clean.dateline_outlet_start)
			a->outlet = nt_arena_strndup(ctx->arena,
										 a->clean.body + a->clean.dateline_outlet_start,
										 a->clean.dateline_outlet_end -
										 a->clean.dateline_outlet_start);
	}
	{
		const char *place = a->dateline;

		fix_dateline_order(a);
		/* regions read the place where it ended up */
		if (a->dateline == NULL)
		{
			dateline = NULL;
			dateline_len = 0;
		}
		else if (a->dateline != place)
		{
			dateline = a->clean.body + a->clean.dateline_outlet_start;
			dateline_len = a->clean.dateline_outlet_end - a->clean.dateline_outlet_start;
		}
	}
	if (a->outlet == NULL)
		a->outlet = nt_url_host(ctx, url, url_len);

	/* facts from a bounded prefix; see NT_FACTS_MAX_BYTES */
	facts_len = a->clean.body_len;
	if (facts_len > NT_FACTS_MAX_BYTES)
	{
		facts_len = NT_FACTS_MAX_BYTES;
		/* do not cut a UTF-8 character in two */
		while (facts_len > 0 && ((unsigned char) a->clean.body[facts_len] & 0xC0) == 0x80)
			facts_len--;
	}
	nt_tokenize(ctx, a->clean.body, facts_len, &body_tokens);
	if (a->clean.title != NULL)
		nt_tokenize(ctx, a->clean.title, a->clean.title_len, &title_tokens);

	/* the election named in the text, then dates, then the election again */
	nt_guess_election(ctx, a->clean.body, facts_len, a->clean.title,
					  a->clean.title_len, &guess);
	nt_check_interrupts(ctx);
	nt_find_dates(ctx, a->clean.body, facts_len, &a->dates);
	{
		const nt_election *named = guess.found_kind && guess.year ?
		nt_election_find(guess.kind, guess.year) : NULL;

		if (named == NULL)
			named = election_from_weekday(ctx, a, &guess);
		resolve_dates(a, named ? &named->voting_day : NULL);
		if (named != NULL && !(guess.found_kind && guess.year))
		{
			guess.found_kind = true;
			guess.kind = named->kind;
			guess.year = named->year;
		}
		decide_election(a, &guess);
		if (named == NULL && a->election != NULL)
			resolve_dates(a, &a->election->voting_day);
	}

	nt_check_interrupts(ctx);
	nt_find_regions(ctx, &body_tokens, a->clean.has_dateline ? a->clean.dateline_end : 0,
					dateline, dateline_len, a->clean.title ? &title_tokens : NULL,
					&a->regions);
	nt_check_interrupts(ctx);
	nt_find_officials(ctx, &body_tokens, &a->mentions, &a->officials);
	nt_check_interrupts(ctx);
	nt_find_institutions(ctx, &body_tokens, &a->institutions);
	nt_check_interrupts(ctx);
	a->participants = nt_find_participants(ctx, a->clean.body, facts_len);
	nt_check_interrupts(ctx);
	a->incident = looks_like_case(a->clean.body, facts_len);
	nt_check_interrupts(ctx);
	/*
	 * The classifier gives up at once on text without words that report an
	 * act, so pledge reports and lectures cost little here.
	 */
	if (classifier != NULL)
	{
		bool		classified;

		if (nt_classify(ctx, classifier, a->clean.body, facts_len, &a->violations,
						&classified, limit_rule) != NT_CLASSIFY_OK)
			return false;
		a->incident = a->incident || classified;
	}
	nt_check_interrupts(ctx);
	nt_find_event_types(ctx, a->clean.body, facts_len, a->incident, &a->event_types);
	if (a->clean.title != NULL)
	{
		nt_vec		title_events;
		size_t		i,
					j;

		nt_vec_init(&title_events, ctx->arena, sizeof(const char *));
		nt_find_event_types(ctx, a->clean.title, a->clean.title_len, a->incident,
							&title_events);
		for (i = 0; i < title_events.count; i++)
		{
			const char *name = NT_VEC_AT(&title_events, const char *, i);
			bool		seen = false;

			for (j = 0; j < a->event_types.count; j++)
				if (strcmp(NT_VEC_AT(&a->event_types, const char *, j), name) == 0)
					seen = true;
			if (!seen)
				*(const char **) nt_vec_push(&a->event_types) = name;
		}
	}
	find_pledge_points(ctx, a, facts_len);
	nt_check_interrupts(ctx);
	nt_find_legal_refs(ctx, a->clean.body, facts_len, &a->legal_refs);
	return true;
}
