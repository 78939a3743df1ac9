/*-------------------------------------------------------------------------
 *
 * civil_date.c
 *	  Proleptic Gregorian calendar arithmetic.
 *
 * The day-count conversions follow the well-known era-based algorithm
 * (400-year eras of 146097 days), which is exact over the whole int range
 * we use and needs no tables.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/civil_date.c
 *
 *-------------------------------------------------------------------------
 */
#include "civil_date.h"

bool
nt_is_leap_year(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
nt_days_in_month(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month < 1 || month > 12)
		return 0;
	if (month == 2 && nt_is_leap_year(year))
		return 29;
	return days[month - 1];
}

bool
nt_date_is_valid(int year, int month, int day)
{
	return month >= 1 && month <= 12 && day >= 1 &&
		day <= nt_days_in_month(year, month);
}

int64_t
nt_days_from_civil(int year, int month, int day)
{
	int64_t		y = (int64_t) year - (month <= 2);
	int64_t		era = (y >= 0 ? y : y - 399) / 400;
	int64_t		yoe = y - era * 400;
	int64_t		doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	int64_t		doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

nt_date
nt_civil_from_days(int64_t days)
{
	nt_date		d;
	int64_t		z = days + 719468;
	int64_t		era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t		doe = z - era * 146097;
	int64_t		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t		mp = (5 * doy + 2) / 153;

	d.day = (int) (doy - (153 * mp + 2) / 5 + 1);
	d.month = (int) (mp < 10 ? mp + 3 : mp - 9);
	d.year = (int) (yoe + era * 400 + (d.month <= 2));
	return d;
}

int
nt_weekday(int year, int month, int day)
{
	int64_t		days = nt_days_from_civil(year, month, day);

	/* 1970-01-01 was a Thursday (4). */
	return (int) (((days % 7) + 7 + 4) % 7);
}

int
nt_years_between(nt_date from, nt_date to)
{
	int			years = to.year - from.year;

	if (to.month < from.month ||
		(to.month == from.month && to.day < from.day))
		years--;
	return years;
}
