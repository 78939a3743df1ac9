/*-------------------------------------------------------------------------
 *
 * netralitas.h
 *	  Shared declarations of the PostgreSQL binding layer.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/netralitas.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_H
#define NETRALITAS_H

#include "postgres.h"

#include "datatype/timestamp.h"
#include "utils/date.h"

#include "core/civil_date.h"

/* nip and nik are stored as int8, passed by value (LIKE = pg_catalog.int8). */
#define PG_GETARG_NIP(n) PG_GETARG_INT64(n)
#define PG_RETURN_NIP(x) PG_RETURN_INT64(x)
#define PG_GETARG_NIK(n) PG_GETARG_INT64(n)
#define PG_RETURN_NIK(x) PG_RETURN_INT64(x)

/* The core counts days from 1970-01-01, DateADT from 2000-01-01. */
#define NT_DATEADT_OFFSET (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE)

static inline DateADT
nt_date_to_dateadt(nt_date d)
{
	return (DateADT) (nt_days_from_civil(d.year, d.month, d.day) -
					  NT_DATEADT_OFFSET);
}

static inline nt_date
nt_dateadt_to_date(DateADT d)
{
	return nt_civil_from_days((int64_t) d + NT_DATEADT_OFFSET);
}

/*
 * Where a nip or nik value came from decides the error: text input is
 * 22P02, binary input 22P03, and a cast from bigint 22023.
 */
typedef enum nt_value_source
{
	NT_FROM_TEXT,
	NT_FROM_BINARY,
	NT_FROM_BIGINT
} nt_value_source;

static inline int
nt_source_sqlstate(nt_value_source source)
{
	switch (source)
	{
		case NT_FROM_BINARY:
			return ERRCODE_INVALID_BINARY_REPRESENTATION;
		case NT_FROM_BIGINT:
			return ERRCODE_INVALID_PARAMETER_VALUE;
		default:
			return ERRCODE_INVALID_TEXT_REPRESENTATION;
	}
}

/* Current year and month of the transaction start, in the session zone. */
extern void nt_current_month(int *year, int *month);

#endif							/* NETRALITAS_H */
