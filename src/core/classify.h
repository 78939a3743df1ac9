/*-------------------------------------------------------------------------
 *
 * classify.h
 *	  Classifying reports of ASN neutrality violations against the forms of
 *	  the joint decree (F01-F13), with the evidence for each.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/classify.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_CLASSIFY_H
#define NETRALITAS_CLASSIFY_H

#include <stdbool.h>
#include <stddef.h>

#include "context.h"

#define NT_FORM_LEN 4			/* "F01" plus terminator */

typedef enum nt_rule_target
{
	NT_RULE_ON_TEXT,			/* the text as written, case-insensitive */
	NT_RULE_ON_STEMS			/* the stem view, see stems.h */
} nt_rule_target;

typedef struct nt_rule_def
{
	int			id;
	char		form[NT_FORM_LEN];
	const char *pattern;
	double		weight;
	nt_rule_target target;
} nt_rule_def;

typedef struct nt_classifier nt_classifier;

/*
 * Compile a set of rules into a classifier (malloc'd; it lives until
 * nt_classifier_free).  On a pattern that PCRE2 refuses, returns NULL with
 * the message, the character offset and the index of the rule.
 */
extern nt_classifier *nt_classifier_build(const nt_rule_def *rules, int nrules,
										  char *errbuf, size_t errlen,
										  size_t *erroffset, int *bad_rule);
extern void nt_classifier_free(nt_classifier *c);
extern int	nt_classifier_rule_count(const nt_classifier *c);

typedef struct nt_violation
{
	char		form[NT_FORM_LEN];
	double		score;
	size_t		start;			/* byte span of the evidence in the text */
	size_t		end;
	int			rule_id;
} nt_violation;

typedef enum nt_classify_status
{
	NT_CLASSIFY_OK,
	NT_CLASSIFY_LIMIT			/* a rule hit the PCRE2 match/depth limit */
} nt_classify_status;

/*
 * Classify a valid UTF-8 text.  "out" receives one nt_violation per form
 * judged to be a reported act, best first; *incident tells whether the
 * text reports an act by an ASN at all.  On NT_CLASSIFY_LIMIT, *limit_rule
 * is the id of the rule that hit the limit.
 */
extern nt_classify_status nt_classify(const nt_context *ctx, const nt_classifier *c,
									  const char *text, size_t len, nt_vec *out,
									  bool *incident, int *limit_rule);

/* The rules shipped with the extension. */
extern const nt_rule_def *nt_builtin_rules(int *count);

#endif							/* NETRALITAS_CLASSIFY_H */
