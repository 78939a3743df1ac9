/*
 * test_nip.c
 *	  Every accept and reject rule of the NIP / NI PPPK parser.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/nip_core.h"

/* Reference month for the "not in the future" rule. */
#define TODAY_Y 2026
#define TODAY_M 11

static nt_nip_status
parse(const char *s, int64_t *v)
{
	int64_t		dummy;

	return nt_nip_parse(s, strlen(s), TODAY_Y, TODAY_M, v ? v : &dummy, NULL);
}

static void
accepts_compact_form(void **state)
{
	int64_t		v = 0;

	(void) state;
	assert_int_equal(parse("198609262015051001", &v), NT_NIP_OK);
	assert_true(v == INT64_C(198609262015051001));
}

static void
accepts_written_forms(void **state)
{
	int64_t		v = 0;

	(void) state;
	assert_int_equal(parse("19860926 201505 1 001", &v), NT_NIP_OK);
	assert_true(v == INT64_C(198609262015051001));
	assert_int_equal(parse("19860926.201505.1.001", &v), NT_NIP_OK);
	assert_int_equal(parse("19860926-201505-1-001", &v), NT_NIP_OK);
	assert_int_equal(parse("  \t19860926 201505 1 001\n ", &v), NT_NIP_OK);
	assert_int_equal(parse("19860926  201505 1 001", &v), NT_NIP_OK);
	/* grouping may be partial */
	assert_int_equal(parse("19860926 2015051001", &v), NT_NIP_OK);
}

static void
rejects_empty(void **state)
{
	(void) state;
	assert_int_equal(parse("", NULL), NT_NIP_EMPTY);
	assert_int_equal(parse("   \t ", NULL), NT_NIP_EMPTY);
}

static void
rejects_bad_characters(void **state)
{
	nt_nip_error err;
	int64_t		v;
	const char *s = "19860926x201505 1 001";

	(void) state;
	assert_int_equal(nt_nip_parse(s, strlen(s), TODAY_Y, TODAY_M, &v, &err),
					 NT_NIP_BAD_CHARACTER);
	assert_int_equal(err.offset, 8);
	assert_int_equal(parse("NIP 198609262015051001", NULL), NT_NIP_BAD_CHARACTER);
	assert_int_equal(parse("19860926/201505/1/001", NULL), NT_NIP_BAD_CHARACTER);
	assert_int_equal(parse("１９８６", NULL), NT_NIP_BAD_CHARACTER);
}

static void
rejects_separator_inside_group(void **state)
{
	nt_nip_error err;
	int64_t		v;
	const char *s = "1986 0926 201505 1 001";

	(void) state;
	assert_int_equal(nt_nip_parse(s, strlen(s), TODAY_Y, TODAY_M, &v, &err),
					 NT_NIP_BAD_SEPARATOR);
	assert_int_equal(err.offset, 4);
	assert_int_equal(parse("19860926 20150 51 001", NULL), NT_NIP_BAD_SEPARATOR);
	assert_int_equal(parse("19860926 201505 1 00 1", NULL), NT_NIP_BAD_SEPARATOR);
}

static void
rejects_wrong_length(void **state)
{
	nt_nip_error err;
	int64_t		v;

	(void) state;
	assert_int_equal(nt_nip_parse("19860926201505100", 17, TODAY_Y, TODAY_M,
								  &v, &err), NT_NIP_BAD_LENGTH);
	assert_int_equal(err.digits, 17);
	assert_int_equal(parse("1986092620150510011", NULL), NT_NIP_BAD_LENGTH);
	assert_int_equal(parse("131234567", NULL), NT_NIP_BAD_LENGTH);
	/* many digits must not overflow */
	assert_int_equal(parse("99999999999999999999999999999999999999", NULL),
					 NT_NIP_BAD_LENGTH);
}

static void
rejects_impossible_birth_dates(void **state)
{
	(void) state;
	assert_int_equal(parse("19860231 201505 1 001", NULL), NT_NIP_BAD_BIRTH_DATE);
	assert_int_equal(parse("19860931 201505 1 001", NULL), NT_NIP_BAD_BIRTH_DATE);
	assert_int_equal(parse("19860001 201505 1 001", NULL), NT_NIP_BAD_BIRTH_DATE);
	assert_int_equal(parse("19861301 201505 1 001", NULL), NT_NIP_BAD_BIRTH_DATE);
	assert_int_equal(parse("19860900 201505 1 001", NULL), NT_NIP_BAD_BIRTH_DATE);
	/* 29 February: only in leap years; 1900 was not one, 2000 was */
	assert_int_equal(parse("19850229 201505 1 001", NULL), NT_NIP_BAD_BIRTH_DATE);
	assert_int_equal(parse("19840229 201505 1 001", NULL), NT_NIP_OK);
	assert_int_equal(parse("19000229 196005 1 001", NULL), NT_NIP_BAD_BIRTH_DATE);
	assert_int_equal(parse("20000229 201803 2 001", NULL), NT_NIP_OK);
}

static void
rejects_birth_before_1900(void **state)
{
	(void) state;
	assert_int_equal(parse("18991231 192001 1 001", NULL), NT_NIP_BIRTH_TOO_EARLY);
	/* a leading zero keeps 18 digits: a birth year before 1000, not a length error */
	assert_int_equal(parse("09990101 201505 1 001", NULL), NT_NIP_BIRTH_TOO_EARLY);
	assert_int_equal(parse("19000101 192001 1 001", NULL), NT_NIP_OK);
}

static void
rejects_appointment_month_00(void **state)
{
	(void) state;
	assert_int_equal(parse("19860926 201500 1 001", NULL),
					 NT_NIP_BAD_APPOINTMENT_MONTH);
}

static void
rejects_bad_gender_digit(void **state)
{
	(void) state;
	assert_int_equal(parse("19860926 201505 0 001", NULL), NT_NIP_BAD_GENDER);
	assert_int_equal(parse("19860926 201505 3 001", NULL), NT_NIP_BAD_GENDER);
	assert_int_equal(parse("19860926 201505 9 001", NULL), NT_NIP_BAD_GENDER);
	assert_int_equal(parse("19860926 201505 2 001", NULL), NT_NIP_OK);
}

static void
rejects_serial_000(void **state)
{
	(void) state;
	assert_int_equal(parse("19860926 201505 1 000", NULL), NT_NIP_BAD_SERIAL);
	assert_int_equal(parse("19860926 201505 1 999", NULL), NT_NIP_OK);
}

static void
rejects_appointment_before_18th_birthday(void **state)
{
	(void) state;
	/* born September 1986: 18 in September 2004 */
	assert_int_equal(parse("19860926 200408 1 001", NULL),
					 NT_NIP_APPOINTED_TOO_YOUNG);
	assert_int_equal(parse("19860926 200409 1 001", NULL), NT_NIP_OK);
	assert_int_equal(parse("19860926 198601 1 001", NULL),
					 NT_NIP_APPOINTED_TOO_YOUNG);
	/* appointment before birth */
	assert_int_equal(parse("19860926 197001 1 001", NULL),
					 NT_NIP_APPOINTED_TOO_YOUNG);
}

static void
rejects_appointment_in_future(void **state)
{
	(void) state;
	assert_int_equal(parse("19860926 202611 1 001", NULL), NT_NIP_OK);
	assert_int_equal(parse("19860926 202612 1 001", NULL),
					 NT_NIP_APPOINTED_IN_FUTURE);
	assert_int_equal(parse("19860926 999912 1 001", NULL),
					 NT_NIP_APPOINTED_IN_FUTURE);
}

static void
recognises_pppk_numbers(void **state)
{
	nt_nip_fields f;
	int64_t		v = 0;

	(void) state;
	assert_int_equal(parse("199009132025242014", &v), NT_NIP_OK);
	nt_nip_decode(v, &f);
	assert_int_equal(f.kind, NT_NIP_KIND_PPPK);
	assert_int_equal(f.pppk_code, 24);
	assert_int_equal(f.appointed_year, 2025);
	assert_int_equal(f.appointed_month, 0);
	assert_int_equal(f.gender, 2);
	assert_int_equal(f.serial, 14);
	/* PPPK rules: year only */
	assert_int_equal(parse("199009132027242014", NULL), NT_NIP_APPOINTED_IN_FUTURE);
	assert_int_equal(parse("199009132007212014", NULL), NT_NIP_APPOINTED_TOO_YOUNG);
	assert_int_equal(parse("199009132008212014", NULL), NT_NIP_OK);
}

static void
decodes_fields(void **state)
{
	nt_nip_fields f;

	(void) state;
	nt_nip_decode(INT64_C(198609262015051001), &f);
	assert_int_equal(f.birth_year, 1986);
	assert_int_equal(f.birth_month, 9);
	assert_int_equal(f.birth_day, 26);
	assert_int_equal(f.appointed_year, 2015);
	assert_int_equal(f.appointed_month, 5);
	assert_int_equal(f.gender, 1);
	assert_int_equal(f.serial, 1);
	assert_int_equal(f.kind, NT_NIP_KIND_PNS);
}

static void
formats_both_forms(void **state)
{
	char		buf[NT_NIP_FORMATTED_LEN];

	(void) state;
	nt_nip_to_digits(INT64_C(198609262015051001), buf);
	assert_string_equal(buf, "198609262015051001");
	nt_nip_to_spaced(INT64_C(198609262015051001), buf);
	assert_string_equal(buf, "19860926 201505 1 001");
}

static void
checks_integers(void **state)
{
	(void) state;
	assert_int_equal(nt_nip_check(INT64_C(198609262015051001), TODAY_Y, TODAY_M),
					 NT_NIP_OK);
	assert_int_equal(nt_nip_check(INT64_C(12345), TODAY_Y, TODAY_M),
					 NT_NIP_OUT_OF_RANGE);
	assert_int_equal(nt_nip_check(INT64_C(-198609262015051001), TODAY_Y, TODAY_M),
					 NT_NIP_OUT_OF_RANGE);
	assert_int_equal(nt_nip_check(INT64_C(1198609262015051001), TODAY_Y, TODAY_M),
					 NT_NIP_OUT_OF_RANGE);
	assert_int_equal(nt_nip_check(INT64_C(198609262015051000), TODAY_Y, TODAY_M),
					 NT_NIP_BAD_SERIAL);
}

static void
names_every_status(void **state)
{
	int			s;

	(void) state;
	for (s = NT_NIP_OK; s <= NT_NIP_OUT_OF_RANGE; s++)
		assert_string_not_equal(nt_nip_status_name((nt_nip_status) s), "unknown");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(accepts_compact_form),
		cmocka_unit_test(accepts_written_forms),
		cmocka_unit_test(rejects_empty),
		cmocka_unit_test(rejects_bad_characters),
		cmocka_unit_test(rejects_separator_inside_group),
		cmocka_unit_test(rejects_wrong_length),
		cmocka_unit_test(rejects_impossible_birth_dates),
		cmocka_unit_test(rejects_birth_before_1900),
		cmocka_unit_test(rejects_appointment_month_00),
		cmocka_unit_test(rejects_bad_gender_digit),
		cmocka_unit_test(rejects_serial_000),
		cmocka_unit_test(rejects_appointment_before_18th_birthday),
		cmocka_unit_test(rejects_appointment_in_future),
		cmocka_unit_test(recognises_pppk_numbers),
		cmocka_unit_test(decodes_fields),
		cmocka_unit_test(formats_both_forms),
		cmocka_unit_test(checks_integers),
		cmocka_unit_test(names_every_status),
	};

	return cmocka_run_group_tests_name("nip", tests, NULL, NULL);
}
