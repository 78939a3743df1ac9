/*
 * prefilter_db.c
 *	  One Hyperscan database that finds the candidate patterns of a text.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 */
#include "prefilter_db.h"

#include <stdlib.h>
#include <string.h>

void
nt_prefilter_db_build(nt_prefilter_db *p, const char *const *prefilters, int n,
					  bool *left_out)
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
			flags[m] = HS_FLAG_CASELESS | HS_FLAG_ALLOWEMPTY | HS_FLAG_PREFILTER |
				HS_FLAG_SINGLEMATCH;
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

void
nt_prefilter_db_scan(const nt_prefilter_db *p, const char *text, size_t len, bool *candidate)
{
	memset(candidate, 0, (size_t) p->count);
	if (p->db != NULL)
		hs_scan(p->db, text, (unsigned int) len, 0, p->scratch, on_match, candidate);
}

void
nt_prefilter_db_free(nt_prefilter_db *p)
{
	if (p->scratch != NULL)
		hs_free_scratch(p->scratch);
	if (p->db != NULL)
		hs_free_database(p->db);
	memset(p, 0, sizeof(*p));
}
