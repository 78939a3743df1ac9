/*
 * fuzz_ids.c
 *	  libFuzzer target for the nip and nik parsers.
 *
 * Besides "no crash, no sanitizer report" it checks round trips: every
 * accepted input formats to digits that parse back to the same value, in
 * both the compact and the spaced form.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/nik_core.h"
#include "core/nip_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	int64_t		value = 0;
	int64_t		again = 0;
	nt_nip_error nip_err;
	nt_nik_error nik_err;
	char		buf[32];

	if (nt_nip_parse(text, size, 2026, 11, &value, &nip_err) == NT_NIP_OK)
	{
		nt_nip_fields f;

		nt_nip_decode(value, &f);
		if (f.gender != 1 && f.gender != 2)
			abort();
		nt_nip_to_digits(value, buf);
		if (nt_nip_parse(buf, strlen(buf), 2026, 11, &again, NULL) != NT_NIP_OK ||
			again != value)
			abort();
		nt_nip_to_spaced(value, buf);
		if (nt_nip_parse(buf, strlen(buf), 2026, 11, &again, NULL) != NT_NIP_OK ||
			again != value)
			abort();
	}
	else if (nip_err.offset > size)
		abort();

	if (nt_nik_parse(text, size, &value, &nik_err) == NT_NIK_OK)
	{
		nt_nik_to_digits(value, buf);
		if (nt_nik_parse(buf, strlen(buf), &again, NULL) != NT_NIK_OK ||
			again != value)
			abort();
		if (nt_nik_check(value) != NT_NIK_OK)
			abort();
	}
	else if (nik_err.offset > size)
		abort();
	return 0;
}
