-- classify: violation_forms over 100,000 synthetic reports against a bare
-- scan and against plain SQL applying the builtin rules with ~*; growth with
-- text length; rule-table scale (100 and 10,000 rules: compile and steady
-- state); backend memory after 1,000 and 100,000 reports.
--
-- The reports are recombined from test/classify/labelled.jsonl: the
-- sentences of one labelled text (incident or not) followed by sentences
-- drawn from all texts up to about 600 bytes, with the regency or city, the
-- numbers and the initials of the people swapped.  setseed() makes the
-- table the same on every run.
SET client_min_messages = warning;
SET max_parallel_workers_per_gather = 0;
\set rows 100000

-- psql reads the labelled texts itself (backquotes run client-side, from the
-- repo root), so the server needs no access to the source tree.
\set lab `cat test/classify/labelled.jsonl`

DROP TABLE IF EXISTS bench.cl_text, bench.cl_sent, bench.cl_plan, bench.cl_extra,
                     bench.reports, bench.cl_are, bench.cl_are_rule, bench.cl_long;
DELETE FROM netralitas.violation_rule WHERE NOT builtin AND note = 'bench/classify.sql';

CREATE UNLOGGED TABLE bench.cl_text AS
SELECT row_number() OVER (ORDER BY j->>'id')::int AS n, j->>'text' AS t,
       (j->>'incident')::boolean AS incident
  FROM regexp_split_to_table(:'lab', E'\n') AS l, jsonb(l) AS j
 WHERE btrim(l) <> '';
-- Sentences: split after . ! ? (and a closing quote) before a capital,
-- not after the usual abbreviations (Sdr. Kab. No. ...).
CREATE UNLOGGED TABLE bench.cl_sent AS
SELECT row_number() OVER (ORDER BY x.n, s.k)::int AS n, x.n AS text_n, x.incident, s.k,
       btrim(s.l) AS l
  FROM bench.cl_text AS x,
       regexp_split_to_table(x.t,
           $r$(?<=[[:alnum:])][.!?]["'”]?)(?<!\m(?:Sdr|Sdri|Kab|Kec|Kel|No|Tgl|tgl|Jl|H|Dr|dr|Prof|Ir|St|Bpk|Pak|Bu|Ibu)\.)\s+(?=["'“]?[[:upper:]])$r$)
           WITH ORDINALITY AS s(l, k)
 WHERE btrim(s.l) <> '';
SELECT count(*) AS ntext FROM bench.cl_text \gset
SELECT count(*) AS nsent FROM bench.cl_sent \gset

SELECT setseed(0.2024);
-- One plan per report: the labelled text it starts with, its target
-- length, region, number and initials.
CREATE UNLOGGED TABLE bench.cl_plan AS
SELECT i, 1 + floor(random() * :ntext)::int AS base,
       450 + floor(random() * 160)::int AS target,
       1 + floor(random() * 514)::int AS rg,
       (2 + floor(random() * 98))::int AS num,
       chr(65 + floor(random() * 26)::int) || chr(65 + floor(random() * 26)::int) AS ini
  FROM generate_series(1, :rows) AS i;
-- Up to 8 further sentences per report, drawn from all texts.
CREATE UNLOGGED TABLE bench.cl_extra AS
SELECT p.i, k, 1 + floor(random() * :nsent)::int AS s
  FROM bench.cl_plan AS p CROSS JOIN LATERAL generate_series(1, 8) AS k
 ORDER BY p.i, k;

CREATE UNLOGGED TABLE bench.reports AS
WITH reg AS (
    SELECT row_number() OVER (ORDER BY code)::int AS rg, name
      FROM netralitas.region WHERE level <> 'province'),
extra AS (
    SELECT e.i, e.k, s.l,
           sum(octet_length(s.l) + 1) OVER (PARTITION BY e.i ORDER BY e.k) - octet_length(s.l) - 1 AS before
      FROM bench.cl_extra AS e JOIN bench.cl_sent AS s ON s.n = e.s),
body AS (
    SELECT p.i, x.t || coalesce(' ' || string_agg(e.l, ' ' ORDER BY e.k)
                                       FILTER (WHERE octet_length(x.t) + 1 + e.before < p.target), '') AS t
      FROM bench.cl_plan AS p
      JOIN bench.cl_text AS x ON x.n = p.base
      LEFT JOIN extra AS e ON e.i = p.i
     GROUP BY p.i, x.t)
SELECT p.i AS id,
       regexp_replace(regexp_replace(regexp_replace(b.t,
           '\m(?:Kabupaten|Kota) [[:upper:]][[:alpha:]]+(?: [[:upper:]][[:alpha:]]+){0,2}', reg.name, 'g'),
           '\m[0-9]{1,3}\M', p.num::text, 'g'),
           '\m(berinisial|inisial|Sdri?\.) [[:upper:]]{2,3}\M', '\1 ' || p.ini, 'g') AS t
  FROM bench.cl_plan AS p
  JOIN body AS b USING (i)
  JOIN reg USING (rg)
 ORDER BY p.i;
ALTER TABLE bench.reports ADD PRIMARY KEY (id);
VACUUM ANALYZE bench.reports;
DROP TABLE bench.cl_plan, bench.cl_extra;

SELECT count(*) AS n, sum(octet_length(t)) AS bytes,
       percentile_cont(0.05) WITHIN GROUP (ORDER BY octet_length(t)) AS p05,
       percentile_cont(0.95) WITHIN GROUP (ORDER BY octet_length(t)) AS p95
  FROM bench.reports \gset
SELECT format('%s synthetic reports from %s labelled texts (%s sentences), %s MB, %s bytes each on average (5%%-95%%: %s-%s)',
              to_char(:n, 'FM999,999'), :ntext, :nsent, round(:bytes / 1e6, 1),
              round(:bytes::numeric / :n), round(:p05), round(:p95));

-- 1. Speed over the 100,000 reports.
SELECT bench.best_ms('SELECT count(*) FROM bench.reports WHERE length(t) > 0') AS bare_ms \gset
SELECT bench.best_ms('SELECT sum(cardinality(netralitas.violation_forms(t))) FROM bench.reports') AS vf_ms \gset

-- What an analyst writes without the extension: the builtin patterns with
-- ~*, the text rules on the report and the stems rules on stem_text() of
-- it.  PostgreSQL's ARE reads \b as a backspace, so it becomes \y (word
-- boundary); a pattern that still does not compile as an ARE is skipped.
-- The patterns of one form (and target) are joined into one alternation:
-- 40 separate patterns per row overflow the backend's regex cache (32
-- entries) and are recompiled on every row (timed below for reference).
CREATE UNLOGGED TABLE bench.cl_are_rule (id integer, form text, target text, p text);
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT id, form, target, replace(pattern, '\b', '\y') AS p
               FROM netralitas.violation_rule WHERE builtin AND enabled ORDER BY id LOOP
        BEGIN
            PERFORM '' ~* r.p;
            INSERT INTO bench.cl_are_rule VALUES (r.id, r.form, r.target, r.p);
        EXCEPTION WHEN invalid_regular_expression OR program_limit_exceeded THEN
            NULL;
        END;
    END LOOP;
END;
$$;
CREATE UNLOGGED TABLE bench.cl_are AS
SELECT form, target, string_agg('(?:' || p || ')', '|' ORDER BY id) AS p
  FROM bench.cl_are_rule GROUP BY form, target;
SELECT count(*) AS nbuiltin FROM netralitas.violation_rule WHERE builtin AND enabled \gset
SELECT count(*) AS nare FROM bench.cl_are_rule \gset
SELECT count(*) AS nalt FROM bench.cl_are \gset

\set sub 5000
\set naive_sub 100
\set baseline_q 'SELECT sum((SELECT count(DISTINCT r.form) FROM bench.cl_are AS r WHERE CASE r.target WHEN ''text'' THEN x.t ~* r.p ELSE x.s ~* r.p END)) FROM (SELECT t, netralitas.stem_text(t) AS s FROM bench.reports WHERE id <= %s OFFSET 0) AS x'
SELECT bench.best_ms(format(:'baseline_q', :sub)) AS base_ms \gset
SELECT bench.best_ms(format('SELECT sum(cardinality(netralitas.violation_forms(t))) FROM bench.reports WHERE id <= %s', :sub)) AS vf_sub_ms \gset
SELECT bench.best_ms(format(replace(:'baseline_q', 'bench.cl_are ', 'bench.cl_are_rule '), :naive_sub)) AS naive_ms \gset
SELECT bench.best_ms(format('SELECT sum(cardinality(netralitas.violation_forms(t))) FROM bench.reports WHERE id <= %s', :naive_sub)) AS vf_naive_ms \gset
SELECT count(*) FILTER (WHERE cardinality(netralitas.violation_forms(x.t)) > 0) AS vf_flag,
       count(*) FILTER (WHERE EXISTS (SELECT FROM bench.cl_are AS r
                                       WHERE CASE r.target WHEN 'text' THEN x.t ~* r.p ELSE x.s ~* r.p END)) AS base_flag
  FROM (SELECT t, netralitas.stem_text(t) AS s FROM bench.reports WHERE id <= 1000 OFFSET 0) AS x \gset

SELECT bench.report('violation_forms, 100,000 reports', :vf_ms, 'bare scan length(t) > 0', :bare_ms, '<= 4.00');
SELECT format('baseline: %s of %s builtin patterns compile as ARE (\b as \y), as %s per-form ~* alternations on t / stem_text(t); timed on the first %s reports, x%s for %s',
              :nare, :nbuiltin, :nalt, to_char(:sub, 'FM999,999'), :n / :sub, to_char(:n, 'FM999,999'));
SELECT bench.report('baseline ~*, 100,000 (5,000 x 20)', :base_ms * :n / :sub, 'violation_forms, 100,000', :vf_ms, 'violation_forms >= 50x faster');
SELECT bench.report('baseline ~*, first 5,000', :base_ms, 'violation_forms, first 5,000', :vf_sub_ms, 'violation_forms >= 50x faster');
SELECT bench.report('per-rule ~* (recompiled), first 100', :naive_ms, 'violation_forms, first 100', :vf_naive_ms, 'for reference');
SELECT format('first 1,000 reports with a form: violation_forms %s, baseline patterns %s (the classifier drops rules, appeals, denials, non-ASN actors)',
              :vf_flag, :base_flag);

-- 2. Growth with text length: a block of about 1 KB of incident sentences
-- (first sentences of labelled incidents, drawn at random) repeated 1, 10, 100 and
-- 1,000 times, so that every size has the same evidence per KB; and, for
-- reference, 1 MB of all incident sentences in order (every form, more
-- evidence per KB).  Stored uncompressed; a PL/pgSQL loop calls
-- violation_forms on the detoasted value.
SELECT setseed(0.1945);
CREATE UNLOGGED TABLE bench.cl_long (kb integer, kind text, t text);
ALTER TABLE bench.cl_long ALTER t SET STORAGE EXTERNAL;
INSERT INTO bench.cl_long
WITH s AS (
    SELECT row_number() OVER (ORDER BY random()) AS k, l FROM bench.cl_sent WHERE incident AND k = 1),
c AS (
    SELECT k, l, sum(octet_length(l) + 1) OVER (ORDER BY k) - octet_length(l) - 1 AS before FROM s),
block AS (
    SELECT string_agg(l, ' ' ORDER BY k) AS b FROM c WHERE before + octet_length(l) <= 1024)
SELECT kb, 'block', rtrim(repeat(b || ' ', kb))
  FROM block, (VALUES (1), (10), (100), (1000)) AS v(kb);
INSERT INTO bench.cl_long
WITH s AS (
    SELECT row_number() OVER (ORDER BY r, n) AS k, l
      FROM bench.cl_sent, generate_series(1, 30) AS r
     WHERE incident),
c AS (
    SELECT k, l, sum(octet_length(l) + 1) OVER (ORDER BY k) - octet_length(l) - 1 AS before FROM s)
SELECT 1000, 'mixed', string_agg(l, ' ' ORDER BY k) FROM c WHERE before + octet_length(l) <= 1024 * 1000;
CREATE FUNCTION pg_temp.vf_loop(v text, calls integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    c integer := 0;
BEGIN
    FOR i IN 1 .. calls LOOP
        c := c + cardinality(netralitas.violation_forms(v));
    END LOOP;
    RETURN c;
END;
$$;
CREATE TEMP TABLE growth (kb integer, kind text, bytes integer, forms integer, calls integer, ms double precision);
INSERT INTO growth
SELECT kb, kind, octet_length(t), cardinality(netralitas.violation_forms(t)), calls,
       bench.best_ms(format('SELECT pg_temp.vf_loop(t, %s) FROM bench.cl_long WHERE kb = %s AND kind = %L',
                            calls, kb, kind)) / calls
  FROM bench.cl_long, LATERAL (SELECT CASE kb WHEN 1 THEN 200 WHEN 10 THEN 20 WHEN 100 THEN 3 ELSE 1 END AS calls) AS c
 ORDER BY kind, kb;
SELECT format('violation_forms, %s (%s bytes, %s forms): %s ms per call (best of 3 x %s calls), %s ms/KB',
              rpad(CASE kind WHEN 'block' THEN '1 KB block x ' || kb ELSE '1 MB of all incidents' END, 21),
              lpad(to_char(bytes, 'FM9,999,999'), 9), lpad(forms::text, 2),
              lpad(to_char(ms, 'FM99990.000'), 9), lpad(calls::text, 3),
              to_char(ms / (bytes / 1024.0), 'FM990.0000'))
  FROM growth ORDER BY kind, kb;
SELECT format('ms/KB, 1 KB block x 1,000 vs x 1: ratio %s; x 1,000 vs x 10: ratio %s (goal linear: about 1.00)',
              to_char((b.ms / b.bytes) / (a.ms / a.bytes), 'FM990.00'),
              to_char((b.ms / b.bytes) / (c.ms / c.bytes), 'FM990.00'))
  FROM growth AS a, growth AS b, growth AS c
 WHERE a.kind = 'block' AND a.kb = 1 AND b.kind = 'block' AND b.kb = 1000 AND c.kind = 'block' AND c.kb = 10;

-- 3. Rule-table scale: the builtin rules alone, then user rules added up
-- to 100 and to 10,000 rules in all (realistic patterns that never match
-- here: a literal word for F13 on the text, phrases and windows on the
-- stems for the other forms).  The first call after the table changes
-- loads and compiles the rules: it is timed alone, on one short text;
-- then the steady state over 2,000 reports.
SELECT last_value AS seq_last, is_called AS seq_called FROM netralitas.violation_rule_id_seq \gset
CREATE FUNCTION pg_temp.add_rules(first integer, last integer) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO netralitas.violation_rule (form, pattern, target, note)
    SELECT CASE WHEN i % 3 = 0 THEN 'F13' ELSE 'F' || to_char(1 + i % 12, 'FM00') END,
           CASE i % 3 WHEN 0 THEN '\bzz' || i || 'kata\b'
                      WHEN 1 THEN '\b(?:calon|paslon)\s+zz' || i || 'x\b'
                      ELSE '\bzz' || i || 'q\b(?:\s(?![.!?;])\S+){0,4}\s(?:kampanye|calon|dukung)\b' END,
           CASE WHEN i % 3 = 0 THEN 'text' ELSE 'stems' END,
           'bench/classify.sql'
      FROM generate_series(first, last) AS i;
$$;
\set steady_q 'SELECT sum(cardinality(netralitas.violation_forms(t))) FROM bench.reports WHERE id <= 2000'
\set first_q 'SELECT netralitas.violation_forms(''Seorang camat memasang baliho calon bupati di pagar rumahnya.'')'
CREATE TEMP TABLE scale (rules integer, compile_ms double precision, steady_ms double precision, forms bigint);
-- builtin only: a no-op update of one builtin row makes the backend recompile
UPDATE netralitas.violation_rule SET enabled = enabled WHERE id = (SELECT min(id) FROM netralitas.violation_rule);
SELECT bench.best_ms(:'first_q', 1) AS c \gset
INSERT INTO scale SELECT count(*), :c, bench.best_ms(:'steady_q'), NULL FROM netralitas.violation_rule;
SELECT pg_temp.add_rules(1, 100 - count(*)::integer) FROM netralitas.violation_rule \g /dev/null
SELECT bench.best_ms(:'first_q', 1) AS c \gset
INSERT INTO scale SELECT count(*), :c, bench.best_ms(:'steady_q'), NULL FROM netralitas.violation_rule;
UPDATE scale SET forms = (SELECT sum(cardinality(netralitas.violation_forms(t))) FROM bench.reports WHERE id <= 2000) WHERE rules = 100;
SELECT pg_temp.add_rules(100 - :nbuiltin + 1, 10000 - :nbuiltin) \g /dev/null
SELECT bench.best_ms(:'first_q', 1) AS c \gset
INSERT INTO scale SELECT count(*), :c, bench.best_ms(:'steady_q'), NULL FROM netralitas.violation_rule;
UPDATE scale SET forms = (SELECT sum(cardinality(netralitas.violation_forms(t))) FROM bench.reports WHERE id <= 2000) WHERE rules = 10000;
SELECT format('%s rules (%s user): load + compile (first call) %s ms; steady state, 2,000 reports: %s ms',
              lpad(to_char(rules, 'FM99,999'), 6), to_char(rules - :nbuiltin, 'FM9,999'), lpad(round(compile_ms::numeric, 1)::text, 7),
              lpad(round(steady_ms::numeric, 1)::text, 6))
  FROM scale ORDER BY rules;
SELECT bench.report('10,000 rules, 2,000 reports', b.steady_ms, '100 rules, 2,000 reports', a.steady_ms, '<= 3.00')
       || CASE WHEN a.forms = b.forms THEN '' ELSE '  (DIFFERENT FORMS FOUND)' END
  FROM scale AS a, scale AS b WHERE a.rules = 100 AND b.rules = 10000;

-- Clean up the rules.
DELETE FROM netralitas.violation_rule WHERE NOT builtin AND note = 'bench/classify.sql';
SELECT setval('netralitas.violation_rule_id_seq', :seq_last, :'seq_called') \g /dev/null

-- 4. Memory: a fresh backend, the table read once (its shared buffers are
-- then part of the resident set), violation_forms over 1,000 reports, then
-- over all of them.
\connect
SET client_min_messages = warning;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE mem (step text, vmrss bigint, rssanon bigint, vmhwm bigint);
CREATE FUNCTION pg_temp.mem(step text) RETURNS void LANGUAGE sql AS $$
    INSERT INTO mem
    SELECT step,
           substring(s FROM 'VmRSS:\s*(\d+) kB')::bigint,
           substring(s FROM 'RssAnon:\s*(\d+) kB')::bigint,
           substring(s FROM 'VmHWM:\s*(\d+) kB')::bigint
      FROM pg_read_file('/proc/' || pg_backend_pid() || '/status') AS s;
$$;
SELECT count(*) FROM bench.reports WHERE length(t) > 0 \g /dev/null
SELECT count(netralitas.violation_forms(t)) FROM (SELECT t FROM bench.reports ORDER BY id LIMIT 1000) AS s \g /dev/null
SELECT pg_temp.mem('1k') \g /dev/null
SELECT count(*) FILTER (WHERE f > 0) AS flagged, sum(f) AS nforms
  FROM (SELECT cardinality(netralitas.violation_forms(t)) AS f FROM bench.reports) AS s \gset
SELECT pg_temp.mem('all') \g /dev/null
SELECT format('backend memory, 1,000 reports: VmRSS %s kB (RssAnon %s, VmHWM %s); %s reports: VmRSS %s kB (RssAnon %s, VmHWM %s); ratio VmRSS %s, RssAnon %s (goal flat: 1.00)',
              a.vmrss, a.rssanon, a.vmhwm, to_char(:n, 'FM999,999'), b.vmrss, b.rssanon, b.vmhwm,
              to_char(b.vmrss::numeric / a.vmrss, 'FM990.00'), to_char(b.rssanon::numeric / a.rssanon, 'FM990.00'))
  FROM mem AS a, mem AS b WHERE a.step = '1k' AND b.step = 'all';
SELECT format('violation_forms finds forms in %s of %s reports (%s%%), %s forms in all',
              to_char(:flagged, 'FM999,999'), to_char(:n, 'FM999,999'),
              round(100.0 * :flagged / :n, 1), to_char(:nforms, 'FM999,999'));

DROP TABLE bench.cl_text, bench.cl_sent, bench.reports, bench.cl_are, bench.cl_are_rule, bench.cl_long;
