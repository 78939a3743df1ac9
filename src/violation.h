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

#endif							/* NETRALITAS_VIOLATION_H */
