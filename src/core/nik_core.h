/*-------------------------------------------------------------------------
 *
 * nik_core.h
 *	  Parsing and validation of the 16-digit national ID number (NIK, the
 *	  number on the KTP identity card).
 *
 * Layout (positions 1-based):
 *	 1-2   province code (Kemendagri)
 *	 3-4   regency/city code
 *	 5-6   district (kecamatan) code of first registration
 *	 7-12  birth date DDMMYY, DD + 40 for women
 *	 13-16 serial 0001..9999
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/nik_core.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_NIK_CORE_H
#define NETRALITAS_NIK_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NT_NIK_DIGITS 16

/*
 * Two-digit birth years below the pivot are 20YY, the others 19YY.  The
 * pivot is fixed (not taken from the clock) so that decoding a NIK is
 * immutable; callers who know a reference date can resolve the century
 * with nt_nik_birth_year_before() instead.
 */
#define NT_NIK_CENTURY_PIVOT 30

typedef enum nt_nik_status
{
	NT_NIK_OK = 0,
	NT_NIK_EMPTY,
	NT_NIK_BAD_CHARACTER,
	NT_NIK_BAD_SEPARATOR,
	NT_NIK_BAD_LENGTH,
	NT_NIK_BAD_PROVINCE,		/* not one of the 38 province codes */
	NT_NIK_BAD_REGENCY,			/* regency code 00 */
	NT_NIK_BAD_DISTRICT,		/* district code 00 */
	NT_NIK_BAD_BIRTH_DATE,		/* day/month impossible */
	NT_NIK_BAD_SERIAL,			/* serial 0000 */
	NT_NIK_OUT_OF_RANGE			/* an integer that has not 16 digits */
} nt_nik_status;

typedef struct nt_nik_fields
{
	int			province;
	int			regency;
	int			district;
	int			birth_day;		/* 1..31, already corrected for women */
	int			birth_month;
	int			birth_yy;		/* two-digit year as written */
	int			birth_year;		/* resolved with NT_NIK_CENTURY_PIVOT */
	int			gender;			/* 1 male, 2 female */
	int			serial;
} nt_nik_fields;

typedef struct nt_nik_error
{
	size_t		offset;
	int			digits;
} nt_nik_error;

extern nt_nik_status nt_nik_parse(const char *text, size_t len,
								  int64_t *value, nt_nik_error *err);
extern nt_nik_status nt_nik_check(int64_t value);
extern void nt_nik_decode(int64_t value, nt_nik_fields *fields);

/*
 * The latest birth year ending in the NIK's two digits whose birth date
 * does not lie after the given reference date; -1 if none is possible
 * (only for 29 February in a century's common year).
 */
extern int	nt_nik_birth_year_before(const nt_nik_fields *fields,
									 int ref_year, int ref_month, int ref_day);

extern bool nt_nik_province_exists(int province);
extern void nt_nik_to_digits(int64_t value, char *buf);	/* 17 bytes */
extern const char *nt_nik_status_name(nt_nik_status status);

#endif							/* NETRALITAS_NIK_CORE_H */
