/*-------------------------------------------------------------------------
 *
 * incident.h
 *	  Does a sentence report an act, or state a rule?
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/incident.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_INCIDENT_H
#define NETRALITAS_INCIDENT_H

#include <stdbool.h>
#include <stddef.h>

#include "context.h"

typedef struct nt_cues
{
	int			incident;		/* reported, found, examined, sanctioned ... */
	int			normative;		/* prohibited, appealed, hypothetical ... */
	int			denial;			/* denied or found untrue */
	bool		asn;			/* an ASN (or an ASN job) is named */
} nt_cues;

/* Byte span of the sentence around pos. */
extern void nt_sentence_span(const char *text, size_t len, size_t pos,
							 size_t *start, size_t *end);

/*
 * Where the cues of a text are: one scan, then any sentence's cues are a
 * lookup.  Lives in the context's arena.
 */
typedef struct nt_cue_map
{
	const char *text;
	void	   *hits;			/* sorted by end offset */
	size_t		count;
	unsigned int present;		/* bit per class found anywhere */
} nt_cue_map;

extern void nt_cue_map_build(const nt_context *ctx, const char *text, size_t len,
							 nt_cue_map *map);
extern bool nt_cue_map_has_incident(const nt_cue_map *map);
extern bool nt_cue_map_has_asn(const nt_cue_map *map);
/* Words only a report of a case uses (dilaporkan, terlapor, disanksi ...). */
extern bool nt_cue_map_has_case(const nt_cue_map *map);

/*
 * Is the act starting at text[pos] negated by the words just before it
 * ("tidak terlibat", "tidak akan ikut", "menolak menerima")?
 */
extern bool nt_negated_before(const char *text, size_t pos);

/* Count the cues in text[start, end). */
extern void nt_count_cues(const nt_cue_map *map, size_t start, size_t end, nt_cues *cues);

#endif							/* NETRALITAS_INCIDENT_H */
