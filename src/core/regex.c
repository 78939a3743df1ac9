/*-------------------------------------------------------------------------
 *
 * regex.c
 *	  PCRE2 wrapper.
 *
 * Compiled patterns and their match data live in malloc'd memory for the
 * life of the process (a backend, in the server), like a cache.  A backend
 * runs one query at a time, so one match-data block per pattern suffices.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/regex.c
 *
 *-------------------------------------------------------------------------
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "regex.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct nt_regex
{
	pcre2_code *code;
	pcre2_match_data *match_data;
	bool		jit;
};

static pcre2_match_context *match_context = NULL;
static pcre2_jit_stack *jit_stack = NULL;
static uint32_t match_limit = 10000000;
static uint32_t depth_limit = 10000;

static pcre2_match_context *
get_match_context(void)
{
	if (match_context == NULL)
	{
		match_context = pcre2_match_context_create(NULL);
		if (match_context == NULL)
			return NULL;
		pcre2_set_match_limit(match_context, match_limit);
		pcre2_set_depth_limit(match_context, depth_limit);
		/* more than the default 32 KB, so long texts do not exhaust it */
		jit_stack = pcre2_jit_stack_create(32 * 1024, 4 * 1024 * 1024, NULL);
		if (jit_stack != NULL)
			pcre2_jit_stack_assign(match_context, NULL, jit_stack);
	}
	return match_context;
}

void
nt_regex_set_limits(uint32_t new_match_limit, uint32_t new_depth_limit)
{
	match_limit = new_match_limit;
	depth_limit = new_depth_limit;
	if (match_context != NULL)
	{
		pcre2_set_match_limit(match_context, match_limit);
		pcre2_set_depth_limit(match_context, depth_limit);
	}
}

void
nt_regex_error_message(int code, char *buf, size_t len)
{
	if (pcre2_get_error_message(code, (PCRE2_UCHAR *) buf, len) < 0 && len > 0)
		snprintf(buf, len, "PCRE2 error %d", code);
}

static nt_regex *
compile(const char *pattern, uint32_t options, char *errbuf, size_t errlen,
		size_t *erroffset)
{
	int			errcode;
	PCRE2_SIZE	offset;
	pcre2_code *code;
	nt_regex   *re;

	/* \C matches one byte: a span could end inside a character */
	code = pcre2_compile((PCRE2_SPTR) pattern, PCRE2_ZERO_TERMINATED,
						 options | PCRE2_UTF | PCRE2_NEVER_BACKSLASH_C, &errcode, &offset, NULL);
	if (code == NULL)
	{
		if (errbuf != NULL)
			nt_regex_error_message(errcode, errbuf, errlen);
		if (erroffset != NULL)
		{
			/* PCRE2 counts bytes; the header promises characters */
			size_t		chars = 0,
						k;

			for (k = 0; k < offset && pattern[k] != '\0'; k++)
				if (((unsigned char) pattern[k] & 0xC0) != 0x80)
					chars++;
			*erroffset = chars;
		}
		return NULL;
	}
	re = malloc(sizeof(nt_regex));
	if (re == NULL)
	{
		pcre2_code_free(code);
		if (errbuf != NULL)
			snprintf(errbuf, errlen, "out of memory");
		return NULL;
	}
	re->code = code;
	/* JIT is an optimisation: interpreted matching works without it */
	re->jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
	re->match_data = pcre2_match_data_create(NT_REGEX_MAX_GROUPS, NULL);
	if (re->match_data == NULL)
	{
		pcre2_code_free(code);
		free(re);
		if (errbuf != NULL)
			snprintf(errbuf, errlen, "out of memory");
		return NULL;
	}
	return re;
}

nt_regex *
nt_regex_compile(const char *pattern, char *errbuf, size_t errlen,
				 size_t *erroffset)
{
	return compile(pattern, PCRE2_CASELESS, errbuf, errlen, erroffset);
}

nt_regex *
nt_regex_compile_cs(const char *pattern, char *errbuf, size_t errlen,
					size_t *erroffset)
{
	return compile(pattern, 0, errbuf, errlen, erroffset);
}

static nt_regex *
builtin(const char *pattern, uint32_t options)
{
	char		err[256];
	size_t		offset = 0;
	nt_regex   *re = compile(pattern, options, err, sizeof(err), &offset);

	if (re == NULL)
	{
		fprintf(stderr, "netralitas: built-in pattern failed at %zu: %s\n%s\n",
				offset, err, pattern);
		abort();
	}
	return re;
}

nt_regex *
nt_regex_builtin(const char *pattern)
{
	return builtin(pattern, PCRE2_CASELESS);
}

nt_regex *
nt_regex_builtin_cs(const char *pattern)
{
	return builtin(pattern, 0);
}

void
nt_regex_free(nt_regex *re)
{
	if (re == NULL)
		return;
	pcre2_match_data_free(re->match_data);
	pcre2_code_free(re->code);
	free(re);
}

nt_regex_status
nt_regex_find(const nt_regex *re, const char *subject, size_t len,
			  size_t start, nt_match *m)
{
	pcre2_match_context *mctx = get_match_context();
	int			rc;
	uint32_t	i,
				n;
	PCRE2_SIZE *ov;

	if (start > len)
		return NT_REGEX_NOMATCH;
	if (re->jit)
		rc = pcre2_jit_match(re->code, (PCRE2_SPTR) subject, len, start,
							 PCRE2_NO_UTF_CHECK, re->match_data, mctx);
	else
		rc = PCRE2_ERROR_JIT_STACKLIMIT;
	/*
	 * Without JIT code, or when the JIT stack runs out, the interpreter
	 * runs under the match and depth limits that the GUCs set.
	 */
	if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
		rc = pcre2_match(re->code, (PCRE2_SPTR) subject, len, start,
						 PCRE2_NO_UTF_CHECK | PCRE2_NO_JIT, re->match_data, mctx);
	if (rc == PCRE2_ERROR_NOMATCH)
		return NT_REGEX_NOMATCH;
	if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
		rc == PCRE2_ERROR_HEAPLIMIT)
		return NT_REGEX_LIMIT;
	if (rc < 0)
		return NT_REGEX_ERROR;
	if (m != NULL)
	{
		ov = pcre2_get_ovector_pointer(re->match_data);
		n = pcre2_get_ovector_count(re->match_data);
		if (n > NT_REGEX_MAX_GROUPS)
			n = NT_REGEX_MAX_GROUPS;
		for (i = 0; i < NT_REGEX_MAX_GROUPS; i++)
		{
			if (i < n && i < (uint32_t) rc && ov[2 * i] != PCRE2_UNSET)
			{
				m->start[i] = ov[2 * i];
				m->end[i] = ov[2 * i + 1];
			}
			else
			{
				m->start[i] = SIZE_MAX;
				m->end[i] = SIZE_MAX;
			}
		}
	}
	return NT_REGEX_MATCH;
}

/*
 * The prefilter only has to find a superset of the matches, and two things
 * cost Hyperscan more (in compile time and scan speed) than they save in
 * confirmations: word boundaries, left out, and bounded repeats of a single
 * character or class ("[^.;]{0,60}?"), made unbounded.  Repeats of groups
 * keep their bounds (there unbounded made the automata slower).
 *
 * Hyperscan scans bytes, PCRE2 characters: an atom that matches one
 * character of any length (".", "[^x]", "\S", "\p{L}" ...) is a superset
 * only when repeated without an upper bound, and case folding outside ASCII
 * needs the characters.  A pattern where that does not hold gets no
 * prefilter (NULL): it is always confirmed by PCRE2 alone.  malloc'd.
 */
char *
nt_prefilter_pattern(const char *pattern)
{
	size_t		len = strlen(pattern);
	char	   *out = malloc(len + 1);
	size_t		i = 0,
				o = 0;
	bool		in_class = false;
	bool		simple_atom = false;	/* the last atom is one character or class */
	bool		wide_atom = false;	/* ... and may match a multibyte character */

	if (out == NULL)
		abort();
	while (i < len)
	{
		char		c = pattern[i];

		if ((unsigned char) c >= 0x80)
			goto no_prefilter;
		if (wide_atom && !in_class)
		{
			/* only "*", "+" and "{m,n}" (made "{m,}") keep it a superset */
			if (c != '*' && c != '+' && c != '{')
				goto no_prefilter;
			if (c != '{')
				wide_atom = false;
		}
		if (c == '\\' && i + 1 < len)
		{
			char		e = pattern[i + 1];

			if (e == 'Q')
			{
				const char *q = strstr(pattern + i + 2, "\\E");
				size_t		stop = q ? (size_t) (q - pattern) + 2 : len;

				memcpy(out + o, pattern + i, stop - i);
				o += stop - i;
				i = stop;
				simple_atom = false;
				continue;
			}
			/* (a quantified boundary is kept: its quantifier needs an atom) */
			if (!in_class && (e == 'b' || e == 'B') &&
				(i + 2 >= len || strchr("?*+{", pattern[i + 2]) == NULL))
			{
				i += 2;
				continue;
			}
			if (strchr("pPxXNCRSWDHV", e) != NULL)
			{
				if (in_class)
					goto no_prefilter;
				wide_atom = true;
			}
			out[o++] = pattern[i++];
			out[o++] = pattern[i++];
			if (!in_class)
				simple_atom = strchr("pPxXNgko0123456789", e) == NULL;
			continue;
		}
		if (in_class)
		{
			if (c == '[' && i + 1 < len && pattern[i + 1] == ':')
			{
				/* "[:alpha:]" inside a class */
				const char *q = strstr(pattern + i + 2, ":]");
				size_t		stop = q ? (size_t) (q - pattern) + 2 : len;

				memcpy(out + o, pattern + i, stop - i);
				o += stop - i;
				i = stop;
				continue;
			}
			if (c == ']')
			{
				in_class = false;
				simple_atom = true;
			}
			out[o++] = pattern[i++];
			continue;
		}
		if (c == '[')
		{
			in_class = true;
			out[o++] = pattern[i++];
			/* "[]..." and "[^]...": the first ']' is a member */
			if (i < len && pattern[i] == '^')
			{
				wide_atom = true;
				out[o++] = pattern[i++];
			}
			if (i < len && pattern[i] == ']')
				out[o++] = pattern[i++];
			continue;
		}
		if (c == '{' && simple_atom)
		{
			size_t		k = i + 1,
						m;

			while (k < len && pattern[k] >= '0' && pattern[k] <= '9')
				k++;
			m = k + 1;
			while (m < len && pattern[m] >= '0' && pattern[m] <= '9')
				m++;
			/* "{m,n}" (not possessive) -> "{m,}" */
			if (k > i + 1 && k < len && pattern[k] == ',' && m < len && pattern[m] == '}' &&
				(m + 1 >= len || pattern[m + 1] != '+'))
			{
				memcpy(out + o, pattern + i, k + 1 - i);
				o += k + 1 - i;
				out[o++] = '}';
				i = m + 1;
				simple_atom = false;
				wide_atom = false;
				continue;
			}
		}
		if (wide_atom)
			goto no_prefilter;	/* "{n}" or "{n,}+" after a wide atom */
		if (c == '.')
			wide_atom = true;
		simple_atom = strchr("()|^$?*+{}", c) == NULL;
		out[o++] = pattern[i++];
	}
	if (wide_atom)
		goto no_prefilter;
	out[o] = '\0';
	return out;

no_prefilter:
	free(out);
	return NULL;
}
