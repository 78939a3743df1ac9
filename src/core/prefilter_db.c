/*
 * prefilter_db.c
 *	  One Hyperscan database that finds the candidate patterns of a text.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 */
#include "prefilter_db.h"

#include <stdlib.h>
#include <string.h>

#define NT_PREFILTER_FLAGS \
	(HS_FLAG_CASELESS | HS_FLAG_ALLOWEMPTY | HS_FLAG_PREFILTER | HS_FLAG_SINGLEMATCH)

/* Texts up to this size are scanned in one block call. */
#define NT_PREFILTER_CHUNK (1024 * 1024)

struct nt_prefilter_stream
{
	hs_database_t *db;
	hs_stream_t *stream;		/* reused: reset before every text */
	bool		failed;			/* Hyperscan refused it: block scan */
};

void
nt_prefilter_db_build(nt_prefilter_db *p, const char *const *prefilters, int n,
					  bool stream_large, bool *left_out)
{
	const char **expr = calloc((size_t) n + 1, sizeof(char *));
	unsigned int *flags = calloc((size_t) n + 1, sizeof(unsigned int));
	unsigned int *ids = calloc((size_t) n + 1, sizeof(unsigned int));
	int			refusals = 0,
				k;

	if (!expr || !flags || !ids)
		abort();
	memset(p, 0, sizeof(*p));
	p->count = n;
	for (k = 0; k < n; k++)
		left_out[k] = prefilters[k] == NULL;
	for (;;)
	{
		hs_compile_error_t *err = NULL;
		int			m = 0;

		for (k = 0; k < n; k++)
		{
			if (left_out[k])
				continue;
			expr[m] = prefilters[k];
			/*
			 * Byte mode, not UTF-8 mode: UTF-8 classes make Hyperscan
			 * compile for seconds, and nt_prefilter_pattern() only gives
			 * patterns whose byte matches are a superset.
			 */
			flags[m] = NT_PREFILTER_FLAGS;
			ids[m] = (unsigned int) k;
			m++;
		}
		if (m == 0)
			break;
		if (hs_compile_multi(expr, flags, ids, (unsigned int) m, HS_MODE_BLOCK, NULL, &p->db,
							 &err) == HS_SUCCESS)
		{
			if (hs_alloc_scratch(p->db, &p->scratch) != HS_SUCCESS)
				abort();
			p->big = calloc(1, sizeof(struct nt_prefilter_stream));
			if (p->big == NULL)
				abort();
			p->big->failed = !stream_large;
			/* keep what was accepted for the streaming database */
			p->accepted = m;
			p->expr = calloc((size_t) m, sizeof(char *));
			p->ids = calloc((size_t) m, sizeof(unsigned int));
			if (!p->expr || !p->ids)
				abort();
			for (k = 0; k < m; k++)
			{
				size_t		size = strlen(expr[k]) + 1;

				p->expr[k] = malloc(size);
				if (p->expr[k] == NULL)
					abort();
				memcpy(p->expr[k], expr[k], size);
				p->ids[k] = ids[k];
			}
			break;
		}
		p->db = NULL;
		/* leave the refused pattern out; all of them if Hyperscan does not say which */
		if (err != NULL && err->expression >= 0 && err->expression < m && refusals++ < n)
			left_out[ids[err->expression]] = true;
		else
			for (k = 0; k < n; k++)
				left_out[k] = true;
		if (err != NULL)
			hs_free_compile_error(err);
	}
	free(expr);
	free(flags);
	free(ids);
}

static int
on_match(unsigned int id, unsigned long long from, unsigned long long to,
		 unsigned int flags, void *candidate)
{
	(void) from;
	(void) to;
	(void) flags;
	((bool *) candidate)[id] = true;
	return 0;
}

/*
 * The streaming copy of the database, and one stream reused for every text.
 * Its scratch space is the block database's, grown to serve both.
 */
static bool
ensure_stream(const nt_prefilter_db *p)
{
	struct nt_prefilter_stream *big = p->big;
	hs_scratch_t *scratch = p->scratch;
	unsigned int *flags;
	hs_compile_error_t *err = NULL;
	int			k;

	if (big->stream != NULL)
		return true;
	if (big->failed)
		return false;
	flags = calloc((size_t) p->accepted, sizeof(unsigned int));
	if (flags == NULL)
		abort();
	for (k = 0; k < p->accepted; k++)
		flags[k] = NT_PREFILTER_FLAGS;
	if (hs_compile_multi((const char *const *) p->expr, flags, p->ids,
						 (unsigned int) p->accepted, HS_MODE_STREAM, NULL, &big->db,
						 &err) != HS_SUCCESS ||
		hs_alloc_scratch(big->db, &scratch) != HS_SUCCESS || scratch != p->scratch ||
		hs_open_stream(big->db, 0, &big->stream) != HS_SUCCESS)
	{
		if (err != NULL)
			hs_free_compile_error(err);
		if (big->db != NULL)
			hs_free_database(big->db);
		big->db = NULL;
		big->stream = NULL;
		big->failed = true;
	}
	free(flags);
	return big->stream != NULL;
}

void
nt_prefilter_db_scan(const nt_prefilter_db *p, const nt_context *ctx, const char *text,
					 size_t len, bool *candidate)
{
	size_t		done;

	memset(candidate, 0, (size_t) p->count);
	if (p->db == NULL)
		return;
	if (len <= NT_PREFILTER_CHUNK || !ensure_stream(p))
	{
		hs_scan(p->db, text, (unsigned int) len, 0, p->scratch, on_match, candidate);
		return;
	}
	/*
	 * A previous scan may have been left by an interrupt: start clean.  The
	 * reset with a callback reports matches at the end of the text.
	 */
	hs_reset_stream(p->big->stream, 0, NULL, NULL, NULL);
	for (done = 0; done < len; done += NT_PREFILTER_CHUNK)
	{
		size_t		n = len - done < NT_PREFILTER_CHUNK ? len - done : NT_PREFILTER_CHUNK;

		nt_check_interrupts(ctx);
		hs_scan_stream(p->big->stream, text + done, (unsigned int) n, 0, p->scratch, on_match,
					   candidate);
	}
	hs_reset_stream(p->big->stream, 0, p->scratch, on_match, candidate);
}

void
nt_prefilter_db_free(nt_prefilter_db *p)
{
	int			k;

	if (p->big != NULL && p->big->stream != NULL)
		hs_close_stream(p->big->stream, NULL, NULL, NULL);
	if (p->big != NULL && p->big->db != NULL)
		hs_free_database(p->big->db);
	free(p->big);
	if (p->scratch != NULL)
		hs_free_scratch(p->scratch);
	if (p->db != NULL)
		hs_free_database(p->db);
	for (k = 0; k < p->accepted; k++)
		free(p->expr[k]);
	free(p->expr);
	free(p->ids);
	memset(p, 0, sizeof(*p));
}
