/*-------------------------------------------------------------------------
 *
 * civil_date.h
 *	  Proleptic Gregorian calendar arithmetic for the pure-C core.
 *
 * The core never sees PostgreSQL's DateADT; it counts days from
 * 1970-01-01 so that it can be tested without a server.  The binding layer
 * converts to and from DateADT.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/civil_date.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_CIVIL_DATE_H
#define NETRALITAS_CIVIL_DATE_H

#include <stdbool.h>
#include <stdint.h>

typedef struct nt_date
{
	int			year;
	int			month;			/* 1..12 */
	int			day;			/* 1..31 */
} nt_date;

extern bool nt_is_leap_year(int year);
extern int	nt_days_in_month(int year, int month);
extern bool nt_date_is_valid(int year, int month, int day);

/* Days since 1970-01-01 (negative before). */
extern int64_t nt_days_from_civil(int year, int month, int day);
extern nt_date nt_civil_from_days(int64_t days);

/* 0 = Sunday .. 6 = Saturday. */
extern int	nt_weekday(int year, int month, int day);

/*
 * Whole years from "from" to "to"; negative when "to" lies before "from".
 * A birthday on 29 February counts as reached on 1 March in common years.
 */
extern int	nt_years_between(nt_date from, nt_date to);

#endif							/* NETRALITAS_CIVIL_DATE_H */
