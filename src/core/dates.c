/*-------------------------------------------------------------------------
 *
 * dates.c
 *	  Dates written in Indonesian news, and the date of the reported event.
 *
 * Forms seen: "Senin (21/9/2020)", "Selasa (13/10)", "Kamis, 5/1/2023",
 * "Senin 07 Oktober 2024", "Rabu petang 25 September", "4 Juli 2024",
 * "13 Jul", "Kamis" alone, two-digit years "(18/10/22)".
 *
 * The event date is the first weekday-anchored date of the body (Indonesian
 * outlets put the weekday next to the date of the event), else the first
 * full date that is not the date of a letter or a voting day.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/dates.c
 *
 *-------------------------------------------------------------------------
 */
#include "dates.h"

#include <stdlib.h>
#include <string.h>

#include "election_core.h"
#include "regex.h"
#include "words.h"

#define WD "(senin|selasa|rabu|kamis|jum'?at|jum’at|sabtu|minggu|ahad)"
#define TOD "(?:\\s+(?:pagi|siang|sore|petang|malam|dini\\s+hari))?"
#define MON "(januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|" \
	"oktober|november|nopember|desember|sept|jan|feb|mar|apr|jun|jul|agu|agt|ags|aug|" \
	"sep|okt|oct|nov|nop|des|dec)"

static const char weekday_numeric[] =
	"\\b" WD TOD "\\s*,?\\s*\\(?\\s*(?:tanggal\\s+|tgl\\.?\\s*)?(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})"
	"(?:\\s*[/-]\\s*(\\d{4}|\\d{2}))?(?!\\d)\\s*\\)?";
static const char weekday_textual[] =
	"\\b" WD TOD "\\s*,?\\s*\\(?\\s*(?:tanggal\\s+|tgl\\.?\\s*)?(\\d{1,2})\\s+" MON "\\b\\.?"
	"(?:\\s+(\\d{4}))?\\s*\\)?";
static const char textual[] =
	"(?<![\\d.,])\\b(\\d{1,2})\\s+" MON "\\b\\.?(?:\\s+(\\d{4})\\b)?";
static const char numeric[] =
	"(?<![\\w/.-])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\w/])";
static const char weekday_alone[] = "\\b" WD "\\b";
static const char document_before[] =
	"(?:tertanggal|tanggal|tgl\\.?)\\s*$";
/* "dikutip Rabu (28/9/2022)": the date something was quoted or posted */
static const char posted_before[] =
	"\\b(?:dikutip|mengutip|diakses|diunggah|diperbarui|diupdate|update|updated|diposting|"
	"posted|terbit|dipublikasikan|publikasi)\\b[^.\\n]{0,20}$";
static const char document_words[] =
	"\\b(?:nomor|no\\.|surat|edaran|keputusan|peraturan|skb|instruksi|se)\\b";

static nt_regex *re_weekday_numeric,
		   *re_weekday_textual,
		   *re_textual,
		   *re_numeric,
		   *re_weekday_alone,
		   *re_document_before,
		   *re_document_words,
		   *re_posted_before;

static void
ensure_patterns(void)
{
	if (re_weekday_numeric != NULL)
		return;
	re_weekday_numeric = nt_regex_builtin(weekday_numeric);
	re_weekday_textual = nt_regex_builtin(weekday_textual);
	re_textual = nt_regex_builtin(textual);
	re_numeric = nt_regex_builtin(numeric);
	re_weekday_alone = nt_regex_builtin(weekday_alone);
	re_document_before = nt_regex_builtin(document_before);
	re_document_words = nt_regex_builtin(document_words);
	re_posted_before = nt_regex_builtin(posted_before);
}

static int
parse_int(const char *s, size_t start, size_t end)
{
	int			v = 0;
	size_t		i;

	for (i = start; i < end && i < start + 6; i++)
		if (nt_is_ascii_digit(s[i]))
			v = v * 10 + (s[i] - '0');
	return v;
}

static int
parse_weekday(const char *s, size_t start)
{
	switch (nt_ascii_lower(s[start]))
	{
		case 's':
			return nt_ascii_lower(s[start + 1]) == 'e' ?
				(nt_ascii_lower(s[start + 2]) == 'n' ? 1 : 2) : 6;
		case 'r':
			return 3;
		case 'k':
			return 4;
		case 'j':
			return 5;
		case 'm':
		case 'a':
			return 0;
	}
	return -1;
}

static int
parse_month(const char *s, size_t start)
{
	char		a = nt_ascii_lower(s[start]);
	char		b = nt_ascii_lower(s[start + 1]);
	char		c = nt_ascii_lower(s[start + 2]);

	switch (a)
	{
		case 'j':
			if (b == 'a')
				return 1;
			return c == 'n' ? 6 : 7;
		case 'f':
			return 2;
		case 'p':
			return 2;			/* Pebruari */
		case 'm':
			return b == 'e' ? 5 : 3;
		case 'a':
			return b == 'p' ? 4 : 8;
		case 's':
			return 9;
		case 'o':
			return 10;
		case 'n':
			return 11;
		case 'd':
			return 12;
	}
	return 0;
}

static int
full_year(int y, size_t digits)
{
	if (digits <= 2)
		return y < 50 ? 2000 + y : 1900 + y;
	return y;
}

/*
 * Does [start, end) overlap one of the first "prior" mentions?  Those come
 * from earlier passes, sorted by start and disjoint, so their ends are
 * sorted too and a binary search finds the only candidate.  Mentions of the
 * current pass never overlap each other (the scan goes on after each).
 */
static bool
overlaps(const nt_vec *out, size_t prior, size_t start, size_t end)
{
	size_t		lo = 0,
				hi = prior;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (NT_VEC_AT(out, nt_date_mention, mid).end <= start)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < prior && NT_VEC_AT(out, nt_date_mention, lo).start < end;
}

/*
 * A date right after "tanggal"/"tertanggal" in a sentence about a letter
 * or a regulation is the date of that document.
 */
static bool
is_document_date(const char *text, size_t start)
{
	size_t		from = start > 40 ? start - 40 : 0;
	size_t		sentence = start > 160 ? start - 160 : 0;
	size_t		k;
	nt_match	m;

	/* stay inside the sentence */
	for (k = start; k > sentence; k--)
		if (text[k - 1] == '\n' || (text[k - 1] == ' ' && k >= 2 && text[k - 2] == '.' &&
									k >= 3 && nt_is_ascii_alpha(text[k - 3]) &&
									k >= 4 && nt_is_ascii_alpha(text[k - 4])))
		{
			sentence = k;
			break;
		}
	if (from < sentence)
		from = sentence;
	if (nt_regex_find(re_document_before, text + from, start - from, 0, &m) != NT_REGEX_MATCH)
		return false;
	if (m.end[0] - m.start[0] >= 10 &&
		nt_equal_ci(text + from + m.start[0], 10, "tertanggal", 10))
		return true;
	return nt_regex_find(re_document_words, text + sentence, start - sentence, 0, NULL) ==
		NT_REGEX_MATCH;
}

static int
cmp_mentions(const void *a, const void *b)
{
	const nt_date_mention *x = a;
	const nt_date_mention *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

static void
collect(const nt_context *ctx, const nt_regex *re, const char *text, size_t len,
		int form, nt_vec *out)
{
	size_t		pos = 0;
	size_t		prior = out->count;
	nt_match	m;

	if (prior > 1)
		qsort(out->items, prior, sizeof(nt_date_mention), cmp_mentions);

	while (nt_regex_find(re, text, len, pos, &m) == NT_REGEX_MATCH)
	{
		nt_date_mention d;
		size_t		end = m.end[0];

		nt_check_interrupts(ctx);
		pos = end > m.start[0] ? end : m.start[0] + 1;
		/* trailing spaces are not part of the date */
		while (end > m.start[0] && text[end - 1] == ' ')
			end--;
		memset(&d, 0, sizeof(d));
		d.start = m.start[0];
		d.end = end;
		d.weekday = -1;
		d.kind = NT_DATE_MENTION;
		switch (form)
		{
			case 0:				/* weekday (dd/mm[/yy]) */
				d.weekday = parse_weekday(text, m.start[1]);
				d.day = parse_int(text, m.start[2], m.end[2]);
				d.month = parse_int(text, m.start[3], m.end[3]);
				if (NT_GROUP_SET(&m, 4))
					d.year = full_year(parse_int(text, m.start[4], m.end[4]),
									   m.end[4] - m.start[4]);
				break;
			case 1:				/* weekday dd Month [yyyy] */
				d.weekday = parse_weekday(text, m.start[1]);
				d.day = parse_int(text, m.start[2], m.end[2]);
				d.month = parse_month(text, m.start[3]);
				if (NT_GROUP_SET(&m, 4))
					d.year = parse_int(text, m.start[4], m.end[4]);
				break;
			case 2:				/* dd Month [yyyy] */
				d.day = parse_int(text, m.start[1], m.end[1]);
				d.month = parse_month(text, m.start[2]);
				if (NT_GROUP_SET(&m, 3))
					d.year = parse_int(text, m.start[3], m.end[3]);
				break;
			case 3:				/* dd/mm/yyyy */
				d.day = parse_int(text, m.start[1], m.end[1]);
				d.month = parse_int(text, m.start[2], m.end[2]);
				d.year = parse_int(text, m.start[3], m.end[3]);
				break;
			case 4:				/* a weekday alone */
				d.weekday = parse_weekday(text, m.start[1]);
				break;
		}
		if (overlaps(out, prior, d.start, d.end))
			continue;
		if (form != 4 && is_document_date(text, d.start))
			d.kind = NT_DATE_DOCUMENT;
		else
		{
			size_t		from = d.start > 40 ? d.start - 40 : 0;

			if (nt_regex_find(re_posted_before, text + from, d.start - from, 0, NULL) ==
				NT_REGEX_MATCH)
				d.kind = NT_DATE_DOCUMENT;
		}
		*(nt_date_mention *) nt_vec_push(out) = d;
	}
}

void
nt_find_dates(const nt_context *ctx, const char *text, size_t len, nt_vec *out)
{
	ensure_patterns();
	/* the most specific forms first; later ones skip what overlaps */
	collect(ctx, re_weekday_numeric, text, len, 0, out);
	collect(ctx, re_weekday_textual, text, len, 1, out);
	collect(ctx, re_textual, text, len, 2, out);
	collect(ctx, re_numeric, text, len, 3, out);
	collect(ctx, re_weekday_alone, text, len, 4, out);
	if (out->count > 1)
		qsort(out->items, out->count, sizeof(nt_date_mention), cmp_mentions);
}

static int64_t
days_of(int y, int m, int d)
{
	return nt_days_from_civil(y, m, d);
}

static bool
is_voting_day(int y, int m, int d)
{
	int			i;

	for (i = 0; i < nt_election_count(); i++)
	{
		const nt_election *e = nt_election_at(i);

		if (e->voting_day.year == y && e->voting_day.month == m &&
			e->voting_day.day == d)
			return true;
	}
	return false;
}

/*
 * The year for a day and month with a written weekday: the one whose
 * calendar makes the weekday true, closest before the reference day;
 * after it only within four months (follow-up news).
 */
static int
year_for_weekday(const nt_date_mention *d, nt_date ref)
{
	int64_t		r = days_of(ref.year, ref.month, ref.day);
	int			best = 0;
	int64_t		best_cost = INT64_MAX;
	int			y;

	for (y = ref.year - 2; y <= ref.year + 1; y++)
	{
		int64_t		dd,
					cost;

		if (!nt_date_is_valid(y, d->month, d->day) ||
			nt_weekday(y, d->month, d->day) != d->weekday)
			continue;
		dd = days_of(y, d->month, d->day);
		if (dd <= r)
			cost = r - dd;
		else if (dd - r <= 122)
			cost = 1000 + (dd - r);
		else
			continue;
		if (cost < best_cost)
		{
			best_cost = cost;
			best = y;
		}
	}
	return best;
}

/* Without a weekday: the year of the nearest full date in the text. */
static int
year_from_neighbours(const nt_vec *mentions, size_t self)
{
	size_t		k;
	size_t		best_dist = SIZE_MAX;
	const nt_date_mention *me = &NT_VEC_AT(mentions, nt_date_mention, self);
	int			best = 0;

	for (k = 0; k < mentions->count; k++)
	{
		const nt_date_mention *o = &NT_VEC_AT(mentions, nt_date_mention, k);
		size_t		dist;

		if (k == self || o->year == 0 || o->year_inferred || o->month == 0)
			continue;
		dist = o->start > me->start ? o->start - me->start : me->start - o->start;
		if (dist < best_dist)
		{
			best_dist = dist;
			best = o->year;
			/* a date late in the year next to one early in the next */
			if (o->month >= 10 && me->month <= 3)
				best = o->year + 1;
			else if (o->month <= 3 && me->month >= 10)
				best = o->year - 1;
		}
	}
	return best;
}

int
nt_resolve_dates(nt_vec *mentions, const nt_date *voting_day)
{
	size_t		k;
	int			event = -1;

	for (k = 0; k < mentions->count; k++)
	{
		nt_date_mention *d = &NT_VEC_AT(mentions, nt_date_mention, k);

		if (d->day == 0 || d->month < 1 || d->month > 12)
			continue;
		if (d->year == 0)
		{
			int			y = 0;

			if (d->weekday >= 0 && voting_day != NULL)
				y = year_for_weekday(d, *voting_day);
			if (y == 0 && d->weekday < 0)
				y = year_from_neighbours(mentions, k);
			if (y == 0 && d->weekday >= 0)
			{
				/* a weekday and a full date elsewhere: search around it */
				int			near = year_from_neighbours(mentions, k);

				if (near != 0)
				{
					nt_date		ref = {near, 12, 31};

					y = year_for_weekday(d, ref);
				}
			}
			if (y == 0 && d->weekday < 0 && voting_day != NULL)
			{
				/* the voting-day year, or the year before for late dates */
				y = voting_day->year;
				if (nt_date_is_valid(y, d->month, d->day) &&
					days_of(y, d->month, d->day) >
					days_of(voting_day->year, voting_day->month, voting_day->day) + 60)
					y--;
			}
			if (y != 0)
			{
				d->year = y;
				d->year_inferred = true;
			}
		}
		if (d->year != 0 && nt_date_is_valid(d->year, d->month, d->day))
			d->resolved = d->weekday < 0 ||
				nt_weekday(d->year, d->month, d->day) == d->weekday;
		if (d->resolved && d->kind == NT_DATE_MENTION &&
			is_voting_day(d->year, d->month, d->day))
			d->kind = NT_DATE_ELECTION;
	}

	/* a weekday written next to a date marks the event */
	for (k = 0; k < mentions->count && event < 0; k++)
	{
		nt_date_mention *d = &NT_VEC_AT(mentions, nt_date_mention, k);

		if (d->weekday >= 0 && d->day > 0 && d->kind == NT_DATE_MENTION)
			event = (int) k;
	}
	for (k = 0; k < mentions->count && event < 0; k++)
	{
		nt_date_mention *d = &NT_VEC_AT(mentions, nt_date_mention, k);

		if (d->resolved && d->kind == NT_DATE_MENTION && !d->year_inferred)
			event = (int) k;
	}
	for (k = 0; k < mentions->count && event < 0; k++)
	{
		nt_date_mention *d = &NT_VEC_AT(mentions, nt_date_mention, k);

		if (d->weekday >= 0 && d->day == 0)
			event = (int) k;
	}
	if (event >= 0)
		NT_VEC_AT(mentions, nt_date_mention, event).kind = NT_DATE_EVENT;
	return event;
}
