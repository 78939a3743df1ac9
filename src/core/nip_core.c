/*-------------------------------------------------------------------------
 *
 * nip_core.c
 *	  Parsing and validation of the 18-digit NIP / NI PPPK.
 *
 * Written forms seen in documents are the compact 18 digits and the
 * grouped 8-6-1-3 form with spaces, dots or hyphens.  Separators are only
 * accepted at those group boundaries: a separator anywhere else almost
 * always means a mistyped number, and accepting it would hide the mistake.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/nip_core.c
 *
 *-------------------------------------------------------------------------
 */
#include "nip_core.h"

#include "civil_date.h"

#define NIP_MIN_VALUE INT64_C(100000000000000000)
#define NIP_MAX_VALUE INT64_C(999999999999999999)

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		c == '\f' || c == '\v';
}

static bool
is_separator(char c)
{
	return c == ' ' || c == '.' || c == '-' || c == '\t';
}

/* Group boundaries of the written form 8-6-1-3, counted in digits. */
static bool
is_group_boundary(int digits)
{
	return digits == 8 || digits == 14 || digits == 15;
}

nt_nip_status
nt_nip_parse(const char *text, size_t len, int today_year, int today_month,
			 int64_t *value, nt_nip_error *err)
{
	size_t		start = 0;
	size_t		end = len;
	size_t		i;
	int			digits = 0;
	int64_t		v = 0;
	nt_nip_error dummy;

	if (err == NULL)
		err = &dummy;
	err->offset = 0;
	err->digits = 0;

	while (start < end && is_space(text[start]))
		start++;
	while (end > start && is_space(text[end - 1]))
		end--;
	if (start == end)
		return NT_NIP_EMPTY;

	for (i = start; i < end; i++)
	{
		char		c = text[i];

		if (c >= '0' && c <= '9')
		{
			if (digits < NT_NIP_DIGITS)
				v = v * 10 + (c - '0');
			digits++;
		}
		else if (is_separator(c))
		{
			if (!is_group_boundary(digits))
			{
				err->offset = i;
				err->digits = digits;
				return NT_NIP_BAD_SEPARATOR;
			}
		}
		else
		{
			err->offset = i;
			err->digits = digits;
			return NT_NIP_BAD_CHARACTER;
		}
	}

	err->digits = digits;
	if (digits != NT_NIP_DIGITS)
		return NT_NIP_BAD_LENGTH;

	*value = v;
	/* eighteen digits with a leading zero: born before the year 1000 */
	if (v < NIP_MIN_VALUE)
		return NT_NIP_BIRTH_TOO_EARLY;
	return nt_nip_check(v, today_year, today_month);
}

void
nt_nip_decode(int64_t value, nt_nip_fields *f)
{
	int			serial = (int) (value % 1000);
	int			gender = (int) ((value / 1000) % 10);
	int			code = (int) ((value / 10000) % 100);
	int			appointed_year = (int) ((value / 1000000) % 10000);
	int64_t		birth = value / INT64_C(10000000000);

	f->birth_day = (int) (birth % 100);
	f->birth_month = (int) ((birth / 100) % 100);
	f->birth_year = (int) (birth / 10000);
	f->appointed_year = appointed_year;
	f->gender = gender;
	f->serial = serial;
	/* A "month" above 12 marks a PPPK number (domain brief §3.2). */
	if (code > 12)
	{
		f->kind = NT_NIP_KIND_PPPK;
		f->appointed_month = 0;
		f->pppk_code = code;
	}
	else
	{
		f->kind = NT_NIP_KIND_PNS;
		f->appointed_month = code;
		f->pppk_code = 0;
	}
}

nt_nip_status
nt_nip_check(int64_t value, int today_year, int today_month)
{
	nt_nip_fields f;

	if (value < NIP_MIN_VALUE || value > NIP_MAX_VALUE)
		return NT_NIP_OUT_OF_RANGE;

	nt_nip_decode(value, &f);

	if (!nt_date_is_valid(f.birth_year, f.birth_month, f.birth_day))
		return NT_NIP_BAD_BIRTH_DATE;
	if (f.birth_year < NT_NIP_MIN_BIRTH_YEAR)
		return NT_NIP_BIRTH_TOO_EARLY;
	if (f.kind == NT_NIP_KIND_PNS && f.appointed_month == 0)
		return NT_NIP_BAD_APPOINTMENT_MONTH;
	if (f.gender != 1 && f.gender != 2)
		return NT_NIP_BAD_GENDER;
	if (f.serial == 0)
		return NT_NIP_BAD_SERIAL;

	if (f.kind == NT_NIP_KIND_PNS)
	{
		/*
		 * Compare in months: the TMT month may be the month of the 18th
		 * birthday, since the day of the TMT is not recorded.
		 */
		long		appointed = (long) f.appointed_year * 12 + f.appointed_month - 1;
		long		adult = (long) (f.birth_year + NT_NIP_MIN_APPOINTMENT_AGE) * 12 +
			f.birth_month - 1;
		long		today = (long) today_year * 12 + today_month - 1;

		if (appointed < adult)
			return NT_NIP_APPOINTED_TOO_YOUNG;
		if (appointed > today)
			return NT_NIP_APPOINTED_IN_FUTURE;
	}
	else
	{
		/* PPPK numbers carry only the year of appointment. */
		if (f.appointed_year < f.birth_year + NT_NIP_MIN_APPOINTMENT_AGE)
			return NT_NIP_APPOINTED_TOO_YOUNG;
		if (f.appointed_year > today_year)
			return NT_NIP_APPOINTED_IN_FUTURE;
	}
	return NT_NIP_OK;
}

void
nt_nip_to_digits(int64_t value, char *buf)
{
	int			i;

	for (i = NT_NIP_DIGITS - 1; i >= 0; i--)
	{
		buf[i] = (char) ('0' + (int) (value % 10));
		value /= 10;
	}
	buf[NT_NIP_DIGITS] = '\0';
}

void
nt_nip_to_spaced(int64_t value, char *buf)
{
	char		d[NT_NIP_DIGITS + 1];
	int			i,
				o = 0;

	nt_nip_to_digits(value, d);
	for (i = 0; i < NT_NIP_DIGITS; i++)
	{
		if (i == 8 || i == 14 || i == 15)
			buf[o++] = ' ';
		buf[o++] = d[i];
	}
	buf[o] = '\0';
}

const char *
nt_nip_status_name(nt_nip_status status)
{
	switch (status)
	{
		case NT_NIP_OK:
			return "valid";
		case NT_NIP_EMPTY:
			return "empty input";
		case NT_NIP_BAD_CHARACTER:
			return "invalid character";
		case NT_NIP_BAD_SEPARATOR:
			return "separator outside a group boundary";
		case NT_NIP_BAD_LENGTH:
			return "wrong number of digits";
		case NT_NIP_BAD_BIRTH_DATE:
			return "impossible birth date";
		case NT_NIP_BIRTH_TOO_EARLY:
			return "birth year too early";
		case NT_NIP_BAD_APPOINTMENT_MONTH:
			return "appointment month 00";
		case NT_NIP_BAD_GENDER:
			return "invalid gender digit";
		case NT_NIP_BAD_SERIAL:
			return "serial 000";
		case NT_NIP_APPOINTED_TOO_YOUNG:
			return "appointed before the 18th birthday";
		case NT_NIP_APPOINTED_IN_FUTURE:
			return "appointment in the future";
		case NT_NIP_OUT_OF_RANGE:
			return "not an 18-digit number";
	}
	return "unknown";
}
