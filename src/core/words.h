/*-------------------------------------------------------------------------
 *
 * words.h
 *	  Character classes, function-word lists and hashing shared by the
 *	  text modules.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/words.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef NETRALITAS_WORDS_H
#define NETRALITAS_WORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

static inline char
nt_ascii_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
}

static inline bool
nt_is_ascii_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool
nt_is_ascii_digit(char c)
{
	return c >= '0' && c <= '9';
}

static inline bool
nt_is_ascii_alnum(char c)
{
	return nt_is_ascii_alpha(c) || nt_is_ascii_digit(c);
}

static inline bool
nt_is_ascii_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

/* Lower-case ASCII words only; "word" must be NUL-terminated. */
extern bool nt_is_indonesian_function_word(const char *word);
extern bool nt_is_english_function_word(const char *word);

/*
 * Membership in a NULL-terminated list of lower-case words, through a hash
 * set built on first use for each list (lists are static and never change).
 */
extern bool nt_word_in(const char *word, const char *const *list);

/* An ASCII-lower-cased copy of a text, for literal prefilters. */
struct nt_arena;
extern char *nt_lower_copy(struct nt_arena *arena, const char *text, size_t len);

/*
 * Does the lower-cased text contain any of the "|"-separated literals?
 * Cheap tests like this let a module skip regular expressions that cannot
 * match.
 */
extern bool nt_has_any(const char *lower, size_t len, const char *literals);

/* FNV-1a over bytes. */
extern uint32_t nt_hash_bytes(const char *s, size_t len);

/* Compare ASCII case-insensitively; returns true when equal. */
extern bool nt_equal_ci(const char *a, size_t alen, const char *b, size_t blen);

#endif							/* NETRALITAS_WORDS_H */
