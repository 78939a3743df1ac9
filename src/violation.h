/*-------------------------------------------------------------------------
 *
 * violation.h
 *	  The classifier as the binding layer shares it.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/violation.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_VIOLATION_H
#define NETRALITAS_VIOLATION_H

#include "text_call.h"
#include "core/classify.h"
#include "core/stems.h"

/* The classifier of the compiled-in rules (for the immutable functions). */
extern const nt_classifier *nt_builtin_classifier(void);

extern void nt_run_classifier(nt_text_call *call, const nt_classifier *c,
							  const char *text, size_t len, nt_vec *out,
							  bool *incident);

/* Raise SQLSTATE 2201B for a pattern of a rule table PCRE2 refuses. */
extern void nt_report_bad_pattern(const char *table, int rule_id, const char *pattern,
								  const char *msg, size_t offset) pg_attribute_noreturn();

#endif							/* NETRALITAS_VIOLATION_H */
