/*
 * test_classify.c
 *	  The classifier: reported acts per form with their evidence; rules,
 *	  appeals, pledges, negated acts and denials that are no report; user
 *	  rule sets, their errors and limits; rule tables of any size.
 *
 * Texts marked with an id are from test/classify/labelled.jsonl.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/classify.h"
#include "core/regex.h"

/* The limits regex.c starts with; tests that change them put these back. */
#define DEFAULT_MATCH_LIMIT 10000000
#define DEFAULT_DEPTH_LIMIT 10000

typedef struct fixture
{
	nt_arena	arena;
	nt_context	ctx;
	nt_classifier *builtin;
} fixture;

static int
setup(void **state)
{
	fixture    *f = calloc(1, sizeof(fixture));
	char		err[256] = "";
	size_t		offset = 0;
	int			bad = -1,
				n = 0;
	const nt_rule_def *rules = nt_builtin_rules(&n);

	if (f == NULL)
		return -1;
	nt_arena_init(&f->arena, &nt_malloc_allocator);
	f->ctx.arena = &f->arena;
	f->builtin = nt_classifier_build(rules, n, err, sizeof(err), &offset, &bad);
	if (f->builtin == NULL)
	{
		fprintf(stderr, "builtin rule %d failed at %zu: %s\n", bad, offset, err);
		free(f);
		return -1;
	}
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	fixture    *f = *state;

	nt_classifier_free(f->builtin);
	nt_arena_free_all(&f->arena);
	free(f);
	return 0;
}

/* The shipped rules are compiled once for the group; each test's memory goes. */
static int
reset_arena(void **state)
{
	fixture    *f = *state;

	nt_arena_free_all(&f->arena);
	return 0;
}

typedef struct result
{
	nt_classify_status status;
	bool		incident;
	int			limit_rule;
	nt_vec		out;
} result;

static result
classify_with(void **state, const nt_classifier *c, const char *text)
{
	fixture    *f = *state;
	result		r;
	size_t		k;

	r.incident = true;			/* must be overwritten */
	r.limit_rule = -12345;
	nt_vec_init(&r.out, &f->arena, sizeof(nt_violation));
	r.status = nt_classify(&f->ctx, c, text, strlen(text), &r.out, &r.incident, &r.limit_rule);
	if (r.status == NT_CLASSIFY_OK)
	{
		/* one entry per form, best first, evidence inside the text */
		assert_true(r.incident == (r.out.count > 0));
		for (k = 0; k < r.out.count; k++)
		{
			const nt_violation *v = &NT_VEC_AT(&r.out, nt_violation, k);
			size_t		j;

			assert_int_equal(strlen(v->form), 3);
			assert_true(v->score > 0);
			assert_true(v->start < v->end);
			assert_true(v->end <= strlen(text));
			if (k > 0)
				assert_true(NT_VEC_AT(&r.out, nt_violation, k - 1).score >= v->score);
			for (j = 0; j < k; j++)
				assert_string_not_equal(NT_VEC_AT(&r.out, nt_violation, j).form, v->form);
		}
	}
	return r;
}

static result
classify(void **state, const char *text)
{
	return classify_with(state, ((fixture *) *state)->builtin, text);
}

/* The violation of a form, or NULL. */
static const nt_violation *
form_of(const result *r, const char *form)
{
	size_t		k;

	for (k = 0; k < r->out.count; k++)
		if (strcmp(NT_VEC_AT(&r->out, nt_violation, k).form, form) == 0)
			return &NT_VEC_AT(&r->out, nt_violation, k);
	return NULL;
}

/* Exactly these forms (a space-separated list, any order). */
static void
assert_forms(const result *r, const char *forms, const char *text)
{
	size_t		n = 0;
	const char *p;

	for (p = forms; *p; p += (p[3] == ' ' ? 4 : 3))
	{
		char		form[NT_FORM_LEN];

		memcpy(form, p, 3);
		form[3] = '\0';
		if (form_of(r, form) == NULL)
			fail_msg("no %s for \"%s\"", form, text);
		n++;
	}
	if (r->out.count != n)
		fail_msg("%zu forms, want %zu (%s) for \"%s\"; first %s", r->out.count, n, forms,
				 text, r->out.count ? NT_VEC_AT(&r->out, nt_violation, 0).form : "-");
}

/* The evidence of a violation contains every word of "words". */
static void
assert_evidence_has(const char *text, const nt_violation *v, const char *words)
{
	const char *w = words;

	assert_non_null(v);
	while (*w)
	{
		size_t		wl = strcspn(w, " "),
					i;
		bool		found = false;

		for (i = v->start; i + wl <= v->end && !found; i++)
			found = memcmp(text + i, w, wl) == 0;
		if (!found)
			fail_msg("\"%.*s\" not in evidence \"%.*s\"", (int) wl, w,
					 (int) (v->end - v->start), text + v->start);
		w += wl;
		while (*w == ' ')
			w++;
	}
}

static void
builtin_rules_are_well_formed(void **state)
{
	fixture    *f = *state;
	int			n = 0,
				i,
				j;
	const nt_rule_def *rules = nt_builtin_rules(&n);
	bool		seen[14] = {false};

	assert_true(n > 13);
	assert_int_equal(nt_classifier_rule_count(f->builtin), n);
	for (i = 0; i < n; i++)
	{
		int			num = atoi(rules[i].form + 1);

		assert_int_equal(rules[i].form[0], 'F');
		assert_int_equal(strlen(rules[i].form), 3);
		assert_true(num >= 1 && num <= 13);
		seen[num] = true;
		assert_true(rules[i].weight > 0);
		assert_true(rules[i].target == NT_RULE_ON_TEXT || rules[i].target == NT_RULE_ON_STEMS);
		for (j = 0; j < i; j++)
			assert_int_not_equal(rules[i].id, rules[j].id);
	}
	/* every form of the decree has a rule */
	for (i = 1; i <= 13; i++)
		assert_true(seen[i]);
}

static void
clear_reports_per_form(void **state)
{
	static const struct
	{
		const char *text;
		const char *form;
		const char *words;		/* in the evidence */
	}			cases[] = {
		{"Seorang guru PNS di Kecamatan Natar kepergok warga sedang memasang spanduk caleg "
			"di depan pagar sekolah.", "F01", "memasang spanduk"},
		/* v023 */
		{"Seorang dosen berstatus PNS di sebuah universitas negeri di Mataram mengunggah "
			"infografis program kerja pasangan calon gubernur NTB di Instagram dengan keterangan "
			"'pilihan cerdas untuk NTB'. Unggahan itu dilaporkan ke Bawaslu dan kini kasusnya "
			"dalam tahap kajian awal.", "F02", "mengunggah program calon"},
		/* v040 */
		{"Bawaslu Kabupaten Lamongan memanggil seorang guru PNS yang terekam kamera menghadiri "
			"kampanye terbuka pasangan calon bupati. Dalam rekaman itu ia mengenakan kaos "
			"bergambar paslon dan ikut meneriakkan yel-yel dukungan dari depan panggung.",
		"F04", "menghadiri kampanye"},
		{"Lurah berinisial SN terbukti menjadi pengurus partai politik di DPC kabupaten dan "
			"dilaporkan ke Bawaslu.", "F05", "pengurus partai"},
		{"Seorang camat berinisial AB dilaporkan ke Bawaslu karena mengacungkan dua jari di "
			"depan kantor.", "F07", "mengacungkan jari"},
		/* v100 */
		{"Di Kabupaten Kuningan, seorang PNS Dinas Koperasi diketahui membagikan kalender dan "
			"masker bergambar pasangan calon bupati kepada pedagang pasar. Pembagian barang itu "
			"dilakukan pada hari kerja. Bawaslu Kuningan menyebut temuan ini telah dibahas dalam "
			"rapat pleno.", "F08", "membagikan kalender"},
		/* v112 */
		{"Seorang lurah di Kota Tasikmalaya tercatat sebagai ketua posko pemenangan bakal calon "
			"wali kota yang diresmikan pada Juni 2024. Saat itu pendaftaran pasangan calon belum "
			"dibuka. Bawaslu Kota Tasikmalaya sudah menyerahkan kajiannya ke BKN.",
		"F09", "pemenangan bakal calon"},
		/* v128 */
		{"Bawaslu Kota Kendari menemukan seorang PNS yang masuk dalam susunan tim kampanye "
			"daerah salah satu pasangan capres-cawapres pada masa kampanye Pemilu 2019. Temuan "
			"itu dikaji dalam rapat pleno dan diteruskan ke KASN pada bulan yang sama.",
		"F10", "tim kampanye capres"},
		/* v142 */
		{"Bawaslu Kabupaten Kapuas memeriksa seorang PNS yang menyerahkan surat dukungan "
			"berikut fotokopi KTP dan Suket kepada tim bakal calon bupati perseorangan.",
		"F11", "surat dukungan"},
	};
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		result		r = classify(state, cases[i].text);

		assert_int_equal(r.status, NT_CLASSIFY_OK);
		assert_true(r.incident);
		assert_forms(&r, cases[i].form, cases[i].text);
		assert_evidence_has(cases[i].text, form_of(&r, cases[i].form), cases[i].words);
	}
}

static void
several_forms_in_one_report(void **state)
{
	const char *text = "Seorang guru PNS kedapatan memasang spanduk caleg. Camat berinisial CD "
		"juga dilaporkan menghadiri kampanye paslon dan mengacungkan dua jari. Kepala dinas "
		"berinisial EF terbukti menjadi pengurus partai politik.";
	result		r = classify(state, text);
	const nt_violation *v;

	assert_forms(&r, "F01 F04 F05 F07", text);
	v = form_of(&r, "F01");
	assert_evidence_has(text, v, "memasang spanduk");
	assert_true(v->end <= (size_t) (strstr(text, "Camat") - text));
	v = form_of(&r, "F04");
	assert_evidence_has(text, v, "menghadiri kampanye");
	v = form_of(&r, "F07");
	assert_evidence_has(text, v, "mengacungkan dua jari");
	v = form_of(&r, "F05");
	assert_evidence_has(text, v, "pengurus partai");
	assert_true(v->start > (size_t) (strstr(text, "Kepala dinas") - text));
	/* the rule that gave the evidence is named */
	assert_int_equal(form_of(&r, "F01")->rule_id / 100, 1);
	assert_int_equal(form_of(&r, "F05")->rule_id / 100, 5);
}

static void
rules_and_appeals_are_not_reports(void **state)
{
	static const char *const texts[] = {
		"ASN dilarang memasang baliho bakal calon.",
		"Jangan ikut kampanye pasangan calon, kata Sekda kepada para ASN.",
		"Kedua, tidak memasang baliho calon dan tidak ikut kampanye.",
		/* the same, with words of a case elsewhere in the text */
		"Seorang camat berinisial AB dilaporkan ke Bawaslu karena urusan lain. Sekda "
		"mengingatkan, ASN dilarang memasang baliho bakal calon.",
		"Bawaslu menemukan banyak kasus. Jangan ikut kampanye pasangan calon, kata Sekda "
		"kepada para ASN yang dilaporkan.",
		"Dalam apel yang diperiksa Bawaslu, pegawai membacakan ikrar. Kedua, tidak memasang "
		"baliho calon dan tidak ikut kampanye.",
		"Bupati mengimbau ASN agar tidak memasang baliho calon. Seorang guru dilaporkan ke "
		"Bawaslu karena hal lain.",
	};
	size_t		i;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
	{
		result		r = classify(state, texts[i]);

		assert_int_equal(r.status, NT_CLASSIFY_OK);
		assert_forms(&r, "", texts[i]);
		assert_false(r.incident);
	}
}

static void
negated_acts_and_denials_are_not_reports(void **state)
{
	static const char *const texts[] = {
		"Camat berinisial AB dilaporkan warga, namun ia tidak ikut kampanye pasangan calon.",
		"Camat berinisial AB dilaporkan warga. Camat itu tidak memasang baliho.",
		"Camat berinisial AB dilaporkan warga. Camat itu tidak terlibat kampanye dan tidak "
		"memasang baliho.",
		"Tidak benar kabar bahwa camat berinisial AB memasang baliho calon. Camat membantah "
		"dan menyebut foto itu editan.",
	};
	size_t		i;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
	{
		result		r = classify(state, texts[i]);

		assert_forms(&r, "", texts[i]);
		assert_false(r.incident);
	}
}

static void
who_and_whether_reported_matter(void **state)
{
	const char *no_cue = "Camat memasang baliho calon di depan kantor.";
	const char *cue = "Camat dilaporkan memasang baliho calon di depan kantor.";
	const char *no_asn = "Kepala desa dilaporkan memasang baliho calon di depan kantor.";
	result		r;

	/* the same act: told plainly it is no report, reported it is */
	r = classify(state, no_cue);
	assert_forms(&r, "", no_cue);
	r = classify(state, cue);
	assert_forms(&r, "F01", cue);
	assert_evidence_has(cue, form_of(&r, "F01"), "memasang baliho");
	/* and by someone who is no ASN it is none */
	r = classify(state, no_asn);
	assert_forms(&r, "", no_asn);
	/* a report in the next sentence still counts, with less weight */
	{
		const char *next = "Guru PNS berinisial AB dilaporkan. Ia memasang baliho calon "
			"bupati di depan sekolah.";
		double		direct;

		r = classify(state, next);
		assert_forms(&r, "F01", next);
		assert_evidence_has(next, form_of(&r, "F01"), "memasang baliho");
		r = classify(state, cue);
		direct = form_of(&r, "F01")->score;
		r = classify(state, next);
		assert_true(form_of(&r, "F01")->score < direct);
	}
}

static void
empty_and_cueless_texts(void **state)
{
	fixture    *f = *state;
	result		r;
	bool		incident = true;
	int			limit_rule = -1;
	nt_vec		out;

	nt_vec_init(&out, &f->arena, sizeof(nt_violation));
	assert_int_equal(nt_classify(&f->ctx, f->builtin, "", 0, &out, &incident, &limit_rule),
					 NT_CLASSIFY_OK);
	assert_int_equal(out.count, 0);
	assert_false(incident);
	r = classify(state, "Hari ini cuaca cerah dan pasar ramai.");
	assert_forms(&r, "", "cuaca");
	r = classify(state, "...");
	assert_forms(&r, "", "...");
}

static void
user_rule_with_bad_pattern(void **state)
{
	nt_rule_def rules[] = {
		{1, "F01", "\\bbaliho\\b", 1.0, NT_RULE_ON_TEXT},
		{2, "F02", "pasang baliho", 1.0, NT_RULE_ON_STEMS},
		{3, "F03", "(?:daftar|mendaftar", 1.0, NT_RULE_ON_TEXT},
		{4, "F04", "ok", 1.0, NT_RULE_ON_TEXT},
	};
	char		err[256] = "";
	size_t		offset = 0;
	int			bad = -1;

	(void) state;
	assert_null(nt_classifier_build(rules, 4, err, sizeof(err), &offset, &bad));
	assert_string_equal(err, "missing closing parenthesis");
	assert_int_equal(offset, 19);
	assert_int_equal(bad, 2);

	/* the first pattern bad, on the stem target */
	rules[0] = (nt_rule_def) {9, "F01", "pasang [baliho", 1.0, NT_RULE_ON_STEMS};
	bad = -1;
	assert_null(nt_classifier_build(rules, 4, err, sizeof(err), &offset, &bad));
	assert_string_equal(err, "missing terminating ] for character class");
	assert_int_equal(offset, 14);
	assert_int_equal(bad, 0);
	/* the output arguments may be left out */
	assert_null(nt_classifier_build(rules, 4, NULL, 0, NULL, NULL));
}

static void
rules_hyperscan_cannot_take(void **state)
{
	/*
	 * A back reference (Hyperscan's prefilter approximates it), a
	 * subroutine call and \K (Hyperscan refuses both): PCRE2 decides.
	 */
	nt_rule_def rules[] = {
		{11, "F01", "\\b(baliho) \\1\\b", 1.0, NT_RULE_ON_TEXT},
		{12, "F06", "\\b(grup) dan (?1)\\b", 1.0, NT_RULE_ON_TEXT},
		{13, "F13", "mobil\\s+\\Kdinas\\b", 1.0, NT_RULE_ON_TEXT},
		{14, "F05", "\\bkta\\b", 1.0, NT_RULE_ON_STEMS},
	};
	char		err[256] = "";
	size_t		offset = 0;
	int			bad = -1;
	nt_classifier *c = nt_classifier_build(rules, 4, err, sizeof(err), &offset, &bad);
	const char *text = "Seorang ASN berinisial AB dilaporkan memasang baliho baliho di grup dan "
		"grup sambil memakai mobil dinas.";
	const char *other = "Seorang ASN berinisial AB dilaporkan memasang baliho spanduk di grup "
		"dan forum.";
	result		r;

	assert_non_null(c);
	assert_int_equal(nt_classifier_rule_count(c), 4);
	r = classify_with(state, c, text);
	assert_forms(&r, "F01 F06 F13", text);
	assert_int_equal(form_of(&r, "F01")->rule_id, 11);
	assert_int_equal(form_of(&r, "F01")->start, (size_t) (strstr(text, "baliho baliho") - text));
	assert_int_equal(form_of(&r, "F01")->end, (size_t) (strstr(text, " di grup") - text));
	assert_evidence_has(text, form_of(&r, "F06"), "grup dan grup");
	/* \K moves the start of the evidence */
	assert_int_equal(form_of(&r, "F13")->start, (size_t) (strstr(text, "dinas") - text));
	assert_int_equal(form_of(&r, "F13")->end, (size_t) (strstr(text, "dinas") - text) + 5);
	/* and where the words are not repeated, nothing */
	r = classify_with(state, c, other);
	assert_forms(&r, "", other);
	nt_classifier_free(c);
}

static void
stem_rules_map_back_to_the_text(void **state)
{
	nt_rule_def rules[] = {
		{21, "F01", "\\bpasang baliho\\b", 1.0, NT_RULE_ON_STEMS},
	};
	nt_classifier *c = nt_classifier_build(rules, 1, NULL, 0, NULL, NULL);
	static const char *const texts[] = {
		"Seorang camat berinisial AB dilaporkan memasang baliho di pasar.",
		"Seorang camat berinisial AB dilaporkan karena pemasangan baliho di pasar.",
		"Kafé milik camat berinisial AB dilaporkan: DIPASANG BALIHO di depannya.",
	};
	static const char *const evidence[] = {"memasang baliho", "pemasangan baliho",
	"DIPASANG BALIHO"};
	size_t		i;

	assert_non_null(c);
	for (i = 0; i < 3; i++)
	{
		result		r = classify_with(state, c, texts[i]);
		const nt_violation *v;
		const char *at = strstr(texts[i], evidence[i]);

		assert_forms(&r, "F01", texts[i]);
		v = form_of(&r, "F01");
		/* whole source words, first to last */
		assert_int_equal(v->start, (size_t) (at - texts[i]));
		assert_int_equal(v->end, (size_t) (at - texts[i]) + strlen(evidence[i]));
		assert_int_equal(v->rule_id, 21);
	}
	nt_classifier_free(c);
}

static void
text_rules_are_caseless_with_byte_spans(void **state)
{
	nt_rule_def rules[] = {
		{31, "F07", "\\bfoto bersama\\b", 1.0, NT_RULE_ON_TEXT},
	};
	nt_classifier *c = nt_classifier_build(rules, 1, NULL, 0, NULL, NULL);
	const char *text = "Kafé “Ramé”: camat berinisial AB dilaporkan FOTO BERSAMA paslon.";
	result		r;
	const nt_violation *v;

	assert_non_null(c);
	r = classify_with(state, c, text);
	assert_forms(&r, "F07", text);
	v = form_of(&r, "F07");
	assert_int_equal(v->start, (size_t) (strstr(text, "FOTO") - text));
	assert_int_equal(v->end, v->start + strlen("FOTO BERSAMA"));
	nt_classifier_free(c);
}

static void
results_best_first(void **state)
{
	nt_rule_def rules[] = {
		{41, "F04", "\\bmenghadiri\\b", 0.5, NT_RULE_ON_TEXT},
		{42, "F01", "\\bbaliho\\b", 2.0, NT_RULE_ON_TEXT},
		{43, "F06", "\\bgrup\\b", 1.0, NT_RULE_ON_TEXT},
		{44, "F03", "\\bformulir\\b", 1.0, NT_RULE_ON_TEXT},
		/* a weaker rule of a form keeps the stronger evidence */
		{45, "F01", "\\bmemasang\\b", 0.3, NT_RULE_ON_TEXT},
	};
	nt_classifier *c = nt_classifier_build(rules, 5, NULL, 0, NULL, NULL);
	const char *text = "Camat berinisial AB dilaporkan menghadiri acara, memasang baliho, "
		"mengisi formulir dan masuk grup.";
	result		r;

	assert_non_null(c);
	r = classify_with(state, c, text);
	assert_int_equal(r.out.count, 4);
	/* by score, then by form name */
	assert_string_equal(NT_VEC_AT(&r.out, nt_violation, 0).form, "F01");
	assert_string_equal(NT_VEC_AT(&r.out, nt_violation, 1).form, "F03");
	assert_string_equal(NT_VEC_AT(&r.out, nt_violation, 2).form, "F06");
	assert_string_equal(NT_VEC_AT(&r.out, nt_violation, 3).form, "F04");
	assert_int_equal(NT_VEC_AT(&r.out, nt_violation, 0).rule_id, 42);
	assert_true(NT_VEC_AT(&r.out, nt_violation, 0).score > NT_VEC_AT(&r.out, nt_violation, 1).score);
	assert_true(NT_VEC_AT(&r.out, nt_violation, 1).score == NT_VEC_AT(&r.out, nt_violation, 2).score);
	assert_true(NT_VEC_AT(&r.out, nt_violation, 2).score > NT_VEC_AT(&r.out, nt_violation, 3).score);
	/* scores scale with the weights */
	assert_true(NT_VEC_AT(&r.out, nt_violation, 0).score ==
				4 * NT_VEC_AT(&r.out, nt_violation, 3).score);
	nt_classifier_free(c);
}

static void
backtracking_rule_hits_the_limit(void **state)
{
	nt_rule_def rules[] = {
		{51, "F01", "\\bbaliho\\b", 1.0, NT_RULE_ON_TEXT},
		{77, "F08", "(x+x+)+y", 1.0, NT_RULE_ON_TEXT},
	};
	nt_classifier *c = nt_classifier_build(rules, 2, NULL, 0, NULL, NULL);
	char		text[256];
	result		r;

	assert_non_null(c);
	/* a long run of x's that does not end in y, and an "xxy" after it */
	strcpy(text, "Seorang ASN berinisial AB dilaporkan memasang baliho ");
	memset(text + strlen(text), 'x', 60);
	strcpy(text + strlen("Seorang ASN berinisial AB dilaporkan memasang baliho ") + 60,
		   " dan xxy.");
	nt_regex_set_limits(100000, 1000);
	r = classify_with(state, c, text);
	nt_regex_set_limits(DEFAULT_MATCH_LIMIT, DEFAULT_DEPTH_LIMIT);
	assert_int_equal(r.status, NT_CLASSIFY_LIMIT);
	assert_int_equal(r.limit_rule, 77);

	/* without the run, the rule confirms quickly */
	r = classify_with(state, c, "Seorang ASN berinisial AB dilaporkan memasang baliho xxy.");
	assert_int_equal(r.status, NT_CLASSIFY_OK);
	assert_forms(&r, "F01 F08", "xxy");
	nt_classifier_free(c);
}

static void
ten_thousand_rules(void **state)
{
	enum
	{
		N = 10000
	};
	nt_rule_def *rules = calloc(N, sizeof(nt_rule_def));
	char	   *patterns = calloc(N, 32);
	nt_classifier *c;
	char		err[256] = "";
	size_t		offset = 0;
	int			bad = -1,
				i;
	const char *text = "Seorang ASN berinisial AB dilaporkan menulis kodeq04321z dan "
		"kodeq09998z di papan kantor.";
	result		r;
	const nt_violation *v;

	assert_non_null(rules);
	assert_non_null(patterns);
	for (i = 0; i < N; i++)
	{
		snprintf(patterns + 32 * i, 32, "\\bkodeq%05dz\\b", i);
		rules[i].id = 100000 + i;
		rules[i].form[0] = 'F';
		rules[i].form[1] = (char) ('0' + (1 + i % 13) / 10);
		rules[i].form[2] = (char) ('0' + (1 + i % 13) % 10);
		rules[i].pattern = patterns + 32 * i;
		rules[i].weight = 1.0;
		rules[i].target = (i % 2) ? NT_RULE_ON_STEMS : NT_RULE_ON_TEXT;
	}
	c = nt_classifier_build(rules, N, err, sizeof(err), &offset, &bad);
	assert_non_null(c);
	assert_int_equal(nt_classifier_rule_count(c), N);
	r = classify_with(state, c, text);
	/* 4321 % 13 = 5 -> F06 (stems); 9998 % 13 = 1 -> F02 (text) */
	assert_forms(&r, "F02 F06", text);
	v = form_of(&r, "F06");
	assert_int_equal(v->rule_id, 104321);
	assert_int_equal(v->start, (size_t) (strstr(text, "kodeq04321z") - text));
	assert_int_equal(v->end, v->start + 11);
	v = form_of(&r, "F02");
	assert_int_equal(v->rule_id, 109998);
	assert_int_equal(v->start, (size_t) (strstr(text, "kodeq09998z") - text));
	/* a near miss matches no rule */
	r = classify_with(state, c, "Seorang ASN berinisial AB dilaporkan menulis kodeq10000z.");
	assert_forms(&r, "", "kodeq10000z");
	nt_classifier_free(c);
	free(rules);
	free(patterns);
}

static void
irrelevant_rules_change_nothing(void **state)
{
	static const char *const texts[] = {
		"Seorang guru PNS kedapatan memasang spanduk caleg. Camat berinisial CD juga "
		"dilaporkan menghadiri kampanye paslon dan mengacungkan dua jari. Kepala dinas "
		"berinisial EF terbukti menjadi pengurus partai politik.",
		"Bawaslu Kabupaten Kapuas memeriksa seorang PNS yang menyerahkan surat dukungan "
		"berikut fotokopi KTP dan Suket kepada tim bakal calon bupati perseorangan.",
		"ASN dilarang memasang baliho bakal calon.",
		"Tidak benar kabar bahwa camat berinisial AB memasang baliho calon. Camat membantah "
		"dan menyebut foto itu editan.",
		"Guru PNS berinisial AB dilaporkan. Ia memasang baliho calon bupati di depan sekolah.",
		"",
	};
	static const int extra[] = {1, 50, 3000};
	fixture    *f = *state;
	int			n = 0,
				e,
				i;
	const nt_rule_def *builtin = nt_builtin_rules(&n);
	size_t		t;

	for (e = 0; e < 3; e++)
	{
		int			total = n + extra[e];
		nt_rule_def *rules = calloc((size_t) total, sizeof(nt_rule_def));
		char	   *patterns = calloc((size_t) extra[e], 48);
		nt_classifier *c;

		assert_non_null(rules);
		assert_non_null(patterns);
		/* irrelevant rules before and after the shipped ones */
		for (i = 0; i < extra[e]; i++)
		{
			nt_rule_def *r = &rules[i < extra[e] / 2 ? i : n + i];

			snprintf(patterns + 48 * i, 48, "\\bzyx%dqw(?:ab|cd)?\\b", i);
			r->id = 900000 + i;
			memcpy(r->form, i % 2 ? "F01" : "F13", NT_FORM_LEN);
			r->pattern = patterns + 48 * i;
			r->weight = 5.0;
			r->target = (i % 3) ? NT_RULE_ON_STEMS : NT_RULE_ON_TEXT;
		}
		memcpy(rules + extra[e] / 2, builtin, sizeof(nt_rule_def) * (size_t) n);
		c = nt_classifier_build(rules, total, NULL, 0, NULL, NULL);
		assert_non_null(c);
		for (t = 0; t < sizeof(texts) / sizeof(texts[0]); t++)
		{
			result		a = classify_with(state, f->builtin, texts[t]);
			result		b = classify_with(state, c, texts[t]);
			size_t		k;

			assert_int_equal(a.status, b.status);
			assert_int_equal(a.incident, b.incident);
			assert_int_equal(a.out.count, b.out.count);
			for (k = 0; k < a.out.count; k++)
			{
				const nt_violation *x = &NT_VEC_AT(&a.out, nt_violation, k);
				const nt_violation *y = &NT_VEC_AT(&b.out, nt_violation, k);

				assert_string_equal(x->form, y->form);
				assert_true(x->score == y->score);
				assert_int_equal(x->start, y->start);
				assert_int_equal(x->end, y->end);
				assert_int_equal(x->rule_id, y->rule_id);
			}
		}
		nt_classifier_free(c);
		free(rules);
		free(patterns);
	}
}

static void
empty_rule_set(void **state)
{
	nt_rule_def none[1] = {{0, "F01", "x", 1.0, NT_RULE_ON_TEXT}};
	nt_classifier *c = nt_classifier_build(none, 0, NULL, 0, NULL, NULL);
	result		r;

	assert_non_null(c);
	assert_int_equal(nt_classifier_rule_count(c), 0);
	r = classify_with(state, c, "Seorang guru PNS kedapatan memasang spanduk caleg.");
	assert_int_equal(r.status, NT_CLASSIFY_OK);
	assert_forms(&r, "", "no rules");
	nt_classifier_free(c);
	nt_classifier_free(NULL);
}

static int	interrupt_calls;

static void
count_interrupts(void *arg)
{
	assert_ptr_equal(arg, &interrupt_calls);
	interrupt_calls++;
}

static void
checks_for_interrupts(void **state)
{
	fixture    *f = *state;
	nt_context	ctx = {&f->arena, count_interrupts, &interrupt_calls};
	const char *text = "Seorang guru PNS kedapatan memasang spanduk caleg.";
	nt_vec		out;
	bool		incident = false;
	int			limit_rule = 0;

	nt_vec_init(&out, &f->arena, sizeof(nt_violation));
	interrupt_calls = 0;
	assert_int_equal(nt_classify(&ctx, f->builtin, text, strlen(text), &out, &incident,
								 &limit_rule), NT_CLASSIFY_OK);
	assert_true(incident);
	assert_true(interrupt_calls >= 1);
}

/* Words set off by curly quotes or no-break spaces still match stem rules. */
static void
separators_outside_ascii(void **state)
{
	const char *nbsp = "Seorang guru PNS kedapatan memasang\xC2\xA0spanduk caleg di depan sekolah.";
	const char *quoted = "Seorang camat berinisial AB dilaporkan ke Bawaslu karena melakukan pendekatan "
		"\xE2\x80\x9Cintensif\xE2\x80\x9D dengan \xE2\x80\x9Ctokoh\xE2\x80\x9D senior dan "
		"\xE2\x80\x9Cpengurus\xE2\x80\x9D inti dari partai politik untuk maju di pilkada.";
	result		r;

	r = classify(state, nbsp);
	assert_forms(&r, "F01", nbsp);
	r = classify(state, quoted);
	assert_non_null(form_of(&r, "F03"));
}

/* A user rule whose byte-level prefilter would miss: PCRE2 decides alone. */
static void
rules_that_need_characters(void **state)
{
	nt_rule_def rules[] = {
		{21, "F02", "k.p", 1.0, NT_RULE_ON_TEXT},
		{22, "F06", "\xC3\x89LAN", 1.0, NT_RULE_ON_TEXT},
	};
	char		err[256] = "";
	size_t		offset = 0;
	int			bad = -1;
	nt_classifier *c = nt_classifier_build(rules, 2, err, sizeof(err), &offset, &bad);
	const char *text = "Seorang ASN dilaporkan memasang k\xC3\xA9p dan \xC3\xA9lan di kantor.";
	result		r;

	assert_non_null(c);
	r = classify_with(state, c, text);
	assert_forms(&r, "F02 F06", text);
	assert_int_equal(form_of(&r, "F02")->start, (size_t) (strstr(text, "k\xC3\xA9p") - text));
	assert_int_equal(form_of(&r, "F02")->end, (size_t) (strstr(text, " dan") - text));
	nt_classifier_free(c);
}

/* "pasangan" stems to "pasang": a candidate pair is not a banner put up. */
static void
candidate_pair_is_not_putting_up(void **state)
{
	const char *text = "Camat berinisial AB dilaporkan warga. Camat itu tidak terlibat kampanye "
		"pasangan calon dan tidak memasang baliho.";
	result		r = classify(state, text);

	assert_null(form_of(&r, "F01"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(builtin_rules_are_well_formed, reset_arena),
		cmocka_unit_test_teardown(clear_reports_per_form, reset_arena),
		cmocka_unit_test_teardown(several_forms_in_one_report, reset_arena),
		cmocka_unit_test_teardown(rules_and_appeals_are_not_reports, reset_arena),
		cmocka_unit_test_teardown(negated_acts_and_denials_are_not_reports, reset_arena),
		cmocka_unit_test_teardown(who_and_whether_reported_matter, reset_arena),
		cmocka_unit_test_teardown(empty_and_cueless_texts, reset_arena),
		cmocka_unit_test_teardown(user_rule_with_bad_pattern, reset_arena),
		cmocka_unit_test_teardown(rules_hyperscan_cannot_take, reset_arena),
		cmocka_unit_test_teardown(separators_outside_ascii, reset_arena),
		cmocka_unit_test_teardown(rules_that_need_characters, reset_arena),
		cmocka_unit_test_teardown(candidate_pair_is_not_putting_up, reset_arena),
		cmocka_unit_test_teardown(stem_rules_map_back_to_the_text, reset_arena),
		cmocka_unit_test_teardown(text_rules_are_caseless_with_byte_spans, reset_arena),
		cmocka_unit_test_teardown(results_best_first, reset_arena),
		cmocka_unit_test_teardown(backtracking_rule_hits_the_limit, reset_arena),
		cmocka_unit_test_teardown(ten_thousand_rules, reset_arena),
		cmocka_unit_test_teardown(irrelevant_rules_change_nothing, reset_arena),
		cmocka_unit_test_teardown(empty_rule_set, reset_arena),
		cmocka_unit_test_teardown(checks_for_interrupts, reset_arena),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
