/*
 * fuzz_pledge.c
 *	  libFuzzer target for the pledge scanner (pledge.h) with the builtin
 *	  wordings: nt_pledge_scan, nt_pledge_context and nt_pledge_points_fast,
 *	  as check_pledge(), pledge_points() and extract_article() use them.
 *
 * Input: a pledge text or a report of a pledge ceremony, sanitised as the
 * SQL layer does (nt_utf8_sanitize) and copied into an exact-size heap
 * block without a NUL.  Inputs above 64 KB are skipped.
 *
 * Invariants, besides "no crash, no sanitizer report":
 *	- each hit names a builtin wording and has its clause and flags; its
 *	  evidence lies inside the text, on character boundaries, start <= end;
 *	  a wording that is itself negative is never "negated";
 *	- the hits of each wording are exactly the successive PCRE2 matches of
 *	  its pattern over the text (the Hyperscan prefilter that picks the
 *	  candidate wordings may not hide a match);
 *	- context spans are whole paragraphs inside the text, in order;
 *	- the points are those of the hits that are neither negated nor part
 *	  of a prohibition (pledge.h: "judged exactly as nt_pledge_scan_set
 *	  judges it");
 *	- everything is the same when run twice.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/context.h"
#include "core/pledge.h"
#include "core/regex.h"
#include "core/utf8.h"

#include "fuzz_common.h"

#define MAX_INPUT (64 * 1024)

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const nt_pledge_set *set;
static const nt_pledge_wording *wordings;
static int	nwordings;
static nt_regex **wording_re;

static void
ensure_set(void)
{
	char		err[256];
	size_t		offset = 0;
	int			i;

	if (set != NULL)
		return;
	set = nt_builtin_pledge_set();
	wordings = nt_builtin_pledge_wordings(&nwordings);
	wording_re = calloc((size_t) nwordings + 1, sizeof(nt_regex *));
	if (wording_re == NULL)
		abort();
	for (i = 0; i < nwordings; i++)
	{
		wording_re[i] = nt_regex_compile(wordings[i].pattern, err, sizeof(err), &offset);
		CHECK(wording_re[i] != NULL);
	}
}

/*
 * The hits of wording i must be exactly the matches that nt_pledge_scan_set
 * finds when it runs the pattern itself: from 0, on after each match.
 */
static void
check_against_pcre2(const char *text, size_t len, const nt_vec *hits, int i)
{
	size_t		pos = 0,
				k = 0;
	nt_match	m;

	while (pos < len && nt_regex_find(wording_re[i], text, len, pos, &m) == NT_REGEX_MATCH)
	{
		const nt_pledge_hit *h = NULL;

		for (; k < hits->count; k++)
		{
			h = &NT_VEC_AT(hits, nt_pledge_hit, k);
			if (h->variant == wordings[i].id)
				break;
		}
		if (k == hits->count)
		{
			fprintf(stderr, "wording %d matches at [%zu, %zu) but has no hit there\n",
					wordings[i].id, m.start[0], m.end[0]);
			abort();
		}
		CHECK(h->start == m.start[0] && h->end == m.end[0]);
		k++;
		pos = m.end[0] > m.start[0] ? m.end[0] : m.start[0] + 1;
	}
	for (; k < hits->count; k++)
		CHECK(NT_VEC_AT(hits, nt_pledge_hit, k).variant != wordings[i].id);
}

static void
run(const char *text, size_t len, nt_buf *digest)
{
	nt_arena	arena;
	nt_context	ctx;
	nt_vec		hits,
				hits2,
				spans;
	size_t		k,
				prev_to = 0;
	int			i;
	unsigned	points;

	nt_arena_init(&arena, &nt_malloc_allocator);
	ctx.arena = &arena;
	ctx.check_interrupts = NULL;
	ctx.check_interrupts_arg = NULL;

	nt_vec_init(&hits, &arena, sizeof(nt_pledge_hit));
	nt_pledge_scan(&ctx, text, len, &hits);
	for (k = 0; k < hits.count; k++)
	{
		const nt_pledge_hit *h = &NT_VEC_AT(&hits, nt_pledge_hit, k);

		check_span(text, len, h->start, h->end);
		for (i = 0; i < nwordings; i++)
			if (wordings[i].id == h->variant)
				break;
		CHECK(i < nwordings);
		CHECK(h->clause == wordings[i].clause);
		CHECK(h->clause >= 0 && h->clause < NT_PLEDGE_CLAUSES);
		CHECK(h->distinctive == wordings[i].distinctive);
		CHECK(!(h->negated && wordings[i].negative_form));
		nt_buf_append(digest, (const char *) &h->start, sizeof(size_t));
		nt_buf_append(digest, (const char *) &h->end, sizeof(size_t));
		nt_buf_append(digest, (const char *) &h->variant, sizeof(int));
		nt_buf_append_char(digest, (char) (h->negated * 2 + h->prohibition));
	}
	for (i = 0; i < nwordings; i++)
		check_against_pcre2(text, len, &hits, i);

	/* the explicit set gives the same hits */
	nt_vec_init(&hits2, &arena, sizeof(nt_pledge_hit));
	nt_pledge_scan_set(&ctx, set, text, len, &hits2);
	CHECK(hits2.count == hits.count);
	for (k = 0; k < hits.count; k++)
	{
		const nt_pledge_hit *a = &NT_VEC_AT(&hits, nt_pledge_hit, k);
		const nt_pledge_hit *b = &NT_VEC_AT(&hits2, nt_pledge_hit, k);

		CHECK(a->start == b->start && a->end == b->end && a->variant == b->variant &&
			  a->negated == b->negated && a->prohibition == b->prohibition);
	}

	nt_vec_init(&spans, &arena, 2 * sizeof(size_t));
	nt_pledge_context(&ctx, text, len, &hits, &spans);
	for (k = 0; k < spans.count; k++)
	{
		const size_t *span = (const size_t *) spans.items + 2 * k;

		check_span(text, len, span[0], span[1]);
		/* whole paragraphs */
		CHECK(span[0] == 0 || text[span[0] - 1] == '\n');
		CHECK(span[1] == len || text[span[1]] == '\n');
		CHECK(k == 0 || span[0] >= ((const size_t *) spans.items)[2 * k - 2]);
		CHECK(span[1] >= prev_to);
		prev_to = span[1];
		nt_buf_append(digest, (const char *) span, 2 * sizeof(size_t));
	}

	points = nt_pledge_points_fast(&ctx, set, text, len);
	CHECK(points < (1u << NT_PLEDGE_CLAUSES));
	/* judged exactly as the scan judges: the points of the plain hits */
	{
		unsigned	from_hits = 0;

		for (k = 0; k < hits.count; k++)
		{
			const nt_pledge_hit *h = &NT_VEC_AT(&hits, nt_pledge_hit, k);

			if (!h->negated && !h->prohibition)
				from_hits |= 1u << h->clause;
		}
		CHECK(points == from_hits);
	}
	nt_buf_append(digest, (const char *) &points, sizeof(unsigned));
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
	ensure_set();
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
