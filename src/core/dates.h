/*-------------------------------------------------------------------------
 *
 * dates.h
 *	  Dates written in Indonesian news, and the date of the reported event.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/dates.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_DATES_H
#define NETRALITAS_DATES_H

#include <stdbool.h>

#include "civil_date.h"
#include "context.h"

typedef enum nt_date_kind
{
	NT_DATE_EVENT,				/* the date of the reported event */
	NT_DATE_MENTION,			/* any other date in the text */
	NT_DATE_DOCUMENT,			/* the date of a letter or regulation */
	NT_DATE_ELECTION			/* a voting day */
} nt_date_kind;

typedef struct nt_date_mention
{
	size_t		start;			/* byte span in the text */
	size_t		end;
	int			weekday;		/* 0 Sunday .. 6 Saturday, -1 when not written */
	int			day;			/* 0 when not written */
	int			month;
	int			year;			/* 0 when not written and not inferred */
	bool		year_inferred;
	bool		resolved;		/* a real date whose weekday (if any) agrees */
	nt_date_kind kind;
} nt_date_mention;

/* Every date expression, in text order (elements nt_date_mention). */
extern void nt_find_dates(const nt_context *ctx, const char *text, size_t len,
						  nt_vec *out);

/*
 * Fill in missing years and pick the event date.
 *
 * A year left out ("Selasa (13/10)") is the one that makes the written
 * weekday true, the closest before the reference voting day (the election
 * the text is about); without a weekday, the year of a full date elsewhere
 * in the text.  Nothing is inferred that the text does not support.
 * Returns the index of the event mention, or -1.  The event mention may be
 * unresolved (a weekday alone, or a weekday that contradicts its date):
 * then there is event text but no event date.
 */
extern int	nt_resolve_dates(nt_vec *mentions, const nt_date *voting_day);

#endif							/* NETRALITAS_DATES_H */
