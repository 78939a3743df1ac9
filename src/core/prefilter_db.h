/*
 * prefilter_db.h
 *	  One Hyperscan database that finds the candidate patterns of a text.
 *
 * The classifier and the pledge checker both keep a set of user-editable
 * PCRE2 patterns and let Hyperscan say, in one pass, which of them may
 * match; PCRE2 then confirms and gives spans.  A pattern Hyperscan refuses
 * must not take the others down with it: it is left out, and its owner
 * runs PCRE2 on every text instead.
 */
#ifndef NT_PREFILTER_DB_H
#define NT_PREFILTER_DB_H

#include <stdbool.h>

#include <hs.h>

#include "context.h"

typedef struct nt_prefilter_db
{
	hs_database_t *db;			/* NULL when no pattern was accepted */
	hs_scratch_t *scratch;
	int			count;			/* patterns it was built from */
	/* the accepted patterns again, for the streaming copy */
	int			accepted;
	char	  **expr;
	unsigned int *ids;
	/*
	 * Large texts are scanned as a stream of chunks, with interrupt checks
	 * between them; the streaming database is compiled on the first one.
	 * Lazily filled, hence behind a pointer of a database that is const to
	 * its users.
	 */
	struct nt_prefilter_stream *big;
} nt_prefilter_db;

/*
 * Build from the prefilter forms of "n" patterns (nt_prefilter_pattern();
 * NULL entries are skipped and flagged).  stream_large: scan texts above a
 * megabyte in chunks (the streaming database compiles in well under a
 * second for a few dozen patterns, but for seconds for the classifier's).  On return left_out[k] is true for
 * every pattern that is not in the database: a match of pattern k reports
 * id k.
 */
void		nt_prefilter_db_build(nt_prefilter_db *p, const char *const *prefilters, int n,
								  bool stream_large, bool *left_out);

/*
 * Set candidate[k] for every pattern k that may match text[0, len).  Texts
 * above a megabyte go through in chunks, calling ctx's interrupt check in
 * between (which may jump out; nothing is left to free then).
 */
void		nt_prefilter_db_scan(const nt_prefilter_db *p, const nt_context *ctx, const char *text,
								 size_t len, bool *candidate);

void		nt_prefilter_db_free(nt_prefilter_db *p);

#endif							/* NT_PREFILTER_DB_H */
