/*-------------------------------------------------------------------------
 *
 * region_data.h
 *	  Kemendagri codes of the provinces and regencies/cities.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/region_data.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_REGION_DATA_H
#define NETRALITAS_REGION_DATA_H

typedef enum nt_region_level
{
	NT_REGION_PROVINCE,
	NT_REGION_REGENCY,			/* kabupaten */
	NT_REGION_CITY				/* kota */
} nt_region_level;

typedef struct nt_region_row
{
	const char *code;			/* "12" or "12.74" */
	const char *name;			/* "Sumatera Utara", "Kota Tanjung Balai" */
	nt_region_level level;
	const char *parent;			/* province code, "" for provinces */
} nt_region_row;

extern const nt_region_row nt_region_rows[];
extern const int nt_region_row_count;

#endif							/* NETRALITAS_REGION_DATA_H */
