--
-- pledge: the pledge_point and pledge_clause tables and the pledge
-- functions (check_pledge, pledge_points, pledge_missing, pledge_complete,
-- validate_pledge, pledge_is_valid).  Contracts and clear cases only: the
-- wordings themselves are scored by test/score/pledge.sh.  The pledge texts
-- follow the standard 2020 and 2024 pledge formula; everything else was
-- written for this test, and the NIPs are invented.
--
SET search_path = public;

-- An error as one stable line: SQLSTATE, message with the clause id (a
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
	RETURN st || ': ' || regexp_replace(msg, 'clause \d+', 'clause N') || coalesce(E'\nDETAIL: ' || nullif(det, ''), '');
END
$$;

-- The points check_pledge() says are present, in order.
CREATE FUNCTION pg_temp.checked(body text) RETURNS text[]
LANGUAGE sql AS $$
SELECT ARRAY(SELECT clause FROM netralitas.check_pledge(body) WHERE present ORDER BY clause)
$$;

-- ---------------------------------------------------------------------------
-- pledge_point: P1-P4, read-only
-- ---------------------------------------------------------------------------
SELECT code, summary FROM netralitas.pledge_point ORDER BY code;
SELECT count(*) AS points,
       bool_and(wording_2024 ~* '^Men' AND wording_2020 ~* '^Men') AS wordings_present
  FROM netralitas.pledge_point;

\set VERBOSITY default
UPDATE netralitas.pledge_point SET summary = 'x' WHERE code = 'P1';
\set VERBOSITY sqlstate
DELETE FROM netralitas.pledge_point WHERE code = 'P4';
INSERT INTO netralitas.pledge_point VALUES ('P4', 'x', 'x', 'x');
\set VERBOSITY default
-- (pledge_clause refers to it, which stops TRUNCATE before the guard)
TRUNCATE netralitas.pledge_point;
SELECT count(*) AS points FROM netralitas.pledge_point;

-- ---------------------------------------------------------------------------
-- pledge_clause: builtin rows for every point, ids below 100000, the same
-- as the wordings compiled into the extension
-- ---------------------------------------------------------------------------
SELECT p.code, count(c.id) > 0 AS has_builtin_wordings
  FROM netralitas.pledge_point AS p
  LEFT JOIN netralitas.pledge_clause AS c ON c.clause = p.code AND c.builtin
 GROUP BY p.code ORDER BY p.code;
SELECT bool_and(id < 100000) AS builtin_ids_below_100000, bool_and(enabled) AS all_enabled,
       count(*) = (SELECT count(*) FROM netralitas.builtin_pledge_clauses()) AS as_compiled
  FROM netralitas.pledge_clause WHERE builtin;
SELECT count(*) AS user_wordings FROM netralitas.pledge_clause WHERE NOT builtin;
SELECT count(*) AS differing
  FROM (SELECT id, clause, pattern, negative_form, distinctive
          FROM netralitas.pledge_clause WHERE builtin) AS t
  FULL JOIN netralitas.builtin_pledge_clauses() AS b USING (id)
 WHERE t IS DISTINCT FROM b;

-- pg_dump keeps the user wordings and the id sequence, not the shipped rows
SELECT c.relname, x.cond
  FROM pg_extension AS e
 CROSS JOIN LATERAL unnest(e.extconfig, e.extcondition) AS x(rel, cond)
  JOIN pg_class AS c ON c.oid = x.rel
 WHERE e.extname = 'netralitas' AND c.relname LIKE 'pledge%'
 ORDER BY c.relname;

-- ---------------------------------------------------------------------------
-- Functions: volatility, parallel safety, strictness, comments
-- ---------------------------------------------------------------------------
SELECT p.oid::regprocedure AS function, p.provolatile AS volatile, p.proparallel AS parallel,
       p.proisstrict AS strict, obj_description(p.oid, 'pg_proc') IS NOT NULL AS has_comment
  FROM pg_proc AS p
 WHERE p.pronamespace = 'netralitas'::regnamespace
   AND p.proname IN ('check_pledge', 'pledge_points', 'pledge_missing', 'pledge_complete',
                     'validate_pledge', 'pledge_is_valid', 'builtin_pledge_clauses')
 ORDER BY p.proname;
SELECT c.relname, obj_description(c.oid, 'pg_class') IS NOT NULL AS has_comment
  FROM pg_class AS c
 WHERE c.relnamespace = 'netralitas'::regnamespace AND c.relname IN ('pledge_point', 'pledge_clause')
 ORDER BY c.relname;
SELECT a.attname, col_description(a.attrelid, a.attnum) IS NOT NULL AS has_comment
  FROM pg_attribute AS a
 WHERE a.attrelid = 'netralitas.pledge_clause'::regclass
   AND a.attname IN ('pattern', 'negative_form', 'distinctive', 'election_year')
 ORDER BY a.attnum;

-- ---------------------------------------------------------------------------
-- Pledge texts
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE pledge (k text PRIMARY KEY, body text);
INSERT INTO pledge VALUES
-- the standard 2024 pledge, as read at the ceremonies
('full 2024',
 E'Kami Aparatur Sipil Negara (ASN) di lingkungan Pemerintah Kota Pekalongan berikrar:\n'
 '1. Menjaga dan menegakkan prinsip netralitas Pegawai ASN dalam melaksanakan fungsi pelayanan '
 'publik baik sebelum, selama, maupun sesudah Pemilu dan Pemilihan Tahun 2024;\n'
 '2. Menghindari konflik kepentingan, tidak melakukan praktik-praktik intimidasi dan ancaman '
 'kepada pegawai ASN dan seluruh elemen masyarakat, serta tidak memihak kepada pasangan calon '
 'tertentu;\n'
 '3. Menggunakan media sosial secara bijak, tidak menyebarkan ujaran kebencian dan berita bohong;\n'
 '4. Menolak politik uang dan segala jenis pemberian dalam bentuk apapun.\n'
 'Demikian ikrar ini kami buat dengan penuh kesadaran dan tanggung jawab.'),
-- the standard 2020 pledge (Pilkada serentak)
('full 2020',
 E'Kami Aparatur Sipil Negara Pemerintah Kabupaten Klaten berikrar:\n'
 '1. Menjaga dan menegakkan prinsip netralitas pegawai ASN dalam melaksanakan fungsi pelayanan '
 'publik baik sebelum, selama, maupun sesudah Pilkada serentak tahun 2020;\n'
 '2. Menghindari konflik kepentingan, tidak melakukan praktek-praktek intimidasi dan ancaman '
 'kepada pegawai ASN dan seluruh elemen masyarakat serta tidak memihak kepada pasangan calon '
 'tertentu;\n'
 '3. Menggunakan media sosial secara bijak, tidak dipergunakan untuk kepentingan pasangan calon '
 'tertentu, tidak menyebarkan ujaran kebencian serta berita bohong;\n'
 '4. Menolak politik uang dan segala jenis pemberian dalam bentuk apapun.'),
-- cut off in point 2, and cut off in point 2 before its first wording
('truncated in P2',
 E'Kami ASN Pemerintah Kota Pekalongan berikrar:\n'
 '1. Menjaga dan menegakkan prinsip netralitas Pegawai ASN dalam melaksanakan fungsi pelayanan '
 'publik baik sebelum, selama, maupun sesudah Pemilu dan Pemilihan Tahun 2024;\n'
 '2. Menghindari konflik kepentingan, tidak melakukan praktik-praktik intim'),
('truncated after P1',
 E'Kami ASN Pemerintah Kota Pekalongan berikrar:\n'
 '1. Menjaga dan menegakkan prinsip netralitas Pegawai ASN dalam melaksanakan fungsi pelayanan '
 'publik baik sebelum, selama, maupun sesudah Pemilu dan Pemilihan Tahun 2024;\n'
 '2. Menghindari konf'),
-- P1 and P4 turned around: not commitments
('negated P1 P4',
 E'Naskah ikrar tiruan yang beredar di media sosial berbunyi:\n'
 '1. tidak akan menjaga netralitas ASN dalam pelayanan publik;\n'
 '2. menghindari konflik kepentingan dan tidak memihak kepada pasangan calon tertentu;\n'
 '3. menggunakan media sosial secara bijak, tidak menyebarkan ujaran kebencian dan berita bohong;\n'
 '4. boleh menerima pemberian dalam bentuk apapun.'),
-- the standard wording of P1 with "tidak akan" in front: still not a commitment
('negated standard P1',
 E'Kami berikrar:\n'
 '1. Tidak akan menjaga dan menegakkan prinsip netralitas Pegawai ASN dalam melaksanakan fungsi '
 'pelayanan publik baik sebelum, selama, maupun sesudah Pemilu dan Pemilihan Tahun 2024;'),
-- news paraphrase, points in another order
('reordered paraphrase',
 E'Dalam apel pagi itu, ratusan pegawai mengucapkan empat komitmen. Pertama, menolak politik uang '
 'dan segala bentuk pemberian. Kedua, bijak dalam menggunakan media sosial dan tidak menyebarkan '
 'hoaks. Ketiga, tidak memihak pasangan calon mana pun. Keempat, menjunjung tinggi netralitas ASN '
 'dalam melayani masyarakat.'),
-- an appeal and a list of prohibitions: no commitment
('prohibitions',
 E'Sekda mengingatkan, ASN dilarang memasang alat peraga kampanye, dilarang menghadiri kampanye '
 'dan tidak boleh mengunggah foto bersama pasangan calon di media sosial.');

SELECT k, netralitas.pledge_points(body) AS points, netralitas.pledge_missing(body) AS missing,
       netralitas.pledge_complete(body) AS complete
  FROM pledge ORDER BY k;

-- the full pledge: every point present, with its evidence at [start, stop)
SELECT c.clause, c.present, c.evidence, c.start, c.stop,
       substr(p.body, c.start, c.stop - c.start) = c.evidence AS evidence_at_start_stop
  FROM pledge AS p CROSS JOIN LATERAL netralitas.check_pledge(p.body) AS c
 WHERE p.k = 'full 2024';

-- a negated wording is shown as the evidence of a point that is not present
SELECT c.clause, c.present, c.evidence,
       substr(p.body, c.start, c.stop - c.start) IS NOT DISTINCT FROM c.evidence AS evidence_at_start_stop
  FROM pledge AS p CROSS JOIN LATERAL netralitas.check_pledge(p.body) AS c
 WHERE p.k = 'negated P1 P4';

-- check_pledge, pledge_points, pledge_missing and pledge_complete agree
SELECT k, netralitas.pledge_points(body) = pg_temp.checked(body) AS check_pledge_agrees,
       netralitas.pledge_missing(body)
           = ARRAY(SELECT code FROM netralitas.pledge_point
                    WHERE code <> ALL (netralitas.pledge_points(body)) ORDER BY code) AS missing_agrees,
       netralitas.pledge_complete(body) = (cardinality(netralitas.pledge_points(body)) = 4) AS complete_agrees,
       (SELECT count(*) FROM netralitas.check_pledge(body)) AS check_rows
  FROM pledge ORDER BY k;

-- ... also where a wording is negated or prohibited in one place and plain
-- in another
SELECT t, netralitas.pledge_points(t) = pg_temp.checked(t) AS check_pledge_agrees
  FROM (VALUES ('ASN dilarang ikut kampanye dan harus tetap netral.'),
               ('ASN yang tidak menjaga netralitas akan disanksi, sehingga ASN harus tetap netral.'),
               ('Kami menolak untuk menjaga netralitas.'),
               ('Isi ikrar: hindari konflik kepentingan dan jangan memihak paslon, tidak menyebar hoaks.'))
       AS v(t);

-- NULL in, NULL out (no rows from check_pledge)
SELECT netralitas.pledge_points(NULL) IS NULL AS points_null,
       netralitas.pledge_missing(NULL) IS NULL AS missing_null,
       netralitas.pledge_complete(NULL) IS NULL AS complete_null,
       (SELECT count(*) FROM netralitas.check_pledge(NULL)) AS check_rows;
-- the empty string: no point, four rows
SELECT netralitas.pledge_points('') AS points, netralitas.pledge_missing('') AS missing,
       netralitas.pledge_complete('') AS complete,
       (SELECT count(*) FILTER (WHERE NOT present AND evidence IS NULL) FROM netralitas.check_pledge(''))
           AS absent_rows;

-- over 10 MB: the full pledge repeated, and one long word
CREATE TEMP TABLE big AS
SELECT 'repeated' AS k, repeat(body, 16000) AS body FROM pledge WHERE k = 'full 2024'
UNION ALL
SELECT 'one word', repeat('a', 10 * 1024 * 1024 + 1);
SELECT k, octet_length(body) > 10 * 1024 * 1024 AS over_10_mb, netralitas.pledge_points(body) AS points,
       netralitas.pledge_missing(body) AS missing, netralitas.pledge_complete(body) AS complete,
       (SELECT count(*) FROM netralitas.validate_pledge('19860926 201505 1 001', '2023-11-20',
                                                        'pemilu-2024', body)) AS problems
  FROM big ORDER BY k;
SELECT b.k, c.clause, c.present, c.start, c.stop
  FROM big AS b CROSS JOIN LATERAL netralitas.check_pledge(b.body) AS c
 ORDER BY b.k, c.clause;
DROP TABLE big;

-- ---------------------------------------------------------------------------
-- User wordings: used on the next call, gone after delete
-- ---------------------------------------------------------------------------
SELECT netralitas.pledge_points('Kami berikrar: ogah terima amplop dari siapa pun.') AS before_insert;
WITH i AS (INSERT INTO netralitas.pledge_clause (clause, pattern, note)
           VALUES ('P4', '\bogah\s+terima\s+amplop\b', 'regression test') RETURNING *)
SELECT id >= 100000 AS id_from_sequence, clause, pattern, negative_form, distinctive, enabled, builtin
  FROM i;
SELECT netralitas.pledge_points('Kami berikrar: ogah terima amplop dari siapa pun.') AS after_insert;
-- patterns are case-insensitive; the evidence is the text as written
SELECT clause, present, evidence, start, stop
  FROM netralitas.check_pledge('Kami berikrar: OGAH TERIMA AMPLOP dari siapa pun.') WHERE clause = 'P4';
-- a negator before it turns it around, as for the builtin wordings
SELECT netralitas.pledge_points('Kami berikrar: tidak ogah terima amplop.') AS negated_user_wording;
-- a user wording may not be changed into a pattern PCRE2 refuses (2201B)
SELECT id AS ogah_id FROM netralitas.pledge_clause WHERE note = 'regression test' \gset
SELECT pg_temp.try(format($$UPDATE netralitas.pledge_clause SET pattern = '(abc' WHERE id = %s$$, :ogah_id));
SELECT pattern FROM netralitas.pledge_clause WHERE id = :ogah_id;
DELETE FROM netralitas.pledge_clause WHERE note = 'regression test';
SELECT netralitas.pledge_points('Kami berikrar: ogah terima amplop dari siapa pun.') AS after_delete;

-- a pattern PCRE2 cannot compile is refused (2201B), with its offset
SELECT pg_temp.try($$INSERT INTO netralitas.pledge_clause (clause, pattern) VALUES ('P4', '(abc')$$);
\set VERBOSITY sqlstate
INSERT INTO netralitas.pledge_clause (clause, pattern) VALUES ('P4', 'amplop[');
\set VERBOSITY default

-- other columns are checked by the table (terse: the row in the DETAIL
-- carries a sequence value)
\set VERBOSITY terse
INSERT INTO netralitas.pledge_clause (clause, pattern) VALUES ('P5', '\bogah\b');
INSERT INTO netralitas.pledge_clause (id, clause, pattern) VALUES (99999, 'P4', '\bogah\b');
INSERT INTO netralitas.pledge_clause (clause, pattern, election_year) VALUES ('P4', '\bogah\b', 2101);
\set VERBOSITY default
SELECT count(*) AS user_wordings FROM netralitas.pledge_clause WHERE NOT builtin;

-- ---------------------------------------------------------------------------
-- Builtin wordings: only the enabled flag may change
-- ---------------------------------------------------------------------------
SELECT min(id) AS some_builtin_id FROM netralitas.pledge_clause WHERE builtin AND clause = 'P4' \gset
UPDATE netralitas.pledge_clause SET pattern = 'x' WHERE id = :some_builtin_id;
\set VERBOSITY sqlstate
UPDATE netralitas.pledge_clause SET clause = 'P3' WHERE id = :some_builtin_id;
UPDATE netralitas.pledge_clause SET enabled = false, negative_form = true WHERE id = :some_builtin_id;
DELETE FROM netralitas.pledge_clause WHERE id = :some_builtin_id;
INSERT INTO netralitas.pledge_clause (clause, pattern, builtin) VALUES ('P4', '\bogah\b', true);
TRUNCATE netralitas.pledge_clause;
\set VERBOSITY default
SELECT count(*) = (SELECT count(*) FROM netralitas.builtin_pledge_clauses()) AS builtin_rows_intact,
       count(*) FILTER (WHERE pattern = 'x') AS changed
  FROM netralitas.pledge_clause WHERE builtin;

-- switching the P4 wordings off and on again
UPDATE netralitas.pledge_clause SET enabled = false WHERE builtin AND clause = 'P4';
SELECT netralitas.pledge_points(body) AS points, netralitas.pledge_complete(body) AS complete
  FROM pledge WHERE k = 'full 2024';
UPDATE netralitas.pledge_clause SET enabled = true WHERE builtin AND clause = 'P4';
SELECT netralitas.pledge_points(body) AS points, netralitas.pledge_complete(body) AS complete
  FROM pledge WHERE k = 'full 2024';

-- ---------------------------------------------------------------------------
-- validate_pledge and pledge_is_valid
-- ---------------------------------------------------------------------------
-- the same pledge in the words of PNS only, and of PPPK only
INSERT INTO pledge
SELECT 'pns only', replace(replace(body, 'Aparatur Sipil Negara (ASN)', 'Pegawai Negeri Sipil (PNS)'),
                           'ASN', 'PNS')
  FROM pledge WHERE k = 'full 2024'
UNION ALL
SELECT 'pppk only', replace(replace(body, 'Aparatur Sipil Negara (ASN)', 'PPPK'), 'ASN', 'PPPK')
  FROM pledge WHERE k = 'full 2024'
UNION ALL
-- "PNS" only as its first word
SELECT 'pns first word', 'PNS Pemerintah Kota Pekalongan berikrar: '
       || replace(replace(substr(body, strpos(body, E'\n') + 1), ' Pegawai ASN', ''),
                  'pegawai ASN', 'sesama pegawai')
  FROM pledge WHERE k = 'full 2024';
SELECT k, body ~ 'ASN' AS says_asn, body ~ 'PNS' AS says_pns, body ~ 'PPPK' AS says_pppk,
       netralitas.pledge_complete(body) AS complete
  FROM pledge WHERE k IN ('pns only', 'pppk only', 'pns first word') ORDER BY k;

CREATE TEMP TABLE record (k text PRIMARY KEY, signer netralitas.nip, signed_on date,
                          election text, body text);
INSERT INTO record
SELECT r.k, r.signer::netralitas.nip, r.signed_on::date, r.election, p.body
  FROM (VALUES
        ('a valid',                    '19860926 201505 1 001', '2023-11-20', 'pemilu-2024', 'full 2024'),
        ('b no signer',                NULL,                    '2023-11-20', 'pemilu-2024', 'full 2024'),
        ('c no date',                  '19860926 201505 1 001', NULL,         'pemilu-2024', 'full 2024'),
        ('d date 1899',                '19860926 201505 1 001', '1899-12-31', 'pemilu-2024', 'full 2024'),
        ('e date 2101',                '19860926 201505 1 001', '2101-01-01', 'pemilu-2024', 'full 2024'),
        ('f date infinity',            '19860926 201505 1 001', 'infinity',   'pemilu-2024', 'full 2024'),
        ('g no election',              '19860926 201505 1 001', '2023-11-20', NULL,          'full 2024'),
        ('h unknown election',         '19860926 201505 1 001', '2023-11-20', 'pemilu-2029', 'full 2024'),
        ('i after voting day',         '19860926 201505 1 001', '2024-03-01', 'pemilu-2024', 'full 2024'),
        ('j under 18, not appointed',  '19860926 200409 1 001', '2004-01-01', 'pemilu-2024', 'full 2024'),
        ('k under 18',                 '200606012024241001',    '2024-03-01', 'pilkada-2024', 'full 2024'),
        ('l not yet appointed',        '19900913 202312 1 002', '2023-11-20', 'pemilu-2024', 'full 2024'),
        ('m no body',                  '19860926 201505 1 001', '2023-11-20', 'pemilu-2024', NULL),
        ('n clauses missing',          '19860926 201505 1 001', '2023-11-20', 'pemilu-2024', 'truncated in P2'),
        ('o pilkada 2020 text',        '19860926 201505 1 001', '2023-11-20', 'pemilu-2024', 'full 2020'),
        ('p pppk, pns text',           '199009132023241014',    '2023-11-20', 'pemilu-2024', 'pns only'),
        ('q pppk 2025, pns text',      '199009132025242014',    '2023-11-20', 'pemilu-2024', 'pns only'),
        ('r pns, pppk text',           '19860926 201505 1 001', '2023-11-20', 'pemilu-2024', 'pppk only'),
        ('s pppk, pns first word',     '199009132023241014',    '2023-11-20', 'pemilu-2024', 'pns first word'),
        ('t pppk, standard text',      '199009132023241014',    '2023-11-20', 'pemilu-2024', 'full 2024'),
        ('u pilkada 2020 record',      '19860926 201505 1 001', '2020-10-01', 'pilkada-2020', 'full 2020'),
        ('v everything missing',       NULL,                    NULL,         NULL,          NULL))
       AS r(k, signer, signed_on, election, pledge)
  LEFT JOIN pledge AS p ON p.k = r.pledge;

-- the valid record: no problem at all
SELECT count(*) AS problems
  FROM netralitas.validate_pledge('19860926 201505 1 001', '2023-11-20', 'pemilu-2024',
                                  (SELECT body FROM pledge WHERE k = 'full 2024'));
SELECT r.k, v.problem, v.detail
  FROM record AS r CROSS JOIN LATERAL netralitas.validate_pledge(r.signer, r.signed_on, r.election, r.body) AS v
 ORDER BY r.k, v.problem, v.detail;

-- pledge_is_valid is true exactly when validate_pledge finds nothing
SELECT k, netralitas.pledge_is_valid(signer, signed_on, election, body) AS valid,
       netralitas.pledge_is_valid(signer, signed_on, election, body)
           = NOT EXISTS (SELECT FROM netralitas.validate_pledge(signer, signed_on, election, body))
           AS agrees
  FROM record ORDER BY k;

-- every kind of problem is reported by some record above
SELECT kind, EXISTS (SELECT FROM record AS r
                      CROSS JOIN LATERAL netralitas.validate_pledge(r.signer, r.signed_on, r.election, r.body) AS v
                      WHERE v.problem = kind) AS reported
  FROM unnest(ARRAY['missing_signer', 'missing_date', 'implausible_date', 'missing_election',
                    'unknown_election', 'signed_after_voting_day', 'signer_under_18',
                    'not_yet_appointed', 'missing_body', 'missing_clause', 'other_election_year',
                    'wording_for_pns', 'wording_for_pppk']) AS kind;

-- an empty text is a missing body, not four missing points
SELECT problem FROM netralitas.validate_pledge('19860926 201505 1 001', '2023-11-20', 'pemilu-2024', '');

-- ---------------------------------------------------------------------------
-- A pledge register: one pledge per signer and election, valid or refused
-- ---------------------------------------------------------------------------
CREATE TABLE register (
    signer netralitas.nip,
    signed_on date,
    election text REFERENCES netralitas.election (id),
    body text,
    UNIQUE (signer, election),
    CHECK (netralitas.pledge_is_valid(signer, signed_on, election, body))
);
INSERT INTO register SELECT signer, signed_on, election, body FROM record WHERE k = 'a valid';
INSERT INTO register SELECT signer, signed_on, election, body FROM record WHERE k = 'u pilkada 2020 record';
SELECT pg_temp.try($$INSERT INTO register SELECT signer, signed_on, election, body FROM record
                     WHERE k = 'n clauses missing'$$);
SELECT pg_temp.try($$INSERT INTO register SELECT signer, signed_on, election, body FROM record
                     WHERE k = 'i after voting day'$$);
SELECT pg_temp.try($$INSERT INTO register SELECT signer, '2023-11-21', election, body FROM record
                     WHERE k = 'a valid'$$);
SELECT netralitas.nip_format(signer) AS signer, signed_on, election, netralitas.pledge_complete(body) AS complete
  FROM register ORDER BY election;
DROP TABLE register;

-- ---------------------------------------------------------------------------
-- Share of complete pledges per region
-- ---------------------------------------------------------------------------
CREATE TABLE pledge_report (region text REFERENCES netralitas.region (code), body text);
INSERT INTO pledge_report
SELECT '33.75', body FROM pledge WHERE k IN ('full 2024', 'truncated in P2', 'reordered paraphrase')
UNION ALL
SELECT '33.10', body FROM pledge WHERE k IN ('full 2020', 'negated P1 P4')
UNION ALL
SELECT '34.04', body FROM pledge WHERE k IN ('truncated after P1', 'prohibitions');

SELECT g.name AS region, count(*) AS pledges,
       count(*) FILTER (WHERE netralitas.pledge_complete(p.body)) AS complete,
       round(100.0 * avg(netralitas.pledge_complete(p.body)::int), 1) AS complete_pct
  FROM pledge_report AS p JOIN netralitas.region AS g ON g.code = p.region
 GROUP BY g.name ORDER BY complete_pct DESC, g.name;
-- and the points most often missing there
SELECT m AS missing_point, count(*) AS pledges
  FROM pledge_report AS p CROSS JOIN LATERAL unnest(netralitas.pledge_missing(p.body)) AS m
 GROUP BY m ORDER BY m;
DROP TABLE pledge_report;

-- ---------------------------------------------------------------------------
-- An ordinary role reads the tables and checks pledges, but cannot change
-- the wordings
-- ---------------------------------------------------------------------------
SELECT body AS full_2024 FROM pledge WHERE k = 'full 2024' \gset
CREATE ROLE regress_netralitas_pledge_reader;
SET ROLE regress_netralitas_pledge_reader;
SELECT netralitas.pledge_points(:'full_2024'), netralitas.pledge_complete(:'full_2024');
SELECT count(*) > 0 AS sees_wordings FROM netralitas.pledge_clause;
SELECT count(*) AS points FROM netralitas.pledge_point;
INSERT INTO netralitas.pledge_clause (clause, pattern) VALUES ('P4', '\bogah\b');
RESET ROLE;
DROP ROLE regress_netralitas_pledge_reader;
SELECT count(*) AS user_wordings FROM netralitas.pledge_clause WHERE NOT builtin;
