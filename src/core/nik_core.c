/*-------------------------------------------------------------------------
 *
 * nik_core.c
 *	  Parsing and validation of the 16-digit NIK.
 *
 * The NIK is written compact on the card, and grouped either as the area
 * code "32.75.01" plus the rest or in blocks of four in forms; separators
 * are accepted at those boundaries only.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/nik_core.c
 *
 *-------------------------------------------------------------------------
 */
#include "nik_core.h"

#include "civil_date.h"

#define NIK_MIN_VALUE INT64_C(1000000000000000)
#define NIK_MAX_VALUE INT64_C(9999999999999999)

/* The 38 provinces of idn-area-data 3.1.2 (Kemendagri codes). */
static const unsigned char province_codes[] = {
	11, 12, 13, 14, 15, 16, 17, 18, 19, 21,
	31, 32, 33, 34, 35, 36, 51, 52, 53,
	61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76,
	81, 82, 91, 92, 93, 94, 95, 96
};

bool
nt_nik_province_exists(int province)
{
	size_t		i;

	for (i = 0; i < sizeof(province_codes); i++)
		if (province_codes[i] == province)
			return true;
	return false;
}

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

/* Area code groups 2-2-2, the birth date block, and blocks of four. */
static bool
is_group_boundary(int digits)
{
	return digits == 2 || digits == 4 || digits == 6 || digits == 8 ||
		digits == 12;
}

nt_nik_status
nt_nik_parse(const char *text, size_t len, int64_t *value, nt_nik_error *err)
{
	size_t		start = 0;
	size_t		end = len;
	size_t		i;
	int			digits = 0;
	int64_t		v = 0;
	nt_nik_error dummy;

	if (err == NULL)
		err = &dummy;
	err->offset = 0;
	err->digits = 0;

	while (start < end && is_space(text[start]))
		start++;
	while (end > start && is_space(text[end - 1]))
		end--;
	if (start == end)
		return NT_NIK_EMPTY;

	for (i = start; i < end; i++)
	{
		char		c = text[i];

		if (c >= '0' && c <= '9')
		{
			if (digits < NT_NIK_DIGITS)
				v = v * 10 + (c - '0');
			digits++;
		}
		else if (is_separator(c))
		{
			if (!is_group_boundary(digits))
			{
				err->offset = i;
				err->digits = digits;
				return NT_NIK_BAD_SEPARATOR;
			}
		}
		else
		{
			err->offset = i;
			err->digits = digits;
			return NT_NIK_BAD_CHARACTER;
		}
	}
	err->digits = digits;
	if (digits != NT_NIK_DIGITS)
		return NT_NIK_BAD_LENGTH;
	*value = v;
	/* sixteen digits with a leading zero: province 0x, which none has */
	if (v < NIK_MIN_VALUE)
		return NT_NIK_BAD_PROVINCE;
	return nt_nik_check(v);
}

void
nt_nik_decode(int64_t value, nt_nik_fields *f)
{
	int			day;

	f->serial = (int) (value % 10000);
	f->birth_yy = (int) ((value / 10000) % 100);
	f->birth_month = (int) ((value / 1000000) % 100);
	day = (int) ((value / 100000000) % 100);
	f->district = (int) ((value / INT64_C(10000000000)) % 100);
	f->regency = (int) ((value / INT64_C(1000000000000)) % 100);
	f->province = (int) (value / INT64_C(100000000000000));
	if (day > 40)
	{
		f->gender = 2;
		f->birth_day = day - 40;
	}
	else
	{
		f->gender = 1;
		f->birth_day = day;
	}
	f->birth_year = f->birth_yy < NT_NIK_CENTURY_PIVOT ?
		2000 + f->birth_yy : 1900 + f->birth_yy;
}

nt_nik_status
nt_nik_check(int64_t value)
{
	nt_nik_fields f;

	if (value < NIK_MIN_VALUE || value > NIK_MAX_VALUE)
		return NT_NIK_OUT_OF_RANGE;
	nt_nik_decode(value, &f);
	if (!nt_nik_province_exists(f.province))
		return NT_NIK_BAD_PROVINCE;
	if (f.regency == 0)
		return NT_NIK_BAD_REGENCY;
	if (f.district == 0)
		return NT_NIK_BAD_DISTRICT;
	if (!nt_date_is_valid(f.birth_year, f.birth_month, f.birth_day))
		return NT_NIK_BAD_BIRTH_DATE;
	if (f.serial == 0)
		return NT_NIK_BAD_SERIAL;
	return NT_NIK_OK;
}

int
nt_nik_birth_year_before(const nt_nik_fields *f, int ref_year, int ref_month,
						 int ref_day)
{
	int			year = ref_year - ((ref_year % 100) - f->birth_yy + 100) % 100;
	int			tries;

	/*
	 * The latest candidate, or the one a century earlier when that puts
	 * the birth after the reference date; 29 February of a non-leap
	 * century year gives no answer.
	 */
	for (tries = 0; tries < 2; tries++, year -= 100)
	{
		if (!nt_date_is_valid(year, f->birth_month, f->birth_day))
			continue;
		if (year < ref_year ||
			(year == ref_year &&
			 (f->birth_month < ref_month ||
			  (f->birth_month == ref_month && f->birth_day <= ref_day))))
			return year;
	}
	return -1;
}

void
nt_nik_to_digits(int64_t value, char *buf)
{
	int			i;

	for (i = NT_NIK_DIGITS - 1; i >= 0; i--)
	{
		buf[i] = (char) ('0' + (int) (value % 10));
		value /= 10;
	}
	buf[NT_NIK_DIGITS] = '\0';
}

const char *
nt_nik_status_name(nt_nik_status status)
{
	switch (status)
	{
		case NT_NIK_OK:
			return "valid";
		case NT_NIK_EMPTY:
			return "empty input";
		case NT_NIK_BAD_CHARACTER:
			return "invalid character";
		case NT_NIK_BAD_SEPARATOR:
			return "separator outside a group boundary";
		case NT_NIK_BAD_LENGTH:
			return "wrong number of digits";
		case NT_NIK_BAD_PROVINCE:
			return "unknown province code";
		case NT_NIK_BAD_REGENCY:
			return "regency code 00";
		case NT_NIK_BAD_DISTRICT:
			return "district code 00";
		case NT_NIK_BAD_BIRTH_DATE:
			return "impossible birth date";
		case NT_NIK_BAD_SERIAL:
			return "serial 0000";
		case NT_NIK_OUT_OF_RANGE:
			return "not a 16-digit number";
	}
	return "unknown";
}
