/*
 * fuzz_classify.c
 *	  libFuzzer target for nt_classify (classify.h) with the builtin rules,
 *	  as violation_matches(), violation_forms() and is_incident() in SQL
 *	  call it.
 *
 * Input: a text, sanitised as the SQL layer does (nt_utf8_sanitize) and
 * copied into an exact-size heap block without a NUL, like a text datum.
 * Inputs above 64 KB are skipped.  The classifier is built once, on the
 * first call, and never freed.
 *
 * Invariants, besides "no crash, no sanitizer report":
 *	- the builtin rules never hit the PCRE2 match limits;
 *	- each violation's evidence span lies inside the text, on character
 *	  boundaries, start < end; the score is positive and finite; the rule
 *	  exists and has the violation's form; one violation per form, best
 *	  first; *incident is true exactly when there are violations;
 *	- for a rule on the text (not the stem view), the evidence is exactly
 *	  what the rule's own pattern matches at the evidence start;
 *	- classifying twice gives the same result.
 */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/classify.h"
#include "core/context.h"
#include "core/regex.h"
#include "core/utf8.h"

#include "fuzz_common.h"

#define MAX_INPUT (64 * 1024)

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static nt_classifier *classifier;
static const nt_rule_def *rules;
static int	nrules;
static nt_regex **rule_re;		/* text rules only; NULL for stem rules */

static void
ensure_classifier(void)
{
	char		err[256];
	size_t		offset = 0;
	int			bad = -1,
				i;

	if (classifier != NULL)
		return;
	rules = nt_builtin_rules(&nrules);
	classifier = nt_classifier_build(rules, nrules, err, sizeof(err), &offset, &bad);
	if (classifier == NULL)
	{
		fprintf(stderr, "builtin rule %d does not compile: %s\n", bad, err);
		abort();
	}
	CHECK(nt_classifier_rule_count(classifier) == nrules);
	rule_re = calloc((size_t) nrules + 1, sizeof(nt_regex *));
	if (rule_re == NULL)
		abort();
	for (i = 0; i < nrules; i++)
		if (rules[i].target == NT_RULE_ON_TEXT)
		{
			rule_re[i] = nt_regex_compile(rules[i].pattern, err, sizeof(err), &offset);
			CHECK(rule_re[i] != NULL);
		}
}

static void
check_violations(const char *text, size_t len, const nt_vec *out, bool incident)
{
	size_t		k,
				j;
	int			i;

	CHECK(incident == (out->count > 0));
	for (k = 0; k < out->count; k++)
	{
		const nt_violation *v = &NT_VEC_AT(out, nt_violation, k);

		CHECK(v->start < v->end);
		check_span(text, len, v->start, v->end);
		CHECK(v->score > 0 && isfinite(v->score));
		CHECK(v->form[NT_FORM_LEN - 1] == '\0');
		for (i = 0; i < nrules; i++)
			if (rules[i].id == v->rule_id)
				break;
		CHECK(i < nrules);
		CHECK(strcmp(rules[i].form, v->form) == 0);
		if (rule_re[i] != NULL)
		{
			nt_match	m;

			CHECK(nt_regex_find(rule_re[i], text, len, v->start, &m) == NT_REGEX_MATCH);
			CHECK(m.start[0] == v->start && m.end[0] == v->end);
		}
		for (j = 0; j < k; j++)
		{
			const nt_violation *w = &NT_VEC_AT(out, nt_violation, j);

			CHECK(strcmp(w->form, v->form) != 0);
			CHECK(w->score >= v->score);
		}
	}
}

static void
run(const char *text, size_t len, nt_buf *digest)
{
	nt_arena	arena;
	nt_context	ctx;
	nt_vec		out;
	bool		incident = true;
	int			limit_rule = 0;
	size_t		k;

	nt_arena_init(&arena, &nt_malloc_allocator);
	ctx.arena = &arena;
	ctx.check_interrupts = NULL;
	ctx.check_interrupts_arg = NULL;
	nt_vec_init(&out, &arena, sizeof(nt_violation));
	if (nt_classify(&ctx, classifier, text, len, &out, &incident, &limit_rule) != NT_CLASSIFY_OK)
	{
		fprintf(stderr, "builtin violation rule %d hit the PCRE2 limits\n", limit_rule);
		abort();
	}
	check_violations(text, len, &out, incident);
	nt_buf_append(digest, (const char *) &incident, sizeof(bool));
	for (k = 0; k < out.count; k++)
	{
		const nt_violation *v = &NT_VEC_AT(&out, nt_violation, k);

		nt_buf_append(digest, v->form, NT_FORM_LEN);
		nt_buf_append(digest, (const char *) &v->score, sizeof(double));
		nt_buf_append(digest, (const char *) &v->start, sizeof(size_t));
		nt_buf_append(digest, (const char *) &v->end, sizeof(size_t));
		nt_buf_append(digest, (const char *) &v->rule_id, sizeof(int));
	}
	nt_arena_free_all(&arena);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	nt_arena	arena;
	size_t		len;
	char	   *text;
	nt_buf		d1,
				d2;

	if (size > MAX_INPUT)
		return 0;
	ensure_classifier();
	nt_arena_init(&arena, &nt_malloc_allocator);
	text = nt_utf8_sanitize(&arena, (const char *) data, size, &len);
	text = exact_copy(text, len);
	nt_buf_init(&d1, &arena, 64);
	nt_buf_init(&d2, &arena, 64);
	run(text, len, &d1);
	run(text, len, &d2);
	CHECK(d1.len == d2.len && memcmp(d1.data, d2.data, d1.len) == 0);
	free(text);
	nt_arena_free_all(&arena);
	return 0;
}
