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

/* Cheap first-match tests over a whole text. */
extern bool nt_has_incident_cue(const char *text, size_t len);
extern bool nt_has_asn_cue(const char *text, size_t len);
/* Words only a report of a case uses (dilaporkan, terlapor, disanksi ...). */
extern bool nt_has_case_cue(const char *text, size_t len);

/*
 * Is the act starting at text[pos] negated by the words just before it
 * ("tidak terlibat", "tidak akan ikut", "menolak menerima")?
 */
extern bool nt_negated_before(const char *text, size_t pos);

/* Count the cues in text[start, end). */
extern void nt_count_cues(const char *text, size_t start, size_t end, nt_cues *cues);

#endif							/* NETRALITAS_INCIDENT_H */
