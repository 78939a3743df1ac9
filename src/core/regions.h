/*-------------------------------------------------------------------------
 *
 * regions.h
 *	  Resolving place names in a text to Kemendagri region codes.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/regions.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_REGIONS_H
#define NETRALITAS_REGIONS_H

#include "region_data.h"
#include "tokens.h"

typedef struct nt_region_hit
{
	int			row;			/* index into nt_region_rows */
	int			score;
	size_t		first_start;	/* first mention, byte offsets in the text */
	size_t		first_end;
} nt_region_hit;

/* A place name at a token position: the longest gazetteer name there. */
typedef struct nt_place_match
{
	size_t		tokens;			/* tokens covered, 0 when none */
	int			rows[4];		/* candidate rows (same name, other levels) */
	int			nrows;
} nt_place_match;

extern void nt_match_place(const nt_tokens *t, size_t i, nt_place_match *m);

/* Look a whole place string up ("TANJUNGBALAI", "Padang Pariaman"). */
extern void nt_lookup_place(const char *s, size_t len, nt_place_match *m);

/*
 * The regions a text is about: regencies and cities with enough evidence,
 * and provinces only where the province itself is concerned.  "dateline"
 * may be NULL; the body is read from byte "body_from" (after the dateline,
 * which counts once as the dateline).  Results go into "out" (nt_region_hit), best first.
 */
extern void nt_find_regions(const nt_context *ctx, const nt_tokens *body,
							size_t body_from, const char *dateline, size_t dateline_len,
							const nt_tokens *title, nt_vec *out);

extern int	nt_region_find_code(const char *code);
/* Row of an official name ("Kabupaten Barito Timur"), ignoring case and spaces. */
extern int	nt_region_find_name(const char *name);

#endif							/* NETRALITAS_REGIONS_H */
