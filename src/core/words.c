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
#include "words.h"

#include <stdlib.h>
#include <string.h>

/* sorted, for bsearch */
static const char *const indonesian[] = {
	"adalah", "agar", "akan", "antara", "atau", "bagi", "bahwa", "baik",
	"bisa", "dalam", "dan", "dapat", "dari", "dengan", "di", "dia", "hal",
	"harus", "hingga", "ia", "ini", "itu", "jika", "juga", "kami", "karena",
	"ke", "kepada", "kita", "lagi", "lebih", "maka", "masih", "melalui",
	"mereka", "namun", "oleh", "pada", "para", "pun", "saat", "saja",
	"sebagai", "secara", "sejak", "selain", "seluruh", "serta", "setelah",
	"setiap", "sudah", "tahun", "telah", "tentang", "terhadap", "tersebut",
	"tidak", "untuk", "yaitu", "yakni", "yang"
};

static const char *const english[] = {
	"a", "about", "all", "and", "are", "be", "by", "can", "for", "from",
	"has", "have", "if", "in", "is", "it", "more", "not", "of", "on", "or",
	"our", "please", "that", "the", "this", "to", "was", "we", "will",
	"with", "you", "your"
};

static int
cmp_word(const void *key, const void *elem)
{
	return strcmp((const char *) key, *(const char *const *) elem);
}

bool
nt_is_indonesian_function_word(const char *word)
{
	return bsearch(word, indonesian, sizeof(indonesian) / sizeof(indonesian[0]),
				   sizeof(indonesian[0]), cmp_word) != NULL;
}

bool
nt_is_english_function_word(const char *word)
{
	return bsearch(word, english, sizeof(english) / sizeof(english[0]),
				   sizeof(english[0]), cmp_word) != NULL;
}

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
