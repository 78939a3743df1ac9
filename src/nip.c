/*-------------------------------------------------------------------------
 *
 * nip.c
 *	  The nip type: 18-digit NIP of a PNS or NI PPPK, stored as int8.
 *
 * All validation lives in core/nip_core.c; this file only turns its status
 * codes into PostgreSQL errors and its fields into SQL values.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/nip.c
 *
 *-------------------------------------------------------------------------
 */
#include "netralitas.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "core/nip_core.h"

#define NIP_EXAMPLE "19860926 201505 1 001"

#define ERRMSG_FOR(source, input) \
	((source) == NT_FROM_TEXT ? \
	 errmsg("invalid input syntax for type nip: \"%s\"", (input)) : \
	 (source) == NT_FROM_BINARY ? \
	 errmsg("invalid binary value for type nip: %s", (input)) : \
	 errmsg("invalid value for type nip: %s", (input)))

/*
 * Raise the error for a failed parse.  "value" is the parsed number when the
 * text had 18 digits; it lets the detail quote the offending field.
 */
static void
nip_report(nt_nip_status status, const char *input, const nt_nip_error *err,
		   int64 value, nt_value_source source)
{
	nt_nip_fields f;
	int			position = 0;
	char		when[32] = "";

	if (err != NULL)
		position = pg_mbstrlen_with_len(input, (int) err->offset) + 1;

	if (status >= NT_NIP_BAD_BIRTH_DATE)
	{
		nt_nip_decode(value, &f);
		/* PPPK numbers record only the year of appointment. */
		if (f.appointed_month != 0)
			snprintf(when, sizeof(when), "%04d-%02d", f.appointed_year,
					 f.appointed_month);
		else
			snprintf(when, sizeof(when), "%04d", f.appointed_year);
	}

	switch (status)
	{
		case NT_NIP_OK:
			return;
		case NT_NIP_EMPTY:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("The input is empty."),
					 errhint("A NIP has 18 digits, for example \"%s\".", NIP_EXAMPLE)));
			break;
		case NT_NIP_BAD_CHARACTER:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("Character \"%.*s\" at position %d is not a digit.",
							   pg_mblen(input + err->offset), input + err->offset,
							   position),
					 errhint("Write the 18 digits, optionally grouped 8-6-1-3 with spaces, dots or hyphens, as in \"%s\".",
							 NIP_EXAMPLE)));
			break;
		case NT_NIP_BAD_SEPARATOR:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("The separator at position %d splits a group of digits.",
							   position),
					 errhint("Separators are allowed only between the groups 8-6-1-3, as in \"%s\".",
							 NIP_EXAMPLE)));
			break;
		case NT_NIP_BAD_LENGTH:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("The input has %d digits; a NIP has 18.", err->digits),
					 errhint("Check for a missing or extra digit; old 9-digit NIPs are not accepted.")));
			break;
		case NT_NIP_BAD_BIRTH_DATE:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("Birth date \"%04d%02d%02d\" (digits 1-8) is not a valid calendar date.",
							   f.birth_year, f.birth_month, f.birth_day),
					 errhint("Digits 1-8 are the birth date as YYYYMMDD.")));
			break;
		case NT_NIP_BIRTH_TOO_EARLY:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("Birth year %d is before %d.", f.birth_year,
							   NT_NIP_MIN_BIRTH_YEAR),
					 errhint("Digits 1-8 are the birth date as YYYYMMDD.")));
			break;
		case NT_NIP_BAD_APPOINTMENT_MONTH:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("Appointment month (digits 13-14) is 00."),
					 errhint("Digits 9-14 are the TMT CPNS as YYYYMM with a month from 01 to 12; an NI PPPK has a code above 12 there.")));
			break;
		case NT_NIP_BAD_GENDER:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("Gender digit (digit 15) is %d.", f.gender),
					 errhint("Digit 15 is 1 for a man and 2 for a woman.")));
			break;
		case NT_NIP_BAD_SERIAL:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("Serial number (digits 16-18) is 000."),
					 errhint("Serial numbers start at 001.")));
			break;
		case NT_NIP_APPOINTED_TOO_YOUNG:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("Appointment in %s is before the 18th birthday of someone born on %04d-%02d-%02d.",
							   when, f.birth_year, f.birth_month, f.birth_day),
					 errhint("Check the birth date (digits 1-8) and the appointment (digits 9-14).")));
			break;
		case NT_NIP_APPOINTED_IN_FUTURE:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("Appointment in %s lies in the future.", when),
					 errhint("Check the appointment digits 9-14.")));
			break;
		case NT_NIP_OUT_OF_RANGE:
			ereport(ERROR,
					(errcode(nt_source_sqlstate(source)),
					 ERRMSG_FOR(source, input),
					 errdetail("The value has not 18 digits."),
					 errhint("A NIP has 18 digits, for example \"%s\".", NIP_EXAMPLE)));
			break;
	}
}

PG_FUNCTION_INFO_V1(nip_in);
Datum
nip_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	int			year,
				month;
	int64_t		value = 0;
	nt_nip_error err;
	nt_nip_status status;

	nt_current_month(&year, &month);
	status = nt_nip_parse(str, strlen(str), year, month, &value, &err);
	if (status != NT_NIP_OK)
		nip_report(status, str, &err, value, NT_FROM_TEXT);
	PG_RETURN_NIP(value);
}

PG_FUNCTION_INFO_V1(nip_out);
Datum
nip_out(PG_FUNCTION_ARGS)
{
	int64		value = PG_GETARG_NIP(0);
	char	   *buf = palloc(NT_NIP_DIGITS + 1);

	nt_nip_to_digits(value, buf);
	PG_RETURN_CSTRING(buf);
}

PG_FUNCTION_INFO_V1(nip_recv);
Datum
nip_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int64		value = pq_getmsgint64(buf);
	int			year,
				month;
	nt_nip_status status;

	nt_current_month(&year, &month);
	status = nt_nip_check(value, year, month);
	if (status != NT_NIP_OK)
	{
		char		digits[32];

		snprintf(digits, sizeof(digits), INT64_FORMAT, value);
		nip_report(status, digits, NULL, value, NT_FROM_BINARY);
	}
	PG_RETURN_NIP(value);
}

PG_FUNCTION_INFO_V1(nip_send);
Datum
nip_send(PG_FUNCTION_ARGS)
{
	int64		value = PG_GETARG_NIP(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, value);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Explicit cast bigint -> nip: the same checks as text input. */
PG_FUNCTION_INFO_V1(nip_from_bigint);
Datum
nip_from_bigint(PG_FUNCTION_ARGS)
{
	int64		value = PG_GETARG_INT64(0);
	int			year,
				month;
	nt_nip_status status;

	nt_current_month(&year, &month);
	status = nt_nip_check(value, year, month);
	if (status != NT_NIP_OK)
	{
		char		digits[32];

		snprintf(digits, sizeof(digits), INT64_FORMAT, value);
		nip_report(status, digits, NULL, value, NT_FROM_BIGINT);
	}
	PG_RETURN_NIP(value);
}

PG_FUNCTION_INFO_V1(nip_is_valid);
Datum
nip_is_valid(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	int			year,
				month;
	int64_t		value;

	nt_current_month(&year, &month);
	PG_RETURN_BOOL(nt_nip_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), year,
								month, &value, NULL) == NT_NIP_OK);
}

PG_FUNCTION_INFO_V1(nip_format);
Datum
nip_format(PG_FUNCTION_ARGS)
{
	char		buf[NT_NIP_FORMATTED_LEN];

	nt_nip_to_spaced(PG_GETARG_NIP(0), buf);
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}

PG_FUNCTION_INFO_V1(nip_birth_date);
Datum
nip_birth_date(PG_FUNCTION_ARGS)
{
	nt_nip_fields f;
	nt_date		d;

	nt_nip_decode(PG_GETARG_NIP(0), &f);
	d.year = f.birth_year;
	d.month = f.birth_month;
	d.day = f.birth_day;
	PG_RETURN_DATEADT(nt_date_to_dateadt(d));
}

PG_FUNCTION_INFO_V1(nip_appointed_on);
Datum
nip_appointed_on(PG_FUNCTION_ARGS)
{
	nt_nip_fields f;
	nt_date		d;

	nt_nip_decode(PG_GETARG_NIP(0), &f);
	if (f.kind != NT_NIP_KIND_PNS)
		PG_RETURN_NULL();
	d.year = f.appointed_year;
	d.month = f.appointed_month;
	d.day = 1;
	PG_RETURN_DATEADT(nt_date_to_dateadt(d));
}

PG_FUNCTION_INFO_V1(nip_appointed_year);
Datum
nip_appointed_year(PG_FUNCTION_ARGS)
{
	nt_nip_fields f;

	nt_nip_decode(PG_GETARG_NIP(0), &f);
	PG_RETURN_INT32(f.appointed_year);
}

PG_FUNCTION_INFO_V1(nip_gender);
Datum
nip_gender(PG_FUNCTION_ARGS)
{
	nt_nip_fields f;

	nt_nip_decode(PG_GETARG_NIP(0), &f);
	PG_RETURN_TEXT_P(cstring_to_text(f.gender == 2 ? "P" : "L"));
}

PG_FUNCTION_INFO_V1(nip_serial);
Datum
nip_serial(PG_FUNCTION_ARGS)
{
	nt_nip_fields f;

	nt_nip_decode(PG_GETARG_NIP(0), &f);
	PG_RETURN_INT32(f.serial);
}

PG_FUNCTION_INFO_V1(nip_kind);
Datum
nip_kind(PG_FUNCTION_ARGS)
{
	nt_nip_fields f;

	nt_nip_decode(PG_GETARG_NIP(0), &f);
	PG_RETURN_TEXT_P(cstring_to_text(f.kind == NT_NIP_KIND_PPPK ? "pppk" : "pns"));
}

PG_FUNCTION_INFO_V1(nip_age);
Datum
nip_age(PG_FUNCTION_ARGS)
{
	DateADT		on = PG_GETARG_DATEADT(1);
	nt_nip_fields f;
	nt_date		birth;

	if (DATE_NOT_FINITE(on))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("cannot compute an age on an infinite date")));
	nt_nip_decode(PG_GETARG_NIP(0), &f);
	birth.year = f.birth_year;
	birth.month = f.birth_month;
	birth.day = f.birth_day;
	PG_RETURN_INT32(nt_years_between(birth, nt_dateadt_to_date(on)));
}
