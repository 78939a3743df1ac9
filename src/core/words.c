/*-------------------------------------------------------------------------
 *
 * words.c
 *	  Function-word lists and small helpers.
 *
 * The two lists tell running Indonesian text from English widget text
 * (cookie banners, comment forms) by their most frequent words.
 *
 * Copyright (c) 2026, netralitas authors.  PostgreSQL licence.
 *
 * IDENTIFICATION
 *	  src/core/words.c
 *
 *-------------------------------------------------------------------------
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "words.h"

#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"

/* NULL-terminated, for nt_word_in() */
static const char *const indonesian[] = {
	"adalah", "agar", "akan", "antara", "atau", "bagi", "bahwa", "baik",
	"bisa", "dalam", "dan", "dapat", "dari", "dengan", "di", "dia", "hal",
	"harus", "hingga", "ia", "ini", "itu", "jika", "juga", "kami", "karena",
	"ke", "kepada", "kita", "lagi", "lebih", "maka", "masih", "melalui",
	"mereka", "namun", "oleh", "pada", "para", "pun", "saat", "saja",
	"sebagai", "secara", "sejak", "selain", "seluruh", "serta", "setelah",
	"setiap", "sudah", "tahun", "telah", "tentang", "terhadap", "tersebut",
	"tidak", "untuk", "yaitu", "yakni", "yang", NULL
};

static const char *const english[] = {
	"a", "about", "all", "and", "are", "be", "by", "can", "for", "from",
	"has", "have", "if", "in", "is", "it", "more", "not", "of", "on", "or",
	"our", "please", "that", "the", "this", "to", "was", "we", "will",
	"with", "you", "your", NULL
};

uint32_t
nt_hash_bytes(const char *s, size_t len)
{
	uint32_t	h = 2166136261u;
	size_t		i;

	for (i = 0; i < len; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 16777619u;
	}
	return h;
}

typedef struct word_set
{
	const char *const *list;	/* identity of the list */
	const char **slots;
	size_t		mask;
} word_set;

#define MAX_WORD_SETS 64			/* a power of two */

/* Sets by the address of their list, open addressing on the pointer. */
static word_set word_sets[MAX_WORD_SETS];
static int	n_word_sets = 0;

static word_set *
word_set_for(const char *const *list)
{
	size_t		home = ((uintptr_t) list >> 4) & (MAX_WORD_SETS - 1),
				slot = home,
				n = 0,
				cap = 16,
				k;
	word_set   *ws;

	while (word_sets[slot].list != NULL)
	{
		if (word_sets[slot].list == list)
			return &word_sets[slot];
		slot = (slot + 1) & (MAX_WORD_SETS - 1);
		if (slot == home)
			return NULL;
	}
	/* keep a quarter free so that probes stay short and end */
	if (n_word_sets >= MAX_WORD_SETS * 3 / 4)
		return NULL;
	while (list[n] != NULL)
		n++;
	while (cap < n * 4)
		cap *= 2;
	ws = &word_sets[slot];
	ws->slots = calloc(cap, sizeof(const char *));
	if (ws->slots == NULL)
		return NULL;
	ws->mask = cap - 1;
	for (k = 0; k < n; k++)
	{
		size_t		h = nt_hash_bytes(list[k], strlen(list[k])) & ws->mask;

		while (ws->slots[h] != NULL && strcmp(ws->slots[h], list[k]) != 0)
			h = (h + 1) & ws->mask;
		ws->slots[h] = list[k];
	}
	ws->list = list;
	n_word_sets++;
	return ws;
}

bool
nt_word_in(const char *word, const char *const *list)
{
	word_set   *ws = word_set_for(list);
	size_t		slot;
	int			k;

	if (ws == NULL)
	{
		/* more lists than the cache holds: fall back to a scan */
		for (k = 0; list[k] != NULL; k++)
			if (strcmp(word, list[k]) == 0)
				return true;
		return false;
	}
	slot = nt_hash_bytes(word, strlen(word)) & ws->mask;
	while (ws->slots[slot] != NULL)
	{
		if (strcmp(ws->slots[slot], word) == 0)
			return true;
		slot = (slot + 1) & ws->mask;
	}
	return false;
}

bool
nt_equal_ci(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t		i;

	if (alen != blen)
		return false;
	for (i = 0; i < alen; i++)
		if (nt_ascii_lower(a[i]) != nt_ascii_lower(b[i]))
			return false;
	return true;
}

char *
nt_lower_copy(nt_arena *arena, const char *text, size_t len)
{
	char	   *out = nt_arena_alloc(arena, len + 1);
	size_t		i;

	for (i = 0; i < len; i++)
		out[i] = nt_ascii_lower(text[i]);
	out[len] = '\0';
	return out;
}

bool
nt_has_any(const char *lower, size_t len, const char *literals)
{
	const char *p = literals;

	while (*p)
	{
		const char *bar = strchr(p, '|');
		size_t		n = bar ? (size_t) (bar - p) : strlen(p);

		if (n > 0 && memmem(lower, len, p, n) != NULL)
			return true;
		if (bar == NULL)
			break;
		p = bar + 1;
	}
	return false;
}

bool
nt_is_indonesian_function_word(const char *word)
{
	return nt_word_in(word, indonesian);
}

bool
nt_is_english_function_word(const char *word)
{
	return nt_word_in(word, english);
}

