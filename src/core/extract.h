/*-------------------------------------------------------------------------
 *
 * extract.h
 *	  Structured facts of a scraped news article.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/extract.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_EXTRACT_H
#define NETRALITAS_EXTRACT_H

#include <stdbool.h>

#include "clean.h"
#include "dates.h"
#include "election_core.h"
#include "facts.h"
#include "officials.h"
#include "pledge.h"
#include "regions.h"
#include "tokens.h"

/*
 * Facts are read from the first NT_FACTS_MAX_BYTES of the clean body: news
 * articles are far shorter, and the limit keeps the cost of a pathological
 * page (a 100 MB line) bounded.  The body itself is returned whole.
 */
#define NT_FACTS_MAX_BYTES (1024 * 1024)

typedef struct nt_article
{
	nt_cleaned	clean;			/* body and title */
	char	   *outlet;			/* NULL when unknown */
	char	   *dateline;		/* the place of the dateline, or NULL */

	nt_vec		dates;			/* nt_date_mention, over the body */
	int			event_index;	/* into dates, or -1 */
	bool		has_event_date;
	nt_date		event_date;

	bool		has_election;	/* kind known */
	nt_election_kind election_kind;
	int			election_year;	/* 0 when unknown */
	const nt_election *election;	/* calendar row, when kind and year match */

	nt_vec		regions;		/* nt_region_hit */
	nt_vec		mentions;		/* nt_official, every mention */
	nt_vec		officials;		/* nt_official, distinct people */
	nt_vec		institutions;	/* const char * */
	long		participants;	/* -1 when not given */
	nt_vec		event_types;	/* const char * */
	unsigned	pledge_points;	/* bit k set: point P(k+1) present */
	nt_vec		legal_refs;		/* char * */
	bool		incident;		/* reports an act by an ASN */
	nt_vec		violations;		/* nt_violation, when a classifier is given */
} nt_article;

/*
 * Clean and analyse one page.  "raw" must be valid UTF-8; "url" may be NULL.
 * Everything lives in ctx->arena.
 */
struct nt_classifier;

/*
 * "classifier" may be NULL: no violations are then looked for.  On a
 * classifier limit error, returns false with *limit_rule set.
 */
extern bool nt_extract_article(const nt_context *ctx, const char *raw,
							   size_t len, const char *url, size_t url_len,
							   const struct nt_classifier *classifier,
							   nt_article *out, int *limit_rule);

/* The host of a URL without "www.", or NULL. */
extern char *nt_url_host(const nt_context *ctx, const char *url, size_t len);

#endif							/* NETRALITAS_EXTRACT_H */
