/*-------------------------------------------------------------------------
 *
 * stems.h
 *	  The stem view of a text: every word lower-cased and reduced to its
 *	  stem by Snowball's Indonesian stemmer.
 *
 * Rules that target stems see "pasang baliho" for "memasang baliho",
 * "dipasang baliho" and "pemasangan baliho" alike.  stem_text() in SQL
 * shows the view, so that rule authors can write against it.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/stems.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_STEMS_H
#define NETRALITAS_STEMS_H

#include <stddef.h>
#include <stdint.h>

#include "context.h"

typedef struct nt_stem_view
{
	char	   *text;			/* stems and punctuation, one space apart */
	size_t		len;
	uint32_t   *source;			/* for each byte of text: start of its word in the source */
	uint32_t   *source_end;		/* ... and end */
} nt_stem_view;

/* Build the view of a valid UTF-8 text. */
extern void nt_stem_view_build(const nt_context *ctx, const char *text, size_t len,
							   nt_stem_view *view);

#endif							/* NETRALITAS_STEMS_H */
