/*
 * fuzz_common.h
 *	  Checks shared by the fuzz targets.
 *
 * CHECK aborts with the failed invariant, which libFuzzer and the replay
 * driver both report as a crash with its input.
 */
#ifndef NT_FUZZ_COMMON_H
#define NT_FUZZ_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(cond) \
	do { \
		if (!(cond)) \
		{ \
			fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
			abort(); \
		} \
	} while (0)

/* Is off the start of a UTF-8 character (or the end of the text)? */
static inline bool
at_boundary(const char *s, size_t len, size_t off)
{
	return off <= len && (off == len || ((unsigned char) s[off] & 0xC0) != 0x80);
}

/* A span the core returns: ordered, inside the text, on character boundaries. */
static inline void
check_span(const char *s, size_t len, size_t start, size_t end)
{
	CHECK(start <= end);
	CHECK(end <= len);
	CHECK(at_boundary(s, len, start));
	CHECK(at_boundary(s, len, end));
}

/*
 * The input in a heap block of exactly its size, without a NUL, as a text
 * datum arrives: AddressSanitizer then catches any read past the end.
 */
static inline char *
exact_copy(const char *s, size_t len)
{
	char	   *copy = malloc(len > 0 ? len : 1);

	if (copy == NULL)
		abort();
	memcpy(copy, s, len);
	return copy;
}

#endif							/* NT_FUZZ_COMMON_H */
