/*
 * fuzz_rules.c
 *	  libFuzzer target for user-written patterns: the rows users add to
 *	  netralitas.violation_rule and netralitas.pledge_clause.
 *
 * Input: the first line is a PCRE2 pattern, the rest is the text.  Both
 * are sanitised as the SQL layer does (nt_utf8_sanitize; a pattern row is
 * valid UTF-8 without NUL bytes too).  The pattern is compiled
 *	- as a classifier of two rules, the pattern on the text (rule 1, form
 *	  F01) and on the stem view (rule 2, form F02), as nt_classifier_build
 *	  compiles the violation_rule table, then nt_classify runs on the text;
 *	- as a pledge set of one wording (clause P1), as nt_pledge_set_build
 *	  compiles the pledge_clause table, then nt_pledge_scan_set,
 *	  nt_pledge_context and nt_pledge_points_fast run on the text.
 * Both are freed after each input.  Patterns above 1 KB and texts above
 * 16 KB are skipped (compiling Hyperscan databases dominates).
 *
 * The PCRE2 match limit is lowered (nt_regex_set_limits, as the
 * netralitas.pcre_match_limit GUC does) so that catastrophic patterns
 * ("(a+)+$") stop at the limit quickly instead of running for seconds.
 *
 * Invariants, besides "no crash, no sanitizer report":
 *	- a refused pattern is refused by both builders, with a message, the
 *	  index of the rule and an offset inside the pattern;
 *	- nt_classify ends OK or at the limit, naming one of the two rules;
 *	  violations have the form of their rule, their evidence lies inside the
 *	  text on character boundaries with start < end, and for the text rule
 *	  it is exactly what the pattern matches there;
 *	- pledge hits lie inside the text on character boundaries and are
 *	  exactly the successive PCRE2 matches of the pattern (the Hyperscan
 *	  prefilter may not hide a match); context spans are paragraphs; the
 *	  point counts exactly when a hit is neither negated nor a prohibition;
 *	- everything is the same when run twice.
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
#include "core/pledge.h"
#include "core/regex.h"
#include "core/utf8.h"

#include "fuzz_common.h"

#define MAX_PATTERN 1024
#define MAX_TEXT (16 * 1024)
#define FUZZ_MATCH_LIMIT 200000
#define FUZZ_DEPTH_LIMIT 2000

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
classify_once(const nt_classifier *c, const nt_regex *re, const char *text, size_t len,
			  nt_buf *digest)
{
	nt_arena	arena;
	nt_context	ctx;
	nt_vec		out;
	bool		incident = true;
	int			limit_rule = 0;
	nt_classify_status st;
	size_t		k;

	nt_arena_init(&arena, &nt_malloc_allocator);
	ctx.arena = &arena;
	ctx.check_interrupts = NULL;
	ctx.check_interrupts_arg = NULL;
	nt_vec_init(&out, &arena, sizeof(nt_violation));
	st = nt_classify(&ctx, c, text, len, &out, &incident, &limit_rule);
	CHECK(st == NT_CLASSIFY_OK || st == NT_CLASSIFY_LIMIT);
	nt_buf_append_char(digest, (char) st);
	if (st == NT_CLASSIFY_LIMIT)
	{
		CHECK(limit_rule == 1 || limit_rule == 2);
		nt_buf_append_char(digest, (char) limit_rule);
		nt_arena_free_all(&arena);
		return;
	}
	CHECK(incident == (out.count > 0));
	CHECK(out.count <= 2);
	for (k = 0; k < out.count; k++)
	{
		const nt_violation *v = &NT_VEC_AT(&out, nt_violation, k);

		CHECK(v->start < v->end);
		check_span(text, len, v->start, v->end);
		CHECK(v->score > 0 && isfinite(v->score));
		CHECK(v->rule_id == 1 || v->rule_id == 2);
		CHECK(strcmp(v->form, v->rule_id == 1 ? "F01" : "F02") == 0);
		if (v->rule_id == 1)
		{
			nt_match	m;

			CHECK(nt_regex_find(re, text, len, v->start, &m) == NT_REGEX_MATCH);
			CHECK(m.start[0] == v->start && m.end[0] == v->end);
		}
		if (k > 0)
			CHECK(NT_VEC_AT(&out, nt_violation, k - 1).score >= v->score);
		nt_buf_append(digest, v->form, NT_FORM_LEN);
		nt_buf_append(digest, (const char *) &v->score, sizeof(double));
		nt_buf_append(digest, (const char *) &v->start, sizeof(size_t));
		nt_buf_append(digest, (const char *) &v->end, sizeof(size_t));
	}
	nt_arena_free_all(&arena);
}

static void
pledge_once(const nt_pledge_set *set, const nt_regex *re, const char *text, size_t len,
			nt_buf *digest)
{
	nt_arena	arena;
	nt_context	ctx;
	nt_vec		hits,
				spans;
	size_t		k,
				pos = 0;
	nt_match	m;
	nt_regex_status st;
	unsigned	points;

	nt_arena_init(&arena, &nt_malloc_allocator);
	ctx.arena = &arena;
	ctx.check_interrupts = NULL;
	ctx.check_interrupts_arg = NULL;
	nt_vec_init(&hits, &arena, sizeof(nt_pledge_hit));
	nt_pledge_scan_set(&ctx, set, text, len, &hits);
	for (k = 0; k < hits.count; k++)
	{
		const nt_pledge_hit *h = &NT_VEC_AT(&hits, nt_pledge_hit, k);

		check_span(text, len, h->start, h->end);
		CHECK(h->clause == 0 && h->variant == 7 && h->distinctive);
		nt_buf_append(digest, (const char *) &h->start, sizeof(size_t));
		nt_buf_append(digest, (const char *) &h->end, sizeof(size_t));
		nt_buf_append_char(digest, (char) (h->negated * 2 + h->prohibition));
	}
	/*
	 * The hits are the pattern's successive non-empty matches, none hidden;
	 * after an empty match the search resumes at the next whole character.
	 */
	k = 0;
	while (pos < len && (st = nt_regex_find(re, text, len, pos, &m)) == NT_REGEX_MATCH)
	{
		if (m.end[0] <= m.start[0])
		{
			int			n = m.start[0] < len ?
				nt_utf8_seq_len((const unsigned char *) text + m.start[0], len - m.start[0]) : 1;

			pos = m.start[0] + (size_t) (n > 0 ? n : 1);
			continue;
		}
		if (k >= hits.count)
		{
			fprintf(stderr, "the wording matches at [%zu, %zu) but has no hit there\n",
					m.start[0], m.end[0]);
			abort();
		}
		CHECK(NT_VEC_AT(&hits, nt_pledge_hit, k).start == m.start[0] &&
			  NT_VEC_AT(&hits, nt_pledge_hit, k).end == m.end[0]);
		k++;
		pos = m.end[0];
	}
	CHECK(k == hits.count);

	nt_vec_init(&spans, &arena, 2 * sizeof(size_t));
	nt_pledge_context(&ctx, text, len, &hits, &spans);
	for (k = 0; k < spans.count; k++)
	{
		const size_t *span = (const size_t *) spans.items + 2 * k;

		check_span(text, len, span[0], span[1]);
		CHECK(span[0] == 0 || text[span[0] - 1] == '\n');
		CHECK(span[1] == len || text[span[1]] == '\n');
		nt_buf_append(digest, (const char *) span, 2 * sizeof(size_t));
	}
	points = nt_pledge_points_fast(&ctx, set, text, len);
	CHECK(points == 0 || points == 1);
	{
		unsigned	from_hits = 0;

		for (k = 0; k < hits.count; k++)
			if (!NT_VEC_AT(&hits, nt_pledge_hit, k).negated &&
				!NT_VEC_AT(&hits, nt_pledge_hit, k).prohibition)
				from_hits = 1;
		CHECK(points == from_hits);
	}
	nt_buf_append(digest, (const char *) &points, sizeof(unsigned));
	nt_arena_free_all(&arena);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static bool limits_set = false;
	nt_arena	arena;
	const char *raw = (const char *) data;
	const char *nl = memchr(raw, '\n', size);
	size_t		pattern_raw_len = nl ? (size_t) (nl - raw) : size;
	size_t		text_raw_len = nl ? size - pattern_raw_len - 1 : 0;
	size_t		pattern_len,
				len;
	char	   *pattern;
	char	   *text;
	nt_rule_def defs[2];
	nt_pledge_wording wording;
	nt_classifier *c;
	nt_pledge_set *set;
	nt_regex   *re;
	char		err1[256] = "",
				err2[256] = "",
				err3[256] = "";
	size_t		off1 = SIZE_MAX,
				off2 = SIZE_MAX,
				off3 = SIZE_MAX;
	int			bad1 = -1,
				bad2 = -1;

	if (pattern_raw_len > MAX_PATTERN || text_raw_len > MAX_TEXT)
		return 0;
	if (!limits_set)
	{
		nt_regex_set_limits(FUZZ_MATCH_LIMIT, FUZZ_DEPTH_LIMIT);
		limits_set = true;
	}
	nt_arena_init(&arena, &nt_malloc_allocator);
	/* the pattern is a C string: sanitised, so NUL-free */
	pattern = nt_utf8_sanitize(&arena, raw, pattern_raw_len, &pattern_len);
	text = nt_utf8_sanitize(&arena, nl ? nl + 1 : raw + size, text_raw_len, &len);
	text = exact_copy(text, len);

	memset(defs, 0, sizeof(defs));
	defs[0].id = 1;
	memcpy(defs[0].form, "F01", NT_FORM_LEN);
	defs[0].pattern = pattern;
	defs[0].weight = 1.0;
	defs[0].target = NT_RULE_ON_TEXT;
	defs[1] = defs[0];
	defs[1].id = 2;
	memcpy(defs[1].form, "F02", NT_FORM_LEN);
	defs[1].target = NT_RULE_ON_STEMS;
	wording.id = 7;
	wording.clause = 0;
	wording.negative_form = false;
	wording.distinctive = true;
	wording.pattern = pattern;

	re = nt_regex_compile(pattern, err3, sizeof(err3), &off3);
	c = nt_classifier_build(defs, 2, err1, sizeof(err1), &off1, &bad1);
	set = nt_pledge_set_build(&wording, 1, err2, sizeof(err2), &off2, &bad2);

	/* refused by all three, or by none */
	CHECK((re == NULL) == (c == NULL));
	CHECK((re == NULL) == (set == NULL));
	if (re == NULL)
	{
		CHECK(err1[0] != '\0' && err2[0] != '\0');
		CHECK(bad1 == 0 && bad2 == 0);
		CHECK(off1 <= pattern_len && off1 == off2 && off1 == off3);
		CHECK(strcmp(err1, err3) == 0 && strcmp(err2, err3) == 0);
	}
	else
	{
		nt_buf		d1,
					d2;

		CHECK(nt_classifier_rule_count(c) == 2);
		nt_buf_init(&d1, &arena, 64);
		nt_buf_init(&d2, &arena, 64);
		classify_once(c, re, text, len, &d1);
		pledge_once(set, re, text, len, &d1);
		classify_once(c, re, text, len, &d2);
		pledge_once(set, re, text, len, &d2);
		CHECK(d1.len == d2.len && memcmp(d1.data, d2.data, d1.len) == 0);
	}
	nt_classifier_free(c);
	nt_pledge_set_free(set);
	nt_regex_free(re);
	free(text);
	nt_arena_free_all(&arena);
	return 0;
}
