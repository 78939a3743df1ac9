/*-------------------------------------------------------------------------
 *
 * pledge.h
 *	  The four standard points of the neutrality pledge (P1-P4) in a text.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/pledge.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_PLEDGE_H
#define NETRALITAS_PLEDGE_H

#include <stdbool.h>

#include "context.h"

#define NT_PLEDGE_CLAUSES 4

typedef struct nt_pledge_hit
{
	int			clause;			/* 0..3 for P1..P4 */
	bool		negated;		/* "tidak akan menjaga ...", "boleh menerima ..." */
	bool		prohibition;	/* inside "dilarang ...", "tidak boleh ..." */
	bool		distinctive;	/* wording of the standard pledge itself */
	size_t		start;			/* byte span of the evidence */
	size_t		end;
	int			variant;		/* which pattern matched */
} nt_pledge_hit;

/* Every wording of every point found, negated ones flagged, text order. */
extern void nt_pledge_scan(const nt_context *ctx, const char *text, size_t len,
						   nt_vec *hits);

/*
 * Spans of the text that are a pledge being reported: from a phrase that
 * introduces pledge content ("isi ikrar", "kami berikrar", "empat poin",
 * "Pertama,") to the end of that paragraph, continuing over following
 * paragraphs that carry points or enumerations.  Elements: size_t pairs.
 */
extern void nt_pledge_context(const nt_context *ctx, const char *text, size_t len,
							  const nt_vec *hits, nt_vec *spans);

#endif							/* NETRALITAS_PLEDGE_H */
