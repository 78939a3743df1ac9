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

/* One wording of a point, as a row of netralitas.pledge_clause. */
typedef struct nt_pledge_wording
{
	int			id;
	int			clause;			/* 0..3 */
	bool		negative_form;	/* the wording itself says "tidak ..." */
	bool		distinctive;	/* a phrase of the standard pledge text itself */
	const char *pattern;		/* PCRE2, case-insensitive */
} nt_pledge_wording;

typedef struct nt_pledge_set nt_pledge_set;

/* The wordings shipped with the extension. */
extern const nt_pledge_wording *nt_builtin_pledge_wordings(int *count);

/* The builtin wordings compiled once per process. */
extern const nt_pledge_set *nt_builtin_pledge_set(void);

/*
 * Compile wordings (malloc'd, until nt_pledge_set_free).  On a pattern
 * PCRE2 refuses: NULL, with the message, offset and index.
 */
extern nt_pledge_set *nt_pledge_set_build(const nt_pledge_wording *w, int n,
										  char *errbuf, size_t errlen,
										  size_t *erroffset, int *bad);
extern void nt_pledge_set_free(nt_pledge_set *set);

/* Every wording found, negated ones flagged, text order. */
extern void nt_pledge_scan_set(const nt_context *ctx, const nt_pledge_set *set,
							   const char *text, size_t len, nt_vec *hits);

/* Same, with the builtin wordings. */
extern void nt_pledge_scan(const nt_context *ctx, const char *text, size_t len,
						   nt_vec *hits);

/*
 * Which points a pledge text commits to (bit k: P(k+1)), without
 * allocating: a point counts when one occurrence of one of its wordings is
 * neither turned around nor part of a prohibition, judged exactly as
 * nt_pledge_scan_set judges it; the search for a point stops at the first.
 */
extern unsigned nt_pledge_points_fast(const nt_context *ctx, const nt_pledge_set *set,
									  const char *text, size_t len);

/*
 * Spans of the text that are a pledge being reported: from a phrase that
 * introduces pledge content ("isi ikrar", "kami berikrar", "empat poin",
 * "Pertama,") to the end of that paragraph, continuing over following
 * paragraphs that carry points or enumerations.  Elements: size_t pairs.
 */
extern void nt_pledge_context(const nt_context *ctx, const char *text, size_t len,
							  const nt_vec *hits, nt_vec *spans);

#endif							/* NETRALITAS_PLEDGE_H */
