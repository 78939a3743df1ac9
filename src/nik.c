/*-------------------------------------------------------------------------
 *
 * nik.c
 *	  The nik type: 16-digit national ID number (KTP), stored as int8.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/nik.c
 *
 *-------------------------------------------------------------------------
 */
#include "netralitas.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "core/nik_core.h"

#define NIK_EXAMPLE "3275014109860001"

#define ERRMSG_FOR(source, input) \
	((source) == NT_FROM_TEXT ? \
	 errmsg("invalid input syntax for type nik: \"%s\"", (input)) : \
	 (source) == NT_FROM_BINARY ? \
	 errmsg("invalid binary value for type nik: %s", (input)) : \
	 errmsg("invalid value for type nik: %s", (input)))

static void
nik_report(nt_nik_status status, const char *input, const nt_nik_error *err,
		   int64 value, nt_value_source source)
{
	nt_nik_fields f;
	int			position = 0;

	if (err != NULL)
		position = pg_mbstrlen_with_len(input, (int) err->offset) + 1;
	if (status >= NT_NIK_BAD_PROVINCE)
		nt_nik_decode(value, &f);

	switch (status)
	{
		case NT_NIK_OK:
			return;
		case NT_NIK_EMPTY:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("The input is empty."),
					 errhint("A NIK has 16 digits, for example \"%s\".", NIK_EXAMPLE)));
			break;
		case NT_NIK_BAD_CHARACTER:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("Character \"%.*s\" at position %d is not a digit.",
							   pg_mblen(input + err->offset), input + err->offset,
							   position),
					 errhint("Write the 16 digits, optionally grouped with spaces, dots or hyphens.")));
			break;
		case NT_NIK_BAD_SEPARATOR:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("The separator at position %d splits a group of digits.",
							   position),
					 errhint("Separators are allowed after the province, regency and district codes, around the birth date, and between blocks of four digits.")));
			break;
		case NT_NIK_BAD_LENGTH:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("The input has %d digits; a NIK has 16.", err->digits),
					 errhint("Check for a missing or extra digit.")));
			break;
		case NT_NIK_BAD_PROVINCE:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("Province code %02d (digits 1-2) is not an Indonesian province.",
							   f.province),
					 errhint("Province codes run from 11 (Aceh) to 96 (Papua Barat Daya); see table netralitas.region.")));
			break;
		case NT_NIK_BAD_REGENCY:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("Regency code (digits 3-4) is 00."),
					 errhint("Digits 3-4 are the regency or city code, 01 or above.")));
			break;
		case NT_NIK_BAD_DISTRICT:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("District code (digits 5-6) is 00."),
					 errhint("Digits 5-6 are the district (kecamatan) code, 01 or above.")));
			break;
		case NT_NIK_BAD_BIRTH_DATE:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("Birth date \"%02d%02d%02d\" (digits 7-12) is not a valid date.",
							   f.gender == 2 ? f.birth_day + 40 : f.birth_day,
							   f.birth_month, f.birth_yy),
					 errhint("Digits 7-12 are the birth date as DDMMYY, with 40 added to the day for women.")));
			break;
		case NT_NIK_BAD_SERIAL:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("Serial number (digits 13-16) is 0000."),
					 errhint("Serial numbers start at 0001.")));
			break;
		case NT_NIK_OUT_OF_RANGE:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("The value has not 16 digits."),
					 errhint("A NIK has 16 digits, for example \"%s\".", NIK_EXAMPLE)));
			break;
	}
}

PG_FUNCTION_INFO_V1(nik_in);
Datum
nik_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	int64_t		value = 0;
	nt_nik_error err;
	nt_nik_status status;

	status = nt_nik_parse(str, strlen(str), &value, &err);
	if (status != NT_NIK_OK)
		nik_report(status, str, &err, value, NT_FROM_TEXT);
	PG_RETURN_NIK(value);
}

PG_FUNCTION_INFO_V1(nik_out);
Datum
nik_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(NT_NIK_DIGITS + 1);

	nt_nik_to_digits(PG_GETARG_NIK(0), buf);
	PG_RETURN_CSTRING(buf);
}

static int64
nik_checked(int64 value, nt_value_source source)
{
	nt_nik_status status = nt_nik_check(value);

	if (status != NT_NIK_OK)
	{
		char		digits[32];

		snprintf(digits, sizeof(digits), INT64_FORMAT, value);
		nik_report(status, digits, NULL, value, source);
	}
	return value;
}

PG_FUNCTION_INFO_V1(nik_recv);
Datum
nik_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);

	PG_RETURN_NIK(nik_checked(pq_getmsgint64(buf), NT_FROM_BINARY));
}

PG_FUNCTION_INFO_V1(nik_send);
Datum
nik_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, PG_GETARG_NIK(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(nik_from_bigint);
Datum
nik_from_bigint(PG_FUNCTION_ARGS)
{
	PG_RETURN_NIK(nik_checked(PG_GETARG_INT64(0), NT_FROM_BIGINT));
}

PG_FUNCTION_INFO_V1(nik_is_valid);
Datum
nik_is_valid(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	int64_t		value;

	PG_RETURN_BOOL(nt_nik_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &value,
								NULL) == NT_NIK_OK);
}

PG_FUNCTION_INFO_V1(nik_region_code);
Datum
nik_region_code(PG_FUNCTION_ARGS)
{
	nt_nik_fields f;

	nt_nik_decode(PG_GETARG_NIK(0), &f);
	PG_RETURN_TEXT_P(cstring_to_text(psprintf("%02d.%02d", f.province,
											  f.regency)));
}

PG_FUNCTION_INFO_V1(nik_province_code);
Datum
nik_province_code(PG_FUNCTION_ARGS)
{
	nt_nik_fields f;

	nt_nik_decode(PG_GETARG_NIK(0), &f);
	PG_RETURN_TEXT_P(cstring_to_text(psprintf("%02d", f.province)));
}

PG_FUNCTION_INFO_V1(nik_district_code);
Datum
nik_district_code(PG_FUNCTION_ARGS)
{
	nt_nik_fields f;

	nt_nik_decode(PG_GETARG_NIK(0), &f);
	PG_RETURN_TEXT_P(cstring_to_text(psprintf("%02d.%02d.%02d", f.province,
											  f.regency, f.district)));
}

PG_FUNCTION_INFO_V1(nik_birth_date);
Datum
nik_birth_date(PG_FUNCTION_ARGS)
{
	nt_nik_fields f;
	nt_date		d;

	nt_nik_decode(PG_GETARG_NIK(0), &f);
	d.year = f.birth_year;
	d.month = f.birth_month;
	d.day = f.birth_day;
	PG_RETURN_DATEADT(nt_date_to_dateadt(d));
}

/* The century is the latest one that puts the birth on or before "ref". */
PG_FUNCTION_INFO_V1(nik_birth_date_before);
Datum
nik_birth_date_before(PG_FUNCTION_ARGS)
{
	DateADT		ref = PG_GETARG_DATEADT(1);
	nt_nik_fields f;
	nt_date		r;
	nt_date		d;

	if (DATE_NOT_FINITE(ref))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("reference date must be finite")));
	nt_nik_decode(PG_GETARG_NIK(0), &f);
	r = nt_dateadt_to_date(ref);
	d.year = nt_nik_birth_year_before(&f, r.year, r.month, r.day);
	if (d.year < 0)
		PG_RETURN_NULL();
	d.month = f.birth_month;
	d.day = f.birth_day;
	PG_RETURN_DATEADT(nt_date_to_dateadt(d));
}

PG_FUNCTION_INFO_V1(nik_gender);
Datum
nik_gender(PG_FUNCTION_ARGS)
{
	nt_nik_fields f;

	nt_nik_decode(PG_GETARG_NIK(0), &f);
	PG_RETURN_TEXT_P(cstring_to_text(f.gender == 2 ? "P" : "L"));
}
