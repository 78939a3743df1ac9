/*-------------------------------------------------------------------------
 *
 * regex.h
 *	  PCRE2 (8-bit, UTF, JIT) behind a small interface.
 *
 * Patterns are compiled once per process and kept: the built-in ones on
 * first use, user rules when their table changes.  Matching uses JIT code
 * where the platform has it, and always runs under match and depth limits
 * so that a pathological pattern fails instead of hanging.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/regex.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_REGEX_H
#define NETRALITAS_REGEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NT_REGEX_MAX_GROUPS 10

typedef struct nt_regex nt_regex;

typedef struct nt_match
{
	size_t		start[NT_REGEX_MAX_GROUPS];
	size_t		end[NT_REGEX_MAX_GROUPS];	/* start == end == SIZE_MAX: unset */
} nt_match;

typedef enum nt_regex_status
{
	NT_REGEX_MATCH = 1,
	NT_REGEX_NOMATCH = 0,
	NT_REGEX_LIMIT = -1,		/* match or depth limit exceeded */
	NT_REGEX_ERROR = -2			/* any other matching error */
} nt_regex_status;

/* Limits applied to every match; set by the binding layer from GUCs. */
extern void nt_regex_set_limits(uint32_t match_limit, uint32_t depth_limit);

/*
 * Compile with UTF and case-insensitive matching.  On failure returns NULL
 * and fills errbuf and *erroffset (a character offset into the pattern).
 * The result lives until nt_regex_free().
 */
extern nt_regex *nt_regex_compile(const char *pattern, char *errbuf,
								  size_t errlen, size_t *erroffset);

/* Same, with case-sensitive matching. */
extern nt_regex *nt_regex_compile_cs(const char *pattern, char *errbuf,
									 size_t errlen, size_t *erroffset);

extern void nt_regex_free(nt_regex *re);

/*
 * Find the first match at or after byte "start".  The subject must be
 * valid UTF-8.
 */
extern nt_regex_status nt_regex_find(const nt_regex *re, const char *subject,
									 size_t len, size_t start, nt_match *m);

/* The PCRE2 message for an error code, for reporting. */
extern void nt_regex_error_message(int code, char *buf, size_t len);

/*
 * Compile a built-in pattern, which must compile: a failure is a
 * programming error and aborts.
 */
extern nt_regex *nt_regex_builtin(const char *pattern);
extern nt_regex *nt_regex_builtin_cs(const char *pattern);

#define NT_GROUP_SET(m, g) ((m)->start[g] != SIZE_MAX)

/*
 * A pattern for Hyperscan's prefilter mode that matches at least wherever
 * "pattern" does, cheaper to scan (see regex.c).  malloc'd.
 */
extern char *nt_prefilter_pattern(const char *pattern);

#endif							/* NETRALITAS_REGEX_H */
