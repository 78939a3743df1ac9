/*-------------------------------------------------------------------------
 *
 * clean.h
 *	  Article body and title out of a scraped news page.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/clean.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_CLEAN_H
#define NETRALITAS_CLEAN_H

#include <stdbool.h>
#include <stddef.h>

#include "context.h"

typedef struct nt_cleaned
{
	char	   *body;			/* paragraphs separated by blank lines */
	size_t		body_len;
	char	   *title;			/* NULL when the page shows no headline */
	size_t		title_len;
	/* the dateline of the first paragraph, if it has one */
	bool		has_dateline;
	size_t		dateline_place_start;	/* byte offsets into body */
	size_t		dateline_place_end;
	size_t		dateline_outlet_start;
	size_t		dateline_outlet_end;	/* equal to start when none */
	size_t		dateline_end;	/* where the text after the dateline starts */
} nt_cleaned;

/* The input must be valid UTF-8 (see nt_utf8_sanitize). */
extern void nt_clean_article(const nt_context *ctx, const char *raw, size_t len,
							 nt_cleaned *out);

#endif							/* NETRALITAS_CLEAN_H */
