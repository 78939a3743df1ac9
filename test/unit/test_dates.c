/*
 * test_dates.c
 *	  Date mentions in Indonesian news, inferred years and the event date.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/dates.h"

static nt_arena arena;
static nt_context ctx;
static nt_vec mentions;

/* Voting days of the built-in calendar. */
static const nt_date pilkada_2020 = {2020, 12, 9};
static const nt_date pemilu_2019 = {2019, 4, 17};
static const nt_date pemilu_2024 = {2024, 2, 14};
static const nt_date pilkada_2024 = {2024, 11, 27};

static int
setup(void **state)
{
	(void) state;
	nt_arena_init(&arena, &nt_malloc_allocator);
	ctx.arena = &arena;
	ctx.check_interrupts = NULL;
	ctx.check_interrupts_arg = NULL;
	return 0;
}

static int
teardown(void **state)
{
	(void) state;
	nt_arena_free_all(&arena);
	return 0;
}

static const char *current_text;

/* Find and resolve the dates of a text; returns the event index. */
static int
dates_of(const char *text, const nt_date *voting_day)
{
	current_text = text;
	nt_vec_init(&mentions, &arena, sizeof(nt_date_mention));
	nt_find_dates(&ctx, text, strlen(text), &mentions);
	return nt_resolve_dates(&mentions, voting_day);
}

static const nt_date_mention *
at(size_t i)
{
	assert_true(i < mentions.count);
	return &NT_VEC_AT(&mentions, nt_date_mention, i);
}

/* The words of mention i. */
static void
assert_span(size_t i, const char *words)
{
	const nt_date_mention *d = at(i);

	assert_int_equal(d->end - d->start, strlen(words));
	assert_memory_equal(current_text + d->start, words, strlen(words));
}

static void
assert_date(size_t i, int weekday, int year, int month, int day)
{
	const nt_date_mention *d = at(i);

	assert_int_equal(d->weekday, weekday);
	assert_int_equal(d->year, year);
	assert_int_equal(d->month, month);
	assert_int_equal(d->day, day);
}

static void
weekday_with_full_numeric_date(void **state)
{
	int			ev;

	(void) state;
	ev = dates_of("Apel digelar Senin (21/9/2020) di halaman kantor bupati.", NULL);
	assert_int_equal(mentions.count, 1);
	assert_int_equal(ev, 0);
	assert_span(0, "Senin (21/9/2020)");
	assert_int_equal(at(0)->start, 13);
	assert_date(0, 1, 2020, 9, 21);
	assert_false(at(0)->year_inferred);
	assert_true(at(0)->resolved);
	assert_int_equal(at(0)->kind, NT_DATE_EVENT);
}

static void
weekday_without_year_takes_year_before_voting_day(void **state)
{
	int			ev;

	(void) state;
	/* 13 October 2020 was a Tuesday, before the 2020 voting day */
	ev = dates_of("Rapat itu berlangsung Selasa (13/10) di aula kantor bupati.",
				  &pilkada_2020);
	assert_int_equal(ev, 0);
	assert_span(0, "Selasa (13/10)");
	assert_date(0, 2, 2020, 10, 13);
	assert_true(at(0)->year_inferred);
	assert_true(at(0)->resolved);
	assert_int_equal(at(0)->kind, NT_DATE_EVENT);

	/* 15 October 2020 was a Thursday */
	ev = dates_of("Rakor digelar Kamis (15/10) di Sampit.", &pilkada_2020);
	assert_int_equal(ev, 0);
	assert_date(0, 4, 2020, 10, 15);
	assert_true(at(0)->year_inferred);

	/* for the February 2024 election, December is in the year before */
	ev = dates_of("Ikrar dibacakan Selasa (5/12) di Pare.", &pemilu_2024);
	assert_int_equal(ev, 0);
	assert_date(0, 2, 2023, 12, 5);
	assert_true(at(0)->year_inferred);
	assert_true(at(0)->resolved);
}

static void
weekday_without_year_shortly_after_voting_day(void **state)
{
	int			ev;

	(void) state;
	/*
	 * 15 January was a Friday in 2021 only (of 2018..2021): five weeks
	 * after the 2020 voting day, follow-up news.
	 */
	ev = dates_of("Evaluasi digelar Jumat (15/1) di aula.", &pilkada_2020);
	assert_int_equal(ev, 0);
	assert_date(0, 5, 2021, 1, 15);
	assert_true(at(0)->year_inferred);
	assert_true(at(0)->resolved);
}

static void
weekday_no_year_supports_stays_unresolved(void **state)
{
	int			ev;

	(void) state;
	/* 13 October is no Tuesday in 2017..2019, and 2020 is too late */
	ev = dates_of("Rapat itu berlangsung Selasa (13/10) di aula kantor bupati.",
				  &pemilu_2019);
	assert_int_equal(ev, 0);
	assert_date(0, 2, 0, 10, 13);
	assert_false(at(0)->year_inferred);
	assert_false(at(0)->resolved);
	/* the event text is there, the event date is not */
	assert_int_equal(at(0)->kind, NT_DATE_EVENT);

	/* the same around the 2024 regional election */
	ev = dates_of("Rapat itu berlangsung Selasa (13/10) di aula kantor bupati.",
				  &pilkada_2024);
	assert_int_equal(ev, 0);
	assert_int_equal(at(0)->year, 0);
	assert_false(at(0)->resolved);

	/* no voting day and no other date: nothing to infer from */
	ev = dates_of("Apel pada Kamis (15/10). Rapat berikutnya 3 November.", NULL);
	assert_int_equal(mentions.count, 2);
	assert_int_equal(ev, 0);
	assert_date(0, 4, 0, 10, 15);
	assert_false(at(0)->resolved);
	assert_date(1, -1, 0, 11, 3);
	assert_false(at(1)->resolved);
}

static void
weekday_without_year_uses_full_date_elsewhere(void **state)
{
	int			ev;

	(void) state;
	ev = dates_of("Ikrar dibacakan Selasa (5/12) di Pare. Sebelumnya apel digelar "
				  "Senin (4/12/2023).", NULL);
	assert_int_equal(mentions.count, 2);
	assert_int_equal(ev, 0);
	assert_date(0, 2, 2023, 12, 5);
	assert_true(at(0)->year_inferred);
	assert_true(at(0)->resolved);
	assert_date(1, 1, 2023, 12, 4);
	assert_false(at(1)->year_inferred);
	assert_int_equal(at(1)->kind, NT_DATE_MENTION);
}

static void
textual_full_date(void **state)
{
	int			ev;

	(void) state;
	ev = dates_of("Pelantikan digelar 4 Juli 2024 dan dihadiri para camat.", NULL);
	assert_int_equal(mentions.count, 1);
	assert_int_equal(ev, 0);
	assert_span(0, "4 Juli 2024");
	assert_date(0, -1, 2024, 7, 4);
	assert_false(at(0)->year_inferred);
	assert_true(at(0)->resolved);
	assert_int_equal(at(0)->kind, NT_DATE_EVENT);

	/* weekday and month name */
	ev = dates_of("Pada Senin 07 Oktober 2024 digelar apel.", NULL);
	assert_int_equal(ev, 0);
	assert_span(0, "Senin 07 Oktober 2024");
	assert_date(0, 1, 2024, 10, 7);
	assert_true(at(0)->resolved);

	ev = dates_of("Sabtu, 13 Juli 2024 pukul 09.00 apel dimulai.", NULL);
	assert_span(0, "Sabtu, 13 Juli 2024");
	assert_date(0, 6, 2024, 7, 13);
	assert_true(at(0)->resolved);
}

static void
other_written_forms(void **state)
{
	int			ev;

	(void) state;
	ev = dates_of("Apel berlangsung Jumat, 5/1/2024 pagi.", NULL);
	assert_int_equal(ev, 0);
	assert_span(0, "Jumat, 5/1/2024");
	assert_date(0, 5, 2024, 1, 5);
	assert_true(at(0)->resolved);

	/* a time of day between the weekday and the date */
	ev = dates_of("Apel pada Kamis pagi (15/10) di Sampit.", &pilkada_2020);
	assert_span(0, "Kamis pagi (15/10)");
	assert_date(0, 4, 2020, 10, 15);
	assert_true(at(0)->resolved);

	ev = dates_of("Rabu petang 25 September di aula kantor bupati.", &pilkada_2024);
	assert_span(0, "Rabu petang 25 September");
	assert_date(0, 3, 2024, 9, 25);
	assert_true(at(0)->year_inferred);
	assert_true(at(0)->resolved);

	/* a two-digit year */
	ev = dates_of("Kamis (20/10/22) lalu.", NULL);
	assert_date(0, 4, 2022, 10, 20);
	assert_false(at(0)->year_inferred);
	assert_true(at(0)->resolved);
}

static void
abbreviated_month_takes_neighbour_year(void **state)
{
	int			ev;

	(void) state;
	ev = dates_of("Kegiatan berlangsung 13 Jul di Tangerang, dua hari setelah rapat "
				  "11 Jul 2024.", NULL);
	assert_int_equal(mentions.count, 2);
	assert_span(0, "13 Jul");
	assert_date(0, -1, 2024, 7, 13);
	assert_true(at(0)->year_inferred);
	assert_true(at(0)->resolved);
	assert_span(1, "11 Jul 2024");
	assert_date(1, -1, 2024, 7, 11);
	/* an inferred year does not make an event; the full date does */
	assert_int_equal(ev, 1);
	assert_int_equal(at(1)->kind, NT_DATE_EVENT);
	assert_int_equal(at(0)->kind, NT_DATE_MENTION);

	/* early in the year next to a date late in the year before */
	ev = dates_of("Rapat digelar 28 Desember 2023, lalu apel pada 3 Januari.", NULL);
	assert_int_equal(mentions.count, 2);
	assert_date(0, -1, 2023, 12, 28);
	assert_date(1, -1, 2024, 1, 3);
	assert_true(at(1)->year_inferred);
	assert_int_equal(ev, 0);
}

static void
abbreviated_month_alone(void **state)
{
	int			ev;

	(void) state;
	/* no year anywhere and no election: the year stays unknown */
	ev = dates_of("Kegiatan berlangsung 13 Jul di Tangerang.", NULL);
	assert_int_equal(mentions.count, 1);
	assert_span(0, "13 Jul");
	assert_date(0, -1, 0, 7, 13);
	assert_false(at(0)->resolved);
	assert_int_equal(ev, -1);

	/* with the 2024 regional election, July is in 2024 */
	ev = dates_of("Kegiatan berlangsung 13 Jul di Tangerang.", &pilkada_2024);
	assert_date(0, -1, 2024, 7, 13);
	assert_true(at(0)->year_inferred);
	assert_true(at(0)->resolved);
	assert_int_equal(ev, -1);
}

static void
weekday_alone_invents_no_date(void **state)
{
	int			ev;

	(void) state;
	ev = dates_of("Deklarasi digelar Kamis di halaman kantor wali kota.", &pemilu_2019);
	assert_int_equal(mentions.count, 1);
	assert_span(0, "Kamis");
	assert_date(0, 4, 0, 0, 0);
	assert_false(at(0)->resolved);
	assert_false(at(0)->year_inferred);
	/* event text without an event date */
	assert_int_equal(ev, 0);
	assert_int_equal(at(0)->kind, NT_DATE_EVENT);
}

static void
impossible_dates_are_not_resolved(void **state)
{
	(void) state;
	dates_of("Tanggal 31/2/2020 tidak ada di kalender.", NULL);
	assert_int_equal(mentions.count, 1);
	assert_date(0, -1, 2020, 2, 31);
	assert_false(at(0)->resolved);

	/* 29 February only in leap years */
	dates_of("Apel digelar pada 29/2/2024 dan 29/2/2023.", NULL);
	assert_int_equal(mentions.count, 2);
	assert_true(at(0)->resolved);
	assert_false(at(1)->resolved);

	/* with a weekday the mention is the event, but has no date */
	assert_int_equal(dates_of("Kegiatan itu digelar Senin (31/2/2020) lalu.", NULL), 0);
	assert_date(0, 1, 2020, 2, 31);
	assert_false(at(0)->resolved);

	assert_int_equal(dates_of("Pernyataan itu disampaikan Sabtu (32/13/2020).", NULL), 0);
	assert_false(at(0)->resolved);

	/* an impossible day without a year is not given one */
	dates_of("Apel pada Senin (31/2) di aula.", &pilkada_2020);
	assert_int_equal(at(0)->year, 0);
	assert_false(at(0)->resolved);
}

static void
weekday_contradicting_date_is_not_resolved(void **state)
{
	int			ev;

	(void) state;
	/* 18 October 2022 was a Tuesday */
	ev = dates_of("Kamis (18/10/22) lalu.", NULL);
	assert_int_equal(ev, 0);
	assert_date(0, 4, 2022, 10, 18);
	assert_false(at(0)->resolved);

	/* 21 September 2020 was a Monday, not a Friday */
	ev = dates_of("Apel digelar Jumat (21/9/2020).", NULL);
	assert_int_equal(ev, 0);
	assert_false(at(0)->resolved);
}

static void
voting_day_is_not_the_event(void **state)
{
	int			ev;

	(void) state;
	ev = dates_of("Rabu (17/4/2019) warga mencoblos. Apel digelar Senin (8/4/2019).",
				  NULL);
	assert_int_equal(mentions.count, 2);
	assert_int_equal(at(0)->kind, NT_DATE_ELECTION);
	assert_true(at(0)->resolved);
	assert_int_equal(ev, 1);
	assert_date(1, 1, 2019, 4, 8);
	assert_int_equal(at(1)->kind, NT_DATE_EVENT);

	ev = dates_of("Pemungutan suara pada 9 Desember 2020 nanti.", NULL);
	assert_int_equal(at(0)->kind, NT_DATE_ELECTION);
	assert_int_equal(ev, -1);
}

static void
document_and_posting_dates(void **state)
{
	int			ev;

	(void) state;
	ev = dates_of("Surat edaran itu tertanggal 14 September 2020 dan dibacakan "
				  "Rabu (16/9/2020).", NULL);
	assert_int_equal(mentions.count, 2);
	assert_span(0, "14 September 2020");
	assert_int_equal(at(0)->kind, NT_DATE_DOCUMENT);
	assert_int_equal(ev, 1);
	assert_date(1, 3, 2020, 9, 16);

	/* the date a photo was posted is not the event */
	ev = dates_of("Foto diunggah Rabu (16/9/2020) oleh panitia.", NULL);
	assert_int_equal(at(0)->kind, NT_DATE_DOCUMENT);
	assert_int_equal(ev, -1);
}

static void
mentions_in_text_order_without_overlap(void **state)
{
	const char *text = "Kamis (15/10/2020) rakor, lalu Senin 19 Oktober 2020 apel, "
		"dan 4/11/2020 deklarasi.";
	size_t		k;

	(void) state;
	dates_of(text, NULL);
	assert_int_equal(mentions.count, 3);
	assert_span(0, "Kamis (15/10/2020)");
	assert_span(1, "Senin 19 Oktober 2020");
	assert_span(2, "4/11/2020");
	for (k = 1; k < mentions.count; k++)
		assert_true(at(k - 1)->end <= at(k)->start);

	/* nothing that looks like a date */
	assert_int_equal(dates_of("Sebanyak 1.250 ASN mengikuti apel.", NULL), -1);
	assert_int_equal(mentions.count, 0);
	assert_int_equal(dates_of("", NULL), -1);
	assert_int_equal(mentions.count, 0);
}

/* Many mentions of every form: each pass skips exactly what earlier passes found. */
static void
many_mentions_of_every_form(void **state)
{
	static const char unit[] = "Kamis (15/10/2020) rapat, 19 Oktober 2020 apel, 4/11/2020 ikrar, Senin libur. ";
	enum
	{
		repeats = 300
	};
	char	   *text = malloc(sizeof(unit) * repeats + 1);
	size_t		unit_len = sizeof(unit) - 1;
	size_t		k;

	(void) state;
	assert_non_null(text);
	for (k = 0; k < repeats; k++)
		memcpy(text + k * unit_len, unit, unit_len);
	text[repeats * unit_len] = '\0';
	dates_of(text, NULL);
	assert_int_equal(mentions.count, 4 * repeats);
	for (k = 0; k < mentions.count; k++)
	{
		size_t		base = (k / 4) * unit_len;
		static const size_t offset[4] = {0, 26, 48, 65};
		static const size_t length[4] = {18, 15, 9, 5};

		assert_int_equal(at(k)->start, base + offset[k % 4]);
		assert_int_equal(at(k)->end, base + offset[k % 4] + length[k % 4]);
	}
	free(text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(weekday_with_full_numeric_date, setup, teardown),
		cmocka_unit_test_setup_teardown(weekday_without_year_takes_year_before_voting_day, setup, teardown),
		cmocka_unit_test_setup_teardown(weekday_without_year_shortly_after_voting_day, setup, teardown),
		cmocka_unit_test_setup_teardown(weekday_no_year_supports_stays_unresolved, setup, teardown),
		cmocka_unit_test_setup_teardown(weekday_without_year_uses_full_date_elsewhere, setup, teardown),
		cmocka_unit_test_setup_teardown(textual_full_date, setup, teardown),
		cmocka_unit_test_setup_teardown(other_written_forms, setup, teardown),
		cmocka_unit_test_setup_teardown(abbreviated_month_takes_neighbour_year, setup, teardown),
		cmocka_unit_test_setup_teardown(abbreviated_month_alone, setup, teardown),
		cmocka_unit_test_setup_teardown(weekday_alone_invents_no_date, setup, teardown),
		cmocka_unit_test_setup_teardown(impossible_dates_are_not_resolved, setup, teardown),
		cmocka_unit_test_setup_teardown(weekday_contradicting_date_is_not_resolved, setup, teardown),
		cmocka_unit_test_setup_teardown(voting_day_is_not_the_event, setup, teardown),
		cmocka_unit_test_setup_teardown(document_and_posting_dates, setup, teardown),
		cmocka_unit_test_setup_teardown(mentions_in_text_order_without_overlap, setup, teardown),
		cmocka_unit_test_setup_teardown(many_mentions_of_every_form, setup, teardown),
	};

	return cmocka_run_group_tests_name("dates", tests, NULL, NULL);
}
