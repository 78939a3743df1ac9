/*-------------------------------------------------------------------------
 *
 * facts.h
 *	  Smaller facts of an article: election, institutions, event types,
 *	  head counts and legal references.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/facts.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_FACTS_H
#define NETRALITAS_FACTS_H

#include <stdbool.h>

#include "context.h"
#include "election_core.h"
#include "tokens.h"

/* The election a text is about, from what it says ("Pilkada serentak 2020"). */
typedef struct nt_election_guess
{
	bool		found_kind;
	nt_election_kind kind;
	int			year;			/* 0 when no year was written */
} nt_election_guess;

extern void nt_guess_election(const nt_context *ctx, const char *body,
							  size_t body_len, const char *title,
							  size_t title_len, nt_election_guess *out);

/* Canonical short names (const strings), text order, distinct. */
extern void nt_find_institutions(const nt_context *ctx, const nt_tokens *t,
								 nt_vec *out);

/*
 * Controlled event words (const strings), in the order of the list in
 * facts.c.  Case-handling words (laporan, temuan, sanksi ...) only when
 * "incident" is true.
 */
extern void nt_find_event_types(const nt_context *ctx, const char *text,
								size_t len, bool incident, nt_vec *out);

/* The head count of the event ("diikuti 1.250 ASN"), or -1. */
extern long nt_find_participants(const nt_context *ctx, const char *text,
								 size_t len);

/* Normalised references ("PP 94/2021", "SE KASN B-2708/KASN/9/2020"). */
extern void nt_find_legal_refs(const nt_context *ctx, const char *text,
							   size_t len, nt_vec *out);

#endif							/* NETRALITAS_FACTS_H */
