/*
 * test_nik.c
 *	  Every accept and reject rule of the NIK parser.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/nik_core.h"

static nt_nik_status
parse(const char *s, int64_t *v)
{
	int64_t		dummy;

	return nt_nik_parse(s, strlen(s), v ? v : &dummy, NULL);
}

static void
accepts_compact_and_grouped(void **state)
{
	int64_t		v = 0;

	(void) state;
	assert_int_equal(parse("3275014109860001", &v), NT_NIK_OK);
	assert_true(v == INT64_C(3275014109860001));
	assert_int_equal(parse(" 3275 0141 0986 0001 ", &v), NT_NIK_OK);
	assert_int_equal(parse("32.75.01.410986.0001", &v), NT_NIK_OK);
	assert_int_equal(parse("32-75-01-410986-0001", &v), NT_NIK_OK);
}

static void
rejects_syntax(void **state)
{
	nt_nik_error err;
	int64_t		v;

	(void) state;
	assert_int_equal(parse("", NULL), NT_NIK_EMPTY);
	assert_int_equal(parse(" ", NULL), NT_NIK_EMPTY);
	assert_int_equal(nt_nik_parse("32750141O9860001", 16, &v, &err),
					 NT_NIK_BAD_CHARACTER);
	assert_int_equal(err.offset, 8);
	assert_int_equal(parse("327 5014109860001", NULL), NT_NIK_BAD_SEPARATOR);
	assert_int_equal(parse("327501410986000", NULL), NT_NIK_BAD_LENGTH);
	assert_int_equal(parse("32750141098600011", NULL), NT_NIK_BAD_LENGTH);
	assert_int_equal(parse("3275014109860001999999999999", NULL), NT_NIK_BAD_LENGTH);
}

static void
rejects_unknown_areas(void **state)
{
	(void) state;
	assert_int_equal(parse("2075014109860001", NULL), NT_NIK_BAD_PROVINCE);
	assert_int_equal(parse("9975014109860001", NULL), NT_NIK_BAD_PROVINCE);
	/* a leading zero keeps 16 digits: province 0x */
	assert_int_equal(parse("0175014109860001", NULL), NT_NIK_BAD_PROVINCE);
	assert_int_equal(parse("3200014109860001", NULL), NT_NIK_BAD_REGENCY);
	assert_int_equal(parse("3275004109860001", NULL), NT_NIK_BAD_DISTRICT);
	/* every province of the 38 is accepted */
	assert_int_equal(parse("9601011501900001", NULL), NT_NIK_OK);
	assert_int_equal(parse("1101011501900001", NULL), NT_NIK_OK);
}

static void
rejects_impossible_birth_dates(void **state)
{
	(void) state;
	assert_int_equal(parse("3275010013860001", NULL), NT_NIK_BAD_BIRTH_DATE);	/* day 00 */
	assert_int_equal(parse("3275013202860001", NULL), NT_NIK_BAD_BIRTH_DATE);	/* day 32 */
	assert_int_equal(parse("3275014000860001", NULL), NT_NIK_BAD_BIRTH_DATE);	/* 40: woman, day 0 */
	assert_int_equal(parse("3275017201860001", NULL), NT_NIK_BAD_BIRTH_DATE);	/* 72 */
	assert_int_equal(parse("3275011513860001", NULL), NT_NIK_BAD_BIRTH_DATE);	/* month 13 */
	assert_int_equal(parse("3275011500860001", NULL), NT_NIK_BAD_BIRTH_DATE);	/* month 00 */
	assert_int_equal(parse("3275013102860001", NULL), NT_NIK_BAD_BIRTH_DATE);	/* 31 Feb */
	assert_int_equal(parse("3275012902850001", NULL), NT_NIK_BAD_BIRTH_DATE);	/* 29 Feb 1985 */
	assert_int_equal(parse("3275012902840001", NULL), NT_NIK_OK);	/* 29 Feb 1984 */
	assert_int_equal(parse("3275016902000001", NULL), NT_NIK_OK);	/* 29 Feb 2000, woman */
	assert_int_equal(parse("3275017101860001", NULL), NT_NIK_OK);	/* 31 Jan, woman */
}

static void
rejects_serial_0000(void **state)
{
	(void) state;
	assert_int_equal(parse("3275014109860000", NULL), NT_NIK_BAD_SERIAL);
}

static void
decodes_fields_and_pivot(void **state)
{
	nt_nik_fields f;

	(void) state;
	nt_nik_decode(INT64_C(3275014109860001), &f);
	assert_int_equal(f.province, 32);
	assert_int_equal(f.regency, 75);
	assert_int_equal(f.district, 1);
	assert_int_equal(f.birth_day, 1);
	assert_int_equal(f.birth_month, 9);
	assert_int_equal(f.birth_year, 1986);
	assert_int_equal(f.gender, 2);
	assert_int_equal(f.serial, 1);

	nt_nik_decode(INT64_C(3275011501290001), &f);
	assert_int_equal(f.birth_year, 2029);
	nt_nik_decode(INT64_C(3275011501300001), &f);
	assert_int_equal(f.birth_year, 1930);
	assert_int_equal(f.gender, 1);
}

static void
resolves_century_against_reference(void **state)
{
	nt_nik_fields f;

	(void) state;
	nt_nik_decode(INT64_C(3275011501250001), &f);	/* 15 Jan xx25 */
	assert_int_equal(nt_nik_birth_year_before(&f, 2026, 11, 23), 2025);
	assert_int_equal(nt_nik_birth_year_before(&f, 2025, 1, 14), 1925);
	assert_int_equal(nt_nik_birth_year_before(&f, 2025, 1, 15), 2025);
	nt_nik_decode(INT64_C(3275012902000001), &f);	/* 29 Feb xx00 */
	assert_int_equal(nt_nik_birth_year_before(&f, 2026, 1, 1), 2000);
	assert_int_equal(nt_nik_birth_year_before(&f, 1999, 1, 1), -1);
}

static void
formats_digits(void **state)
{
	char		buf[NT_NIK_DIGITS + 1];

	(void) state;
	nt_nik_to_digits(INT64_C(3275014109860001), buf);
	assert_string_equal(buf, "3275014109860001");
	assert_int_equal(nt_nik_check(INT64_C(123)), NT_NIK_OUT_OF_RANGE);
	assert_int_equal(nt_nik_check(INT64_C(-3275014109860001)), NT_NIK_OUT_OF_RANGE);
}

static void
names_every_status(void **state)
{
	int			s;

	(void) state;
	for (s = NT_NIK_OK; s <= NT_NIK_OUT_OF_RANGE; s++)
		assert_string_not_equal(nt_nik_status_name((nt_nik_status) s), "unknown");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(accepts_compact_and_grouped),
		cmocka_unit_test(rejects_syntax),
		cmocka_unit_test(rejects_unknown_areas),
		cmocka_unit_test(rejects_impossible_birth_dates),
		cmocka_unit_test(rejects_serial_0000),
		cmocka_unit_test(decodes_fields_and_pivot),
		cmocka_unit_test(resolves_century_against_reference),
		cmocka_unit_test(formats_digits),
		cmocka_unit_test(names_every_status),
	};

	return cmocka_run_group_tests_name("nik", tests, NULL, NULL);
}
