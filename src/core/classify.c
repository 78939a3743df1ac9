/*-------------------------------------------------------------------------
 *
 * classify.c
 *	  Classifying reports against the forms of violation.
 *
 * All rules are scanned at once: Hyperscan compiles every pattern of a
 * target (text or stems) into one database, in prefilter mode so that any
 * PCRE construct is accepted, and one pass over the text yields the rules
 * that may match.  Only those are run with PCRE2, which confirms the match
 * and gives the evidence span.  The cost therefore grows with the length
 * of the text and the number of candidate rules, not with the size of the
 * rule table.
 *
 * A match counts only where the sentence reports an act (incident.c): the
 * same words in a prohibition, an appeal or a pledge are not a violation.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/classify.c
 *
 *-------------------------------------------------------------------------
 */
#include "classify.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "incident.h"
#include "prefilter_db.h"
#include "regex.h"
#include "stems.h"
#include "utf8.h"

typedef struct compiled_rule
{
	int			id;
	char		form[NT_FORM_LEN];
	double		weight;
	nt_rule_target target;
	char	   *pattern;
	char	   *prefilter;		/* what Hyperscan scans for, see nt_prefilter_pattern */
	nt_regex   *re;
	bool		always;			/* Hyperscan refused it: always confirm */
} compiled_rule;

struct nt_classifier
{
	compiled_rule *rules;
	int			nrules;
	nt_prefilter_db dbs[2];		/* by nt_rule_target */
};

int
nt_classifier_rule_count(const nt_classifier *c)
{
	return c->nrules;
}

void
nt_classifier_free(nt_classifier *c)
{
	int			i;

	if (c == NULL)
		return;
	for (i = 0; i < c->nrules; i++)
	{
		nt_regex_free(c->rules[i].re);
		free(c->rules[i].pattern);
		free(c->rules[i].prefilter);
	}
	nt_prefilter_db_free(&c->dbs[0]);
	nt_prefilter_db_free(&c->dbs[1]);
	free(c->rules);
	free(c);
}

/*
 * One Hyperscan database per target.  A rule Hyperscan refuses even in
 * prefilter mode is marked "always" (PCRE2 confirms it on every text).
 */
static void
build_db(nt_classifier *c, nt_rule_target target)
{
	const char **prefilters = calloc((size_t) c->nrules + 1, sizeof(char *));
	bool	   *left_out = calloc((size_t) c->nrules + 1, 1);
	int			i;

	if (!prefilters || !left_out)
		abort();
	for (i = 0; i < c->nrules; i++)
		if (c->rules[i].target == target)
			prefilters[i] = c->rules[i].prefilter;
	nt_prefilter_db_build(&c->dbs[target], prefilters, c->nrules, false, left_out);
	for (i = 0; i < c->nrules; i++)
		if (c->rules[i].target == target && left_out[i])
			c->rules[i].always = true;
	free(prefilters);
	free(left_out);
}

nt_classifier *
nt_classifier_build(const nt_rule_def *rules, int nrules, char *errbuf,
					size_t errlen, size_t *erroffset, int *bad_rule)
{
	nt_classifier *c = calloc(1, sizeof(nt_classifier));
	int			i;

	if (c == NULL)
		abort();
	c->rules = calloc((size_t) nrules + 1, sizeof(compiled_rule));
	if (c->rules == NULL)
		abort();
	for (i = 0; i < nrules; i++)
	{
		compiled_rule *r = &c->rules[i];

		r->id = rules[i].id;
		memcpy(r->form, rules[i].form, NT_FORM_LEN);
		r->form[NT_FORM_LEN - 1] = '\0';
		r->weight = rules[i].weight;
		r->target = rules[i].target;
		r->pattern = malloc(strlen(rules[i].pattern) + 1);
		if (r->pattern == NULL)
			abort();
		strcpy(r->pattern, rules[i].pattern);
		r->prefilter = nt_prefilter_pattern(r->pattern);
		/* no byte-level prefilter for it: PCRE2 confirms it on every text */
		r->always = r->prefilter == NULL;
		r->re = nt_regex_compile(rules[i].pattern, errbuf, errlen, erroffset);
		c->nrules = i + 1;
		if (r->re == NULL)
		{
			if (bad_rule)
				*bad_rule = i;
			nt_classifier_free(c);
			return NULL;
		}
	}
	build_db(c, NT_RULE_ON_TEXT);
	build_db(c, NT_RULE_ON_STEMS);
	return c;
}

/* What the classifier knows about one text while it works. */
typedef struct judge
{
	const char *text;
	size_t		len;
	nt_cue_map	cues;
	bool		document_asn;	/* the text names an ASN anywhere */
	bool		document_incident;	/* the text reports something somewhere */
} judge;

/*
 * A title or teaser ("Pose Foto dengan Jumlah Jari") names a topic, it does
 * not report an act: mostly capitalised words and no sentence end.
 */
static bool
headline_shaped(const char *text, size_t s, size_t e)
{
	int			words = 0,
				caps = 0;
	size_t		i;
	bool		in_word = false;

	while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\n'))
		e--;
	if (e > s && (text[e - 1] == '.' || text[e - 1] == '!' || text[e - 1] == '?' ||
				  text[e - 1] == '"' || (unsigned char) text[e - 1] >= 0x80))
		return false;
	for (i = s; i < e; i++)
	{
		char		c = text[i];
		bool		letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

		if (letter && !in_word)
		{
			words++;
			if (c >= 'A' && c <= 'Z')
				caps++;
		}
		in_word = letter || (c >= '0' && c <= '9');
	}
	return words >= 2 && words <= 20 && caps * 10 >= words * 6;
}

/*
 * The score of a match at text[start, end), or 0 when its sentence does
 * not report an act: a prohibition, appeal, condition, pledge, statistic
 * or denial around the words discards them.
 */
static double
judge_match(const judge *j, size_t start, double weight)
{
	size_t		s,
				e,
				ps,
				pe,
				ns,
				ne;
	nt_cues		here,
				before,
				after;
	int			incident;

	if (nt_negated_before(j->text, start))
		return 0;
	nt_sentence_span(j->text, j->len, start, &s, &e);
	if (headline_shaped(j->text, s, e))
		return 0;
	nt_count_cues(&j->cues, s, e, &here);
	if (here.normative > 0 || here.denial > 0)
		return 0;
	/* the sentences around it tell who did it and what happened next */
	if (s > 0)
	{
		nt_sentence_span(j->text, j->len, s - 1, &ps, &pe);
		nt_count_cues(&j->cues, ps, pe, &before);
	}
	else
		memset(&before, 0, sizeof(before));
	if (e < j->len)
	{
		nt_sentence_span(j->text, j->len, e, &ns, &ne);
		nt_count_cues(&j->cues, ns, ne, &after);
	}
	else
		memset(&after, 0, sizeof(after));
	if (!(here.asn || before.asn || after.asn || j->document_asn))
		return 0;
	if (before.denial > 0 || after.denial > 0)
		return 0;
	incident = here.incident * 2 + before.incident + after.incident;
	/*
	 * A report often tells the act in one sentence and the procedure a few
	 * sentences later: a text that reports something elsewhere still
	 * counts an act told plainly, with less weight.
	 */
	if (incident == 0)
		return j->document_incident ? weight * 0.9 * (here.asn ? 1.0 : 0.8) : 0;
	return weight * (1.0 + 0.25 * (incident > 4 ? 4 : incident)) *
		(here.asn ? 1.0 : 0.8);
}

static nt_violation *
slot_for_form(nt_vec *out, const char *form)
{
	size_t		k;
	nt_violation *v;

	for (k = 0; k < out->count; k++)
	{
		v = &NT_VEC_AT(out, nt_violation, k);
		if (strcmp(v->form, form) == 0)
			return v;
	}
	v = nt_vec_push(out);
	memcpy(v->form, form, NT_FORM_LEN);
	return v;
}

static int
cmp_violations(const void *a, const void *b)
{
	const nt_violation *x = a;
	const nt_violation *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return strcmp(x->form, y->form);
}

nt_classify_status
nt_classify(const nt_context *ctx, const nt_classifier *c, const char *text,
			size_t len, nt_vec *out, bool *incident, int *limit_rule)
{
	nt_stem_view view;
	bool	   *candidate;
	bool	   *hits;
	judge		j;
	int			i;

	*incident = false;
	if (c == NULL || c->nrules == 0 || len == 0)
		return NT_CLASSIFY_OK;
	/*
	 * Evidence counts only near words that report an act; a text without
	 * any (a pledge, an appeal, a lecture) needs no further work.
	 */
	nt_check_interrupts(ctx);
	nt_cue_map_build(ctx, text, len, &j.cues);
	nt_check_interrupts(ctx);
	if (!nt_cue_map_has_incident(&j.cues))
		return NT_CLASSIFY_OK;
	nt_stem_view_build(ctx, text, len, &view);
	candidate = nt_arena_alloc0(ctx->arena, (size_t) c->nrules);

	/* one pass per target over the whole text */
	hits = nt_arena_alloc0(ctx->arena, (size_t) c->nrules + 1);
	for (i = 0; i < 2; i++)
	{
		int			k;

		if (i == NT_RULE_ON_TEXT)
			nt_prefilter_db_scan(&c->dbs[i], ctx, text, len, hits);
		else
			nt_prefilter_db_scan(&c->dbs[i], ctx, view.text, view.len, hits);
		for (k = 0; k < c->nrules; k++)
			candidate[k] |= hits[k];
	}

	j.text = text;
	j.len = len;
	j.document_asn = nt_cue_map_has_asn(&j.cues);
	j.document_incident = nt_cue_map_has_case(&j.cues);

	for (i = 0; i < c->nrules; i++)
	{
		const compiled_rule *r = &c->rules[i];
		const char *subject = r->target == NT_RULE_ON_STEMS ? view.text : text;
		size_t		subject_len = r->target == NT_RULE_ON_STEMS ? view.len : len;
		size_t		pos = 0;
		nt_match	m;
		nt_regex_status st;

		if (!candidate[i] && !r->always)
			continue;
		nt_check_interrupts(ctx);
		while ((st = nt_regex_find(r->re, subject, subject_len, pos, &m)) == NT_REGEX_MATCH)
		{
			size_t		s = m.start[0],
						e = m.end[0];
			double		score;

			/* after an empty match, the next whole character */
			pos = e > s ? e : s + 1;
			if (e <= s && s < subject_len)
			{
				int			n = nt_utf8_seq_len((const unsigned char *) subject + s,
												subject_len - s);

				pos = s + (size_t) (n > 0 ? n : 1);
			}
			if (r->target == NT_RULE_ON_STEMS)
			{
				s = view.source[s];
				e = e > 0 ? view.source_end[e - 1] : 0;
			}
			if (e <= s)
				continue;
			score = judge_match(&j, s, r->weight);
			if (score > 0)
			{
				nt_violation *v = slot_for_form(out, r->form);

				if (score > v->score)
				{
					v->score = score;
					v->start = s;
					v->end = e;
					v->rule_id = r->id;
				}
			}
			if (pos >= subject_len)
				break;
		}
		if (st == NT_REGEX_LIMIT)
		{
			*limit_rule = r->id;
			return NT_CLASSIFY_LIMIT;
		}
	}
	if (out->count > 1)
		qsort(out->items, out->count, sizeof(nt_violation), cmp_violations);
	*incident = out->count > 0;
	return NT_CLASSIFY_OK;
}
