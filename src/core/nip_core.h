/*-------------------------------------------------------------------------
 *
 * nip_core.h
 *	  Parsing and validation of the 18-digit civil-servant number (NIP of a
 *	  PNS, or NI PPPK of a contract civil servant).
 *
 * Layout (positions 1-based):
 *	 1-8   birth date YYYYMMDD
 *	 9-14  PNS: TMT CPNS year and month YYYYMM
 *		   PPPK: appointment year YYYY and a two-digit code above 12
 *	 15    gender: 1 male, 2 female
 *	 16-18 serial 001..999
 * There is no check digit.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/nip_core.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_NIP_CORE_H
#define NETRALITAS_NIP_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NT_NIP_DIGITS 18
/* "19860926 201505 1 001" plus terminator */
#define NT_NIP_FORMATTED_LEN 22
/* Birth years before this are rejected as implausible for a serving ASN. */
#define NT_NIP_MIN_BIRTH_YEAR 1900
/* Minimum age at first appointment, in years. */
#define NT_NIP_MIN_APPOINTMENT_AGE 18

typedef enum nt_nip_status
{
	NT_NIP_OK = 0,
	NT_NIP_EMPTY,				/* nothing but whitespace */
	NT_NIP_BAD_CHARACTER,		/* not a digit or an allowed separator */
	NT_NIP_BAD_SEPARATOR,		/* separator outside a group boundary */
	NT_NIP_BAD_LENGTH,			/* not exactly 18 digits */
	NT_NIP_BAD_BIRTH_DATE,		/* digits 1-8 are not a calendar date */
	NT_NIP_BIRTH_TOO_EARLY,		/* birth year before NT_NIP_MIN_BIRTH_YEAR */
	NT_NIP_BAD_APPOINTMENT_MONTH,	/* digits 13-14 are 00 */
	NT_NIP_BAD_GENDER,			/* digit 15 is neither 1 nor 2 */
	NT_NIP_BAD_SERIAL,			/* digits 16-18 are 000 */
	NT_NIP_APPOINTED_TOO_YOUNG, /* appointed before the 18th birthday */
	NT_NIP_APPOINTED_IN_FUTURE, /* appointment after the reference month */
	NT_NIP_OUT_OF_RANGE			/* an integer that has not 18 digits */
} nt_nip_status;

typedef enum nt_nip_kind
{
	NT_NIP_KIND_PNS,
	NT_NIP_KIND_PPPK
} nt_nip_kind;

typedef struct nt_nip_fields
{
	int			birth_year;
	int			birth_month;
	int			birth_day;
	int			appointed_year;
	int			appointed_month;	/* 1..12 for PNS, 0 for PPPK */
	int			pppk_code;		/* 13..99 for PPPK, 0 for PNS */
	int			gender;			/* 1 male, 2 female */
	int			serial;			/* 1..999 */
	nt_nip_kind kind;
} nt_nip_fields;

/* Where parsing stopped, for error messages. */
typedef struct nt_nip_error
{
	size_t		offset;			/* byte offset of the offending character */
	int			digits;			/* digits seen, for NT_NIP_BAD_LENGTH */
} nt_nip_error;

/*
 * Parse text into the 18-digit value and validate it.  "today_year" and
 * "today_month" give the reference month for the "not in the future" rule.
 * "err" may be NULL.
 */
extern nt_nip_status nt_nip_parse(const char *text, size_t len,
								  int today_year, int today_month,
								  int64_t *value, nt_nip_error *err);

/* Validate an integer value (binary input, casts from bigint). */
extern nt_nip_status nt_nip_check(int64_t value, int today_year,
								  int today_month);

/* Split a value known to be valid (or at least 18 digits) into fields. */
extern void nt_nip_decode(int64_t value, nt_nip_fields *fields);

/* Write the compact 18 digits, NUL-terminated; buf needs 19 bytes. */
extern void nt_nip_to_digits(int64_t value, char *buf);

/* Write the spaced form "YYYYMMDD YYYYMM G SSS"; buf needs 22 bytes. */
extern void nt_nip_to_spaced(int64_t value, char *buf);

/* A short English name of the rule a status breaks, for messages. */
extern const char *nt_nip_status_name(nt_nip_status status);

#endif							/* NETRALITAS_NIP_CORE_H */
