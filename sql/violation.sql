--
-- violation: the forms table, the rules table and the classifier functions
-- (classify_violation, violation_forms, is_incident, violation_matches,
-- stem_text).  Contracts and clear cases only: the rules themselves are
-- scored by test/score/classify.sh.  Every text here was written for this
-- test.
--
SET search_path = public;

-- An error as one stable line: SQLSTATE, message with the rule id (a
-- sequence value) masked, and DETAIL.
CREATE FUNCTION pg_temp.try(stmt text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	st text;
	msg text;
	det text;
BEGIN
	EXECUTE stmt;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
	RETURN st || ': ' || regexp_replace(msg, 'rule \d+', 'rule N') || coalesce(E'\nDETAIL: ' || nullif(det, ''), '');
END
$$;

-- ---------------------------------------------------------------------------
-- violation_form: F01-F13, read-only
-- ---------------------------------------------------------------------------
SELECT count(*), min(code), max(code),
       array_agg(code ORDER BY code) = ARRAY(SELECT 'F' || to_char(i, 'FM00') FROM generate_series(1, 13) AS i) AS f01_to_f13
  FROM netralitas.violation_form;
SELECT code, track, also_kode_etik FROM netralitas.violation_form ORDER BY code;

\set VERBOSITY default
UPDATE netralitas.violation_form SET track = 'lainnya' WHERE code = 'F01';
DELETE FROM netralitas.violation_form WHERE code = 'F13';
INSERT INTO netralitas.violation_form
SELECT 'F14', name, gloss, track, also_kode_etik, sanction, legal_basis_2022, legal_basis_2020
  FROM netralitas.violation_form WHERE code = 'F13';
\set VERBOSITY sqlstate
UPDATE netralitas.violation_form SET track = 'lainnya' WHERE code = 'F01';
DELETE FROM netralitas.violation_form WHERE code = 'F13';
\set VERBOSITY default
SELECT count(*) FROM netralitas.violation_form;

-- ---------------------------------------------------------------------------
-- violation_rule: builtin rows for every form, ids below 100000, the same
-- as the rules compiled into the extension
-- ---------------------------------------------------------------------------
SELECT f.code, count(r.id) > 0 AS has_builtin_rules
  FROM netralitas.violation_form AS f
  LEFT JOIN netralitas.violation_rule AS r ON r.form = f.code AND r.builtin
 GROUP BY f.code ORDER BY f.code;
SELECT bool_and(id < 100000) AS builtin_ids_below_100000, bool_and(enabled) AS all_enabled,
       count(*) = (SELECT count(*) FROM netralitas.builtin_violation_rules()) AS as_compiled
  FROM netralitas.violation_rule WHERE builtin;
SELECT count(*) AS user_rules FROM netralitas.violation_rule WHERE NOT builtin;
SELECT count(*) AS differing
  FROM (SELECT id, form, pattern, weight, target FROM netralitas.violation_rule WHERE builtin) AS t
  FULL JOIN netralitas.builtin_violation_rules() AS b USING (id)
 WHERE t IS DISTINCT FROM b;

-- pg_dump keeps the user rules and the id sequence, not the shipped rows
SELECT c.relname, x.cond
  FROM pg_extension AS e
 CROSS JOIN LATERAL unnest(e.extconfig, e.extcondition) AS x(rel, cond)
  JOIN pg_class AS c ON c.oid = x.rel
 WHERE e.extname = 'netralitas' AND c.relname LIKE 'violation%'
 ORDER BY c.relname;

-- builtin rows: the pattern, the weight, the row itself are refused
SELECT min(id) AS some_builtin_id FROM netralitas.violation_rule WHERE builtin AND form = 'F01' \gset
UPDATE netralitas.violation_rule SET pattern = 'x' WHERE id = :some_builtin_id;
UPDATE netralitas.violation_rule SET weight = 2 WHERE id = :some_builtin_id;
UPDATE netralitas.violation_rule SET enabled = false, weight = 2 WHERE id = :some_builtin_id;
DELETE FROM netralitas.violation_rule WHERE id = :some_builtin_id;
INSERT INTO netralitas.violation_rule (form, pattern, builtin) VALUES ('F13', '\bzorblax\b', true);
TRUNCATE netralitas.violation_rule;
SELECT count(*) = (SELECT count(*) FROM netralitas.builtin_violation_rules()) AS builtin_rows_intact
  FROM netralitas.violation_rule WHERE builtin;

-- ---------------------------------------------------------------------------
-- Functions: volatility, parallel safety, strictness, comments
-- ---------------------------------------------------------------------------
SELECT p.oid::regprocedure AS function, p.provolatile AS volatile, p.proparallel AS parallel,
       p.proisstrict AS strict, obj_description(p.oid, 'pg_proc') IS NOT NULL AS has_comment
  FROM pg_proc AS p
 WHERE p.pronamespace = 'netralitas'::regnamespace
   AND p.proname IN ('classify_violation', 'violation_forms', 'is_incident', 'violation_matches',
                     'stem_text', 'builtin_violation_rules')
 ORDER BY p.proname;

SELECT netralitas.stem_text('Pemasangan baliho');

-- NULL in, NULL out (no rows from the set-returning functions)
SELECT netralitas.violation_forms(NULL) IS NULL AS forms_null,
       netralitas.is_incident(NULL) IS NULL AS incident_null,
       netralitas.stem_text(NULL) IS NULL AS stems_null,
       (SELECT count(*) FROM netralitas.classify_violation(NULL)) AS classify_rows,
       (SELECT count(*) FROM netralitas.violation_matches(NULL)) AS matches_rows;
-- the empty string reports nothing
SELECT netralitas.violation_forms('') AS forms, netralitas.is_incident('') AS incident,
       (SELECT count(*) FROM netralitas.classify_violation('')) AS classify_rows;

-- ---------------------------------------------------------------------------
-- Clear cases
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE report (k text PRIMARY KEY, form text, r text);
INSERT INTO report VALUES
-- non-incidents: a prohibition, an appeal, a pledge list, a warning
('n1 prohibition', NULL, 'ASN dilarang memasang baliho calon bupati.'),
('n2 appeal', NULL,
 'Bupati mengimbau seluruh ASN agar tidak ikut berkampanye dan tidak memberikan like atau komentar pada unggahan calon di media sosial.'),
('n3 pledge list', NULL,
 'Ikrar netralitas ASN: 1. Tidak memasang spanduk atau baliho calon. 2. Tidak menjadi anggota partai politik. 3. Tidak menghadiri deklarasi pasangan calon.'),
('n4 pledge', NULL,
 'Dalam apel ikrar netralitas, ratusan ASN berjanji tidak akan menjadi anggota partai politik, tidak memasang spanduk calon, dan tidak menghadiri kampanye pasangan calon.'),
('n5 warning', NULL, 'Jangan ada ASN yang menggunakan mobil dinas untuk kampanye, tegas Sekda.'),
-- incidents, one form each
('i1 F01', 'F01',
 'Bawaslu Kabupaten Sleman menemukan seorang PNS Dinas Pertanian berinisial RS memasang baliho calon bupati di pagar rumahnya pada Sabtu (12/10/2024).'),
('i2 F01 multibyte', 'F01',
 'Menurut warga — yang enggan disebut namanya — seorang PNS Dinas Pertanian berinisial “RS” memasang baliho calon bupati di pagar rumahnya.'),
('i3 F05', 'F05',
 'Seorang guru PNS berinisial MK di Kota Kendari terbukti menjadi pengurus partai politik; namanya tercantum dalam SK kepengurusan DPC partai tersebut.'),
('i4 F11', 'F11',
 'Panwaslu menemukan fotokopi KTP milik tiga PNS Dinas Pendidikan dalam berkas dukungan bakal calon perseorangan, dan ketiganya mengaku menyerahkannya sendiri.'),
('i5 F13', 'F13',
 'Seorang camat berstatus PNS kedapatan memakai mobil dinas untuk mengangkut logistik kampanye pasangan calon bupati.');

SELECT k, netralitas.is_incident(r) AS incident, netralitas.violation_forms(r) AS forms,
       (SELECT count(*) FROM netralitas.classify_violation(r)) AS classify_rows
  FROM report ORDER BY k;

-- evidence is the report's text at [start, stop) in characters; the rows
-- agree with violation_forms, violation_matches, violation_form and
-- violation_rule, best score first
SELECT t.k, c.form, c.evidence,
       substr(t.r, c.start, c.stop - c.start) = c.evidence AS evidence_at_start_stop,
       c.track = f.track AS track_of_form,
       ru.form = c.form AS rule_of_form
  FROM report AS t
 CROSS JOIN LATERAL netralitas.classify_violation(t.r) AS c
  JOIN netralitas.violation_form AS f ON f.code = c.form
  LEFT JOIN netralitas.violation_rule AS ru ON ru.id = c.rule_id
 WHERE c.form = t.form
 ORDER BY t.k;
SELECT t.k,
       netralitas.violation_forms(t.r)
           = ARRAY(SELECT DISTINCT form FROM netralitas.classify_violation(t.r) ORDER BY 1) AS forms_agree,
       ARRAY(SELECT score FROM netralitas.classify_violation(t.r))
           = ARRAY(SELECT score FROM netralitas.classify_violation(t.r) ORDER BY score DESC) AS best_first,
       ARRAY(SELECT (form, score, evidence, start, stop, rule_id)::text
               FROM netralitas.classify_violation(t.r) ORDER BY form)
           = ARRAY(SELECT (form, score, evidence, start, stop, rule_id)::text
                     FROM netralitas.violation_matches(t.r) ORDER BY form) AS matches_agree,
       (SELECT bool_and(start >= 1 AND stop > start AND stop <= length(t.r) + 1)
          FROM netralitas.classify_violation(t.r)) AS positions_in_text
  FROM report AS t WHERE t.form IS NOT NULL ORDER BY t.k;

-- ---------------------------------------------------------------------------
-- User rules: used on the next call, gone after delete
-- ---------------------------------------------------------------------------
WITH i AS (INSERT INTO netralitas.violation_rule (form, pattern, target, note)
           VALUES ('F13', '\bzorblax\b', 'text', 'regression test') RETURNING *)
SELECT id >= 100000 AS id_from_sequence, form, pattern, target, weight, enabled, builtin FROM i;
SELECT id AS zorblax_id FROM netralitas.violation_rule WHERE note = 'regression test' \gset
SELECT form, evidence, start, stop, rule_id = :zorblax_id AS rule_is_new
  FROM netralitas.classify_violation('Seorang PNS berinisial AB dilaporkan warga karena zorblax di kantor.');
-- patterns are case-insensitive
SELECT form, evidence, rule_id = :zorblax_id AS rule_is_new
  FROM netralitas.classify_violation('Seorang PNS berinisial AB dilaporkan warga karena ZORBLAX di kantor.');
SELECT netralitas.violation_forms('Seorang PNS berinisial AB dilaporkan warga karena zorblax di kantor.'),
       netralitas.is_incident('Seorang PNS berinisial AB dilaporkan warga karena zorblax di kantor.');
-- a user rule may be changed
UPDATE netralitas.violation_rule SET pattern = '\bzorb(?:lax|lix)\b' WHERE id = :zorblax_id;
SELECT form, evidence, rule_id = :zorblax_id AS rule_is_new
  FROM netralitas.classify_violation('Seorang PNS berinisial AB dilaporkan warga karena zorblix di kantor.');
DELETE FROM netralitas.violation_rule WHERE id = :zorblax_id;
SELECT count(*) AS rows_after_delete
  FROM netralitas.classify_violation('Seorang PNS berinisial AB dilaporkan warga karena zorblax di kantor.');

-- a rule added in a transaction that rolls back is not used afterwards
BEGIN;
INSERT INTO netralitas.violation_rule (form, pattern, target, note)
VALUES ('F13', '\bzorblax\b', 'text', 'regression test');
SELECT form, evidence FROM netralitas.classify_violation('Seorang PNS berinisial AB dilaporkan warga karena zorblax di kantor.');
ROLLBACK;
SELECT count(*) AS rows_after_rollback
  FROM netralitas.classify_violation('Seorang PNS berinisial AB dilaporkan warga karena zorblax di kantor.');

-- patterns PCRE2 accepts and Hyperscan does not (a back-reference) work too
INSERT INTO netralitas.violation_rule (form, pattern, target, note)
VALUES ('F13', '\b(zorb)\1lax\b', 'text', 'regression test');
SELECT form, evidence, start, stop
  FROM netralitas.classify_violation('Seorang PNS berinisial AB dilaporkan warga karena zorbzorblax di kantor.');
DELETE FROM netralitas.violation_rule WHERE note = 'regression test';

-- a pattern PCRE2 cannot compile is refused (2201B), with its offset
SELECT pg_temp.try($$INSERT INTO netralitas.violation_rule (form, pattern, target) VALUES ('F13', '(abc', 'text')$$);
SELECT pg_temp.try($$INSERT INTO netralitas.violation_rule (form, pattern, target) VALUES ('F13', 'zorb[lax', 'stems')$$);
\set VERBOSITY sqlstate
INSERT INTO netralitas.violation_rule (form, pattern, target) VALUES ('F13', '(abc', 'text');
\set VERBOSITY default
INSERT INTO netralitas.violation_rule (form, pattern, target, note)
VALUES ('F13', '\bzorblax\b', 'text', 'regression test') RETURNING id AS zorblax_id \gset
SELECT pg_temp.try(format($$UPDATE netralitas.violation_rule SET pattern = '(abc' WHERE id = %s$$, :zorblax_id));
SELECT pattern FROM netralitas.violation_rule WHERE id = :zorblax_id;
DELETE FROM netralitas.violation_rule WHERE note = 'regression test';

-- other columns are checked by the table (terse: the row in the DETAIL
-- carries a sequence value)
\set VERBOSITY terse
INSERT INTO netralitas.violation_rule (form, pattern) VALUES ('F14', '\bzorblax\b');
INSERT INTO netralitas.violation_rule (form, pattern, target) VALUES ('F13', '\bzorblax\b', 'words');
INSERT INTO netralitas.violation_rule (form, pattern, weight) VALUES ('F13', '\bzorblax\b', 0);
\set VERBOSITY default
SELECT count(*) AS user_rules FROM netralitas.violation_rule WHERE NOT builtin;

-- ---------------------------------------------------------------------------
-- Builtin rules can be disabled and enabled again
-- ---------------------------------------------------------------------------
UPDATE netralitas.violation_rule SET enabled = false WHERE builtin AND form = 'F01';
SELECT k, netralitas.violation_forms(r) FROM report WHERE form = 'F01' ORDER BY k;
UPDATE netralitas.violation_rule SET enabled = true WHERE builtin AND form = 'F01';
SELECT k, netralitas.violation_forms(r) FROM report WHERE form = 'F01' ORDER BY k;

-- ---------------------------------------------------------------------------
-- PCRE2 limits: a rule that backtracks too much raises 54000
-- ---------------------------------------------------------------------------
INSERT INTO netralitas.violation_rule (form, pattern, target, note)
VALUES ('F13', '(a+)+$', 'text', 'regression test');
SET netralitas.pcre_match_limit = 10000;
SHOW netralitas.pcre_match_limit;
-- The text reports an act (a text without such words is not searched at
-- all) and ends with an "a" (else the Hyperscan prefilter knows that the
-- rule cannot match and PCRE2 does not run).
\set catastrophic '\'Seorang PNS dilaporkan warga karena \' || repeat(\'a\', 30) || \'b a\''
\set VERBOSITY sqlstate
SELECT * FROM netralitas.classify_violation(:catastrophic);
SELECT netralitas.violation_forms(:catastrophic);
SELECT netralitas.is_incident(:catastrophic);
\set VERBOSITY default
SELECT pg_temp.try(format('SELECT netralitas.violation_matches(%L)', :catastrophic));
-- fewer "a"s: within the default limit (the final "a" matches), beyond a low one
\set shorter '\'Seorang PNS dilaporkan warga karena \' || repeat(\'a\', 12) || \'b a\''
RESET netralitas.pcre_match_limit;
SELECT form, evidence FROM netralitas.classify_violation(:shorter);
SET netralitas.pcre_match_limit = 1000;
\set VERBOSITY sqlstate
SELECT form, evidence FROM netralitas.classify_violation(:shorter);
\set VERBOSITY default
RESET netralitas.pcre_match_limit;
SHOW netralitas.pcre_match_limit;
SHOW netralitas.pcre_depth_limit;
DELETE FROM netralitas.violation_rule WHERE note = 'regression test';
-- the other texts are classified as before
SELECT k, netralitas.violation_forms(r) FROM report WHERE form IS NOT NULL ORDER BY k;

-- ---------------------------------------------------------------------------
-- An ordinary role reads the rules and classifies, but cannot change the
-- rules or the limits (PGC_SUSET)
-- ---------------------------------------------------------------------------
CREATE ROLE regress_netralitas_reader;
SET ROLE regress_netralitas_reader;
SELECT netralitas.violation_forms('Seorang camat berstatus PNS kedapatan memakai mobil dinas untuk mengangkut logistik kampanye pasangan calon bupati.');
SELECT count(*) > 0 AS sees_rules FROM netralitas.violation_rule;
INSERT INTO netralitas.violation_rule (form, pattern) VALUES ('F13', '\bzorblax\b');
SET netralitas.pcre_match_limit = 1000;
RESET ROLE;
DROP ROLE regress_netralitas_reader;
SELECT count(*) AS user_rules FROM netralitas.violation_rule WHERE NOT builtin;
