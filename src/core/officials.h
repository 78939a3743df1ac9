/*-------------------------------------------------------------------------
 *
 * officials.h
 *	  Officials named in a text: normalised role and name, with spans.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/officials.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_OFFICIALS_H
#define NETRALITAS_OFFICIALS_H

#include "tokens.h"

typedef struct nt_official
{
	char	   *role;			/* "Pj. Wali Kota", "Sekda", "Ketua Bawaslu" */
	char	   *name;			/* without titles or degrees; NULL if unnamed */
	size_t		start;			/* byte span of the mention in the text */
	size_t		end;
} nt_official;

/*
 * Every mention of an official (role with a name, a role alone that refers
 * back to a named official, "ujar <name>" after a named official) into
 * "mentions", and the distinct named officials into "people", both in text
 * order.  Elements are nt_official.
 */
extern void nt_find_officials(const nt_context *ctx, const nt_tokens *t,
							  nt_vec *mentions, nt_vec *people);

#endif							/* NETRALITAS_OFFICIALS_H */
