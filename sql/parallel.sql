--
-- parallel: every function of the extension gives the same rows when a
-- query runs in parallel workers as when the leader runs it alone, and
-- every function a query can call is marked PARALLEL SAFE.  Only counts
-- are printed (rows found by one run and not the other, both 0), so this
-- file does not change when the rules or the extraction change.  The texts
-- were written for this test; the NIPs and NIKs are invented.
--
SET search_path = public;

-- ---------------------------------------------------------------------------
-- Markings
-- ---------------------------------------------------------------------------
-- The functions of the extension that are not PARALLEL SAFE.  Only trigger
-- functions may be here: a trigger fires for INSERT, UPDATE, DELETE or
-- TRUNCATE, which PostgreSQL never runs in a parallel worker, and a query
-- cannot call a function returning trigger, so the planner never looks at
-- their marking.  They keep the default, UNSAFE, which is also the truthful
-- one: rule_table_changed() sends a relcache invalidation, and the others
-- guard writes.
SELECT p.oid::regprocedure AS function, p.proparallel,
       p.prorettype = 'trigger'::regtype AS is_trigger
  FROM pg_proc p
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                  AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'netralitas'
 WHERE p.proparallel <> 's'
 ORDER BY 1::text;

-- Functions of the extension that this file does not run in parallel (a new
-- function makes this fail until a query below calls it and it is listed
-- here).  nip_recv and nik_recv read binary input (COPY, bind parameters),
-- which never happens in a worker; no SQL query can call them.
CREATE TABLE par_covered (fn regprocedure);
INSERT INTO par_covered VALUES
    ('netralitas.nip_in(cstring)'), ('netralitas.nip_out(netralitas.nip)'),
    ('netralitas.nip_recv(internal)'), ('netralitas.nip_send(netralitas.nip)'),
    ('netralitas.nip(bigint)'),
    ('netralitas.nip_lt(netralitas.nip, netralitas.nip)'), ('netralitas.nip_le(netralitas.nip, netralitas.nip)'),
    ('netralitas.nip_eq(netralitas.nip, netralitas.nip)'), ('netralitas.nip_ne(netralitas.nip, netralitas.nip)'),
    ('netralitas.nip_ge(netralitas.nip, netralitas.nip)'), ('netralitas.nip_gt(netralitas.nip, netralitas.nip)'),
    ('netralitas.nip_cmp(netralitas.nip, netralitas.nip)'), ('netralitas.nip_hash(netralitas.nip)'),
    ('netralitas.nip_hash_extended(netralitas.nip, bigint)'),
    ('netralitas.nip_is_valid(text)'), ('netralitas.nip_format(netralitas.nip)'),
    ('netralitas.nip_birth_date(netralitas.nip)'), ('netralitas.nip_appointed_on(netralitas.nip)'),
    ('netralitas.nip_appointed_year(netralitas.nip)'), ('netralitas.nip_gender(netralitas.nip)'),
    ('netralitas.nip_serial(netralitas.nip)'), ('netralitas.nip_kind(netralitas.nip)'),
    ('netralitas.nip_age(netralitas.nip, date)'),
    ('netralitas.nik_in(cstring)'), ('netralitas.nik_out(netralitas.nik)'),
    ('netralitas.nik_recv(internal)'), ('netralitas.nik_send(netralitas.nik)'),
    ('netralitas.nik(bigint)'),
    ('netralitas.nik_lt(netralitas.nik, netralitas.nik)'), ('netralitas.nik_le(netralitas.nik, netralitas.nik)'),
    ('netralitas.nik_eq(netralitas.nik, netralitas.nik)'), ('netralitas.nik_ne(netralitas.nik, netralitas.nik)'),
    ('netralitas.nik_ge(netralitas.nik, netralitas.nik)'), ('netralitas.nik_gt(netralitas.nik, netralitas.nik)'),
    ('netralitas.nik_cmp(netralitas.nik, netralitas.nik)'), ('netralitas.nik_hash(netralitas.nik)'),
    ('netralitas.nik_hash_extended(netralitas.nik, bigint)'),
    ('netralitas.nik_is_valid(text)'), ('netralitas.nik_region_code(netralitas.nik)'),
    ('netralitas.nik_province_code(netralitas.nik)'), ('netralitas.nik_district_code(netralitas.nik)'),
    ('netralitas.nik_birth_date(netralitas.nik)'), ('netralitas.nik_birth_date(netralitas.nik, date)'),
    ('netralitas.nik_gender(netralitas.nik)'),
    ('netralitas.reference_guard()'), ('netralitas.rule_pattern_validate()'),
    ('netralitas.rule_table_changed()'),
    ('netralitas.election_calendar()'), ('netralitas.election_on(date)'),
    ('netralitas.election_id(text, integer)'), ('netralitas.region_catalog()'),
    ('netralitas.clean_article(text)'), ('netralitas.extract_article(text, text)'),
    ('netralitas.article_officials(text, text)'), ('netralitas.article_regions(text, text)'),
    ('netralitas.article_dates(text, text)'),
    ('netralitas.builtin_violation_rules()'), ('netralitas.stem_text(text)'),
    ('netralitas.violation_matches(text)'), ('netralitas.classify_violation(text)'),
    ('netralitas.violation_forms(text)'), ('netralitas.is_incident(text)'),
    ('netralitas.builtin_pledge_clauses()'), ('netralitas.check_pledge(text)'),
    ('netralitas.pledge_points(text)'), ('netralitas.pledge_missing(text)'),
    ('netralitas.pledge_complete(text)'),
    ('netralitas.validate_pledge(netralitas.nip, date, text, text)'),
    ('netralitas.pledge_is_valid(netralitas.nip, date, text, text)'),
    ('netralitas.library_version()'), ('netralitas.rule_set_digest()');
SELECT p.oid::regprocedure AS not_covered
  FROM pg_proc p
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                  AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'netralitas'
 WHERE p.oid NOT IN (SELECT fn FROM par_covered)
 ORDER BY 1::text;
DROP TABLE par_covered;

-- ---------------------------------------------------------------------------
-- Input: 320 rows of reports, pledges, appeals and scraped pages (with some
-- NULLs and some invalid identifiers).  Not a temporary table: workers
-- cannot read those.
-- ---------------------------------------------------------------------------
CREATE TABLE par_input AS
SELECT i AS id,
       CASE WHEN i % 53 = 0 THEN NULL ELSE body END AS body,
       CASE WHEN i % 41 = 0 THEN NULL ELSE
           site || E'\nBeranda | Daerah | Politik | Pilkada 2024 | Hukum\n\n' || headline || E'\n\n'
           || day || ', ' || (1 + i % 28) || E' Oktober 2024 | 09:' || to_char(i % 60, 'FM00') || E' WIB\n'
           || E'Penulis: Redaksi\n\nADVERTISEMENT\n\n'
           || upper(kab) || ', ' || site || ' – ' || body || E'\n\n'
           || 'Ketua Bawaslu Kabupaten ' || kab || ' ' || official
           || ' mengatakan pihaknya terus mengawasi netralitas ASN menjelang hari pemungutan suara. '
           || '"Kami minta masyarakat melapor jika menemukan dugaan pelanggaran," ujarnya.'
           || E'\n\nBaca Juga: Harga Cabai di Pasar ' || kab || E' Turun Jelang Akhir Pekan\n\n'
           || 'Menurut dia, aturan netralitas merujuk pada SKB tahun 2022 dan PP Nomor 94 Tahun 2021 '
           || E'tentang Disiplin PNS.\n\nTag: Netralitas ASN, Bawaslu, Pilkada 2024\n'
           || '© 2024 ' || site || E'. Hak cipta dilindungi.\n'
       END AS raw,
       CASE WHEN i % 7 = 0 THEN NULL ELSE 'https://www.' || lower(site) || '/berita/' || i END AS url,
       CASE i % 6
       WHEN 0 THEN nip_text
       WHEN 1 THEN substr(nip_text, 1, 8) || ' ' || substr(nip_text, 9, 6) || ' '
                   || substr(nip_text, 15, 1) || ' ' || substr(nip_text, 16)
       WHEN 2 THEN substr(nip_text, 1, 17)                       -- 17 digits
       WHEN 3 THEN substr(nip_text, 1, 14) || '3' || substr(nip_text, 16)  -- gender 3
       WHEN 4 THEN substr(nip_text, 1, 4) || '0231' || substr(nip_text, 9) -- 31 Feb
       ELSE nip_text || 'x'
       END AS nip_text,
       CASE WHEN i % 31 = 0 THEN NULL ELSE nip_text::netralitas.nip END AS signer,
       CASE i % 4
       WHEN 0 THEN nik_text
       WHEN 1 THEN substr(nik_text, 1, 2) || '.' || substr(nik_text, 3, 2) || '.' || substr(nik_text, 5, 2)
                   || '.' || substr(nik_text, 7, 6) || '.' || substr(nik_text, 13)
       WHEN 2 THEN '99' || substr(nik_text, 3)                    -- no such province
       ELSE substr(nik_text, 1, 12) || '0000'                      -- serial 0000
       END AS nik_text,
       CASE WHEN i % 29 = 0 THEN NULL ELSE nik_text::netralitas.nik END AS holder,
       CASE WHEN i % 37 = 0 THEN NULL ELSE date '2023-06-01' + i * 2 END AS signed_on,
       (ARRAY['pemilu-2024', 'pilkada-2024', 'pilkada-2020', 'pemilu-2030', NULL])[1 + i % 5] AS election,
       (ARRAY['pemilu', 'Pilkada', 'pilgub', 'pileg', 'rapat'])[1 + i % 5] AS kind,
       2014 + i % 12 AS year,
       date '2014-01-01' + i * 13 AS d
  FROM generate_series(1, 320) AS i,
       LATERAL (SELECT
           (ARRAY['Sleman', 'Banyumas', 'Jember', 'Gowa', 'Lombok Timur', 'Kampar', 'Minahasa', 'Tabalong'])[1 + i % 8] AS kab,
           (ARRAY['WartaDaerah.id', 'KabarNusa.com', 'SuaraDesa.co.id'])[1 + i % 3] AS site,
           (ARRAY['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat'])[1 + i % 5] AS day,
           (ARRAY['Ahmad Fauzi', 'Siti Rahmawati', 'Yohanes Lado', 'Made Sudarsana'])[1 + i % 4] AS official,
           -- born 1966-1996, appointed at 19-30 (PNS) or in 2022 (PPPK)
           to_char(date '1966-01-01' + (i * 97) % 11000, 'YYYYMMDD')
           || CASE WHEN i % 9 = 0 THEN '202221'
                   ELSE (extract(year FROM date '1966-01-01' + (i * 97) % 11000)::int + 19 + i % 12)::text
                        || to_char(1 + i % 12, 'FM00') END
           || (1 + i % 2)::text || to_char(1 + (i * 7) % 999, 'FM000') AS nip_text,
           -- regency codes of the eight regencies above, district 01-12,
           -- birth DDMMYY (day + 40 for women), serial
           (ARRAY['3404', '3302', '3509', '7306', '5203', '1406', '7102', '6309'])[1 + i % 8]
           || to_char(1 + i % 12, 'FM00')
           || to_char(1 + i % 28 + CASE WHEN i % 2 = 0 THEN 40 ELSE 0 END, 'FM00')
           || to_char(1 + i % 12, 'FM00') || to_char((i * 3) % 100, 'FM00')
           || to_char(1 + i % 9999, 'FM0000') AS nik_text,
           CASE i % 5
           WHEN 0 THEN (ARRAY['Seorang guru PNS di SD Negeri 2 Kecamatan Depok',
                              'Camat Sumbersari',
                              'Seorang staf Dinas Perhubungan yang berstatus ASN',
                              'Kepala Bidang di BKPSDM'])[1 + i % 4]
                       || ' ' || (ARRAY['kedapatan memasang baliho calon bupati di depan rumah dinasnya',
                                       'mengunggah foto bersama pasangan calon sambil mengacungkan dua jari',
                                       'hadir dalam deklarasi dukungan kepada calon anggota DPRD',
                                       'membagikan sembako bergambar calon kepada warga',
                                       'memakai mobil dinas berpelat merah untuk mengangkut logistik kampanye'])[1 + i % 5]
                       || ', ' || (ARRAY['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat'])[1 + i % 5]
                       || ' (' || (1 + i % 28) || '/10/2024). '
                       || (ARRAY['Kasus itu dilaporkan warga ke Bawaslu dan sudah diklarifikasi.',
                                 'Temuan Panwascam tersebut diteruskan ke BKN.',
                                 'Tangkapan layar unggahan itu beredar di grup percakapan warga.'])[1 + i % 3]
           WHEN 1 THEN 'Sebanyak ' || (50 + i) || ' ASN mengikuti apel ikrar netralitas, ' || (1 + i % 28)
                       || ' September 2024. Kami berikrar: '
                       || (ARRAY['1. menjaga dan menegakkan prinsip netralitas sebelum, selama, dan sesudah pemilihan; '
                                 '2. menghindari konflik kepentingan dan tidak memihak kepada pasangan calon tertentu; '
                                 '3. menggunakan media sosial secara bijak dan tidak menyebarkan ujaran kebencian; '
                                 '4. menolak politik uang dan segala jenis pemberian.',
                                 '1. menjaga dan menegakkan prinsip netralitas; 2. menghindari konflik kepentingan; '
                                 '3. tidak akan menggunakan media sosial secara bijak.',
                                 'menolak politik uang dalam bentuk apa pun dan menjaga netralitas ASN.'])[1 + i % 3]
           WHEN 2 THEN (ARRAY['Sekda mengingatkan bahwa ASN dilarang memasang alat peraga kampanye.',
                              'Bawaslu mengimbau ASN agar tidak menghadiri kampanye pasangan calon.',
                              'Menurut BKN, ASN yang terbukti tidak netral dapat dijatuhi sanksi disiplin berat.'])[1 + i % 3]
                       || ' Imbauan itu disampaikan pada 3 Oktober 2024.'
           WHEN 3 THEN 'Pj. Bupati ' || (ARRAY['Sleman', 'Gowa', 'Kampar'])[1 + i % 3]
                       || ' Dr. H. Bambang Sutrisno, M.Si., meminta para camat “bekerja profesional” '
                       || 'dan mengingatkan larangan ASN berfoto dengan calon. Ikrar netralitas digelar di pendapa, '
                       || 'Kamis (12/9/2024), dihadiri Forkopimda dan Ketua KPU.'
           ELSE 'Lurah berstatus PNS di Kecamatan Mlati diduga mengajak warga memilih pasangan calon nomor urut 1 '
                || 'dalam pertemuan RT. Bawaslu memanggil terlapor untuk klarifikasi pekan depan; laporan '
                || 'itu diterima dari warga pada ' || (1 + i % 28) || ' Oktober 2024.'
           END AS body,
           (ARRAY['Ratusan ASN Ikuti Apel Ikrar Netralitas Jelang Pilkada 2024',
                  'Diduga Tidak Netral, Seorang Camat Dilaporkan ke Bawaslu',
                  'Bawaslu Ingatkan ASN Jaga Netralitas di Media Sosial'])[1 + i % 3] AS headline
       ) AS f;
-- Real parallel scans of a small table: 2 workers, no minimum size.
ALTER TABLE par_input SET (parallel_workers = 2);
ANALYZE par_input;
SELECT count(*) AS rows, count(body) AS bodies, count(raw) AS pages, count(signer) AS signers,
       count(holder) AS holders, count(*) FILTER (WHERE netralitas.nip_is_valid(nip_text)) AS valid_nip_texts,
       count(*) FILTER (WHERE netralitas.nik_is_valid(nik_text)) AS valid_nik_texts
  FROM par_input;

-- ---------------------------------------------------------------------------
-- The queries, as views: each calls functions of the extension on every row
-- (or a set-returning one once).  Operators of nip and nik are written
-- qualified: netralitas is not on the search_path here.
-- ---------------------------------------------------------------------------
CREATE VIEW par_nip AS
SELECT id, netralitas.nip_is_valid(nip_text) AS valid,
       CASE WHEN netralitas.nip_is_valid(nip_text) THEN nip_text::netralitas.nip END AS parsed,
       signer::text AS out, netralitas.nip_send(signer) AS bin, netralitas.nip(signer::bigint) AS from_bigint,
       netralitas.nip_format(signer), netralitas.nip_birth_date(signer), netralitas.nip_appointed_on(signer),
       netralitas.nip_appointed_year(signer), netralitas.nip_gender(signer), netralitas.nip_serial(signer),
       netralitas.nip_kind(signer), netralitas.nip_age(signer, signed_on),
       netralitas.nip_cmp(signer, '198001012005011001'), netralitas.nip_hash(signer),
       netralitas.nip_hash_extended(signer, 42),
       netralitas.nip_lt(signer, '198001012005011001') AS lt, netralitas.nip_le(signer, '198001012005011001') AS le,
       netralitas.nip_eq(signer, '198001012005011001') AS eq, netralitas.nip_ne(signer, '198001012005011001') AS ne,
       netralitas.nip_ge(signer, '198001012005011001') AS ge, netralitas.nip_gt(signer, '198001012005011001') AS gt,
       signer OPERATOR(netralitas.<) '198001012005011001' AS lt_op
  FROM par_input;

CREATE VIEW par_nik AS
SELECT id, netralitas.nik_is_valid(nik_text) AS valid,
       CASE WHEN netralitas.nik_is_valid(nik_text) THEN nik_text::netralitas.nik END AS parsed,
       holder::text AS out, netralitas.nik_send(holder) AS bin, netralitas.nik(holder::bigint) AS from_bigint,
       netralitas.nik_region_code(holder), netralitas.nik_province_code(holder),
       netralitas.nik_district_code(holder), netralitas.nik_birth_date(holder),
       netralitas.nik_birth_date(holder, signed_on) AS born_before, netralitas.nik_gender(holder),
       netralitas.nik_cmp(holder, '3404010101900001'), netralitas.nik_hash(holder),
       netralitas.nik_hash_extended(holder, 42),
       netralitas.nik_lt(holder, '3404010101900001') AS lt, netralitas.nik_le(holder, '3404010101900001') AS le,
       netralitas.nik_eq(holder, '3404010101900001') AS eq, netralitas.nik_ne(holder, '3404010101900001') AS ne,
       netralitas.nik_ge(holder, '3404010101900001') AS ge, netralitas.nik_gt(holder, '3404010101900001') AS gt
  FROM par_input;

-- grouping, sorting and joining by nip and nik (hash and btree support in
-- workers: partial aggregates, Gather Merge, parallel hash join)
CREATE VIEW par_keys AS
SELECT 'nip' AS k, signer::text AS v, count(*) AS n FROM par_input GROUP BY signer
UNION ALL
SELECT 'nik', holder::text, count(*) FROM par_input GROUP BY holder
UNION ALL
SELECT 'join', a.id || '-' || b.id, 1
  FROM par_input a JOIN par_input b ON a.signer OPERATOR(netralitas.=) b.signer
                                   AND a.holder OPERATOR(netralitas.=) b.holder;

CREATE VIEW par_calendar AS
SELECT id, netralitas.election_on(d), netralitas.election_id(kind, year) FROM par_input;

-- the compiled-in catalogs (no table: force_parallel_mode runs them in a
-- worker)
CREATE VIEW par_catalogs AS
SELECT 'election' AS k, c::text AS v FROM netralitas.election_calendar() c
UNION ALL SELECT 'region', r::text FROM netralitas.region_catalog() r
UNION ALL SELECT 'rule', b::text FROM netralitas.builtin_violation_rules() b
UNION ALL SELECT 'clause', p::text FROM netralitas.builtin_pledge_clauses() p;

-- the library and rule-set versions every process reports
CREATE VIEW par_meta AS
SELECT id, netralitas.library_version(), netralitas.rule_set_digest() FROM par_input;

CREATE VIEW par_article AS
SELECT id, netralitas.clean_article(raw), netralitas.extract_article(raw, url) AS facts,
       netralitas.extract_article(raw) AS facts_without_url
  FROM par_input;

CREATE VIEW par_article_rows AS
SELECT id, 'official' AS k, o::text AS v FROM par_input, netralitas.article_officials(raw, url) o
UNION ALL
SELECT id, 'region', r::text FROM par_input, netralitas.article_regions(raw, url) r
UNION ALL
SELECT id, 'date', d::text FROM par_input, netralitas.article_dates(raw, url) d;

CREATE VIEW par_violation AS
SELECT id, netralitas.stem_text(body), netralitas.violation_forms(body), netralitas.is_incident(body),
       netralitas.violation_forms(raw) AS page_forms
  FROM par_input;

CREATE VIEW par_violation_rows AS
SELECT id, 'classify' AS k, c::text AS v FROM par_input, netralitas.classify_violation(body) c
UNION ALL
SELECT id, 'matches', m::text FROM par_input, netralitas.violation_matches(body) m;

CREATE VIEW par_pledge AS
SELECT id, netralitas.pledge_points(body), netralitas.pledge_missing(body),
       netralitas.pledge_complete(body),
       netralitas.pledge_is_valid(signer, signed_on, election, body)
  FROM par_input;

CREATE VIEW par_pledge_rows AS
SELECT id, 'check' AS k, c::text AS v FROM par_input, netralitas.check_pledge(body) c
UNION ALL
SELECT id, 'validate', v::text FROM par_input, netralitas.validate_pledge(signer, signed_on, election, body) v;

-- ---------------------------------------------------------------------------
-- Serial and parallel runs of a view, compared as multisets (parallel
-- plans return rows in another order).  The parallel run is forced: every
-- query gets a Gather (force_parallel_mode, renamed debug_parallel_query in
-- PostgreSQL 16) and scans par_input with 2 workers, without the leader.
--   serial_only, parallel_only: rows of one run missing from the other
--   has_rows: the view is not empty (a comparison of nothing proves nothing)
--   in_workers: the parallel run launched workers (false on a server with
--   max_worker_processes or max_parallel_workers at 0: nothing was tested)
-- Not in pg_temp: the sessions below use it too.
-- ---------------------------------------------------------------------------
CREATE FUNCTION par_compare(v text, OUT serial_only bigint, OUT parallel_only bigint,
                            OUT has_rows boolean, OUT in_workers boolean)
LANGUAGE plpgsql AS $$
DECLARE
	force text := CASE WHEN current_setting('server_version_num')::int >= 160000
	                   THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END;
	plan text;
BEGIN
	-- settings local to the calling statement's transaction
	PERFORM set_config(force, 'off', true);
	PERFORM set_config('max_parallel_workers_per_gather', '0', true);
	EXECUTE format('CREATE TABLE par_serial AS SELECT * FROM %I', v);

	PERFORM set_config(force, 'on', true);
	PERFORM set_config('max_parallel_workers_per_gather', '2', true);
	PERFORM set_config('parallel_setup_cost', '0', true);
	PERFORM set_config('parallel_tuple_cost', '0', true);
	PERFORM set_config('min_parallel_table_scan_size', '0', true);
	-- only workers run the plan (else the leader may read a small table alone)
	PERFORM set_config('parallel_leader_participation', 'off', true);
	EXECUTE format('EXPLAIN (ANALYZE, TIMING OFF, SUMMARY OFF, FORMAT JSON) '
	               'CREATE TABLE par_parallel AS SELECT * FROM %I', v) INTO plan;
	PERFORM set_config(force, 'off', true);
	PERFORM set_config('max_parallel_workers_per_gather', '0', true);
	PERFORM set_config('parallel_leader_participation', 'on', true);

	SELECT coalesce(sum(m[1]::int), 0) > 0 INTO in_workers
	  FROM regexp_matches(plan, '"Workers Launched": (\d+)', 'g') AS m;
	SELECT count(*) INTO serial_only FROM (TABLE par_serial EXCEPT ALL TABLE par_parallel) AS x;
	SELECT count(*) INTO parallel_only FROM (TABLE par_parallel EXCEPT ALL TABLE par_serial) AS x;
	SELECT count(*) > 0 INTO has_rows FROM par_serial;
	DROP TABLE par_serial, par_parallel;
END
$$;

SELECT v AS query, c.*
  FROM unnest(ARRAY['par_nip', 'par_nik', 'par_keys', 'par_calendar', 'par_catalogs',
                    'par_meta', 'par_article', 'par_article_rows', 'par_violation', 'par_violation_rows',
                    'par_pledge', 'par_pledge_rows']) WITH ORDINALITY AS q(v, n),
       par_compare(v) AS c
 ORDER BY n;

-- ---------------------------------------------------------------------------
-- Workers see the rule tables as the leader's transaction sees them: rules
-- added and switched off in an open transaction (explicit ids, so no
-- sequence value is used).  changed: the change has an effect on these
-- texts at all.  One session per rule table.
-- ---------------------------------------------------------------------------
\c -
SET search_path = public;
CREATE TABLE par_before AS SELECT id, violation_forms FROM par_violation;
BEGIN;
INSERT INTO netralitas.violation_rule (id, form, pattern, target, note)
VALUES (999001, 'F13', 'pelat\s+merah', 'text', 'parallel test');
UPDATE netralitas.violation_rule SET enabled = false WHERE builtin AND form = 'F08';
SELECT v AS query, c.*
  FROM unnest(ARRAY['par_violation', 'par_violation_rows', 'par_meta']) WITH ORDINALITY AS q(v, n),
       par_compare(v) AS c
 ORDER BY n;
SELECT count(*) > 0 AS changed
  FROM par_violation a JOIN par_before b USING (id)
 WHERE a.violation_forms IS DISTINCT FROM b.violation_forms;
ROLLBACK;
DROP TABLE par_before;
SELECT count(*) AS user_rules, count(*) FILTER (WHERE NOT enabled) AS disabled
  FROM netralitas.violation_rule WHERE NOT builtin OR NOT enabled;

-- Workers run with the leader's settings: a PCRE2 limit set in the session
-- stops a backtracking rule in a worker too (with the default limit the
-- text below is classified without error).
BEGIN;
INSERT INTO netralitas.violation_rule (id, form, pattern, target, note)
VALUES (999002, 'F13', '(a+)+$', 'text', 'parallel test');
CREATE TABLE par_backtrack AS
SELECT 'Seorang PNS dilaporkan warga karena ' || repeat('a', 12) || 'b a' AS body;
SELECT current_setting('server_version_num')::int >= 160000 AS pg16 \gset
\if :pg16
SET LOCAL debug_parallel_query = on;
\else
SET LOCAL force_parallel_mode = on;
\endif
SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
SET LOCAL parallel_leader_participation = off;
SET LOCAL max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT netralitas.violation_forms(body) FROM par_backtrack;
SELECT netralitas.violation_forms(body) IS NOT NULL AS classified FROM par_backtrack;
SET LOCAL netralitas.pcre_match_limit = 1000;
\set VERBOSITY sqlstate
SELECT netralitas.violation_forms(body) FROM par_backtrack;
\set VERBOSITY default
ROLLBACK;

\c -
SET search_path = public;
CREATE TABLE par_before AS SELECT id, pledge_points FROM par_pledge;
BEGIN;
INSERT INTO netralitas.pledge_clause (id, clause, pattern, note)
VALUES (999001, 'P2', '\bbekerja\s+profesional\b', 'parallel test');
UPDATE netralitas.pledge_clause SET enabled = false WHERE builtin AND clause = 'P4';
SELECT v AS query, c.*
  FROM unnest(ARRAY['par_pledge', 'par_pledge_rows', 'par_meta']) WITH ORDINALITY AS q(v, n),
       par_compare(v) AS c
 ORDER BY n;
SELECT count(*) > 0 AS changed
  FROM par_pledge a JOIN par_before b USING (id)
 WHERE a.pledge_points IS DISTINCT FROM b.pledge_points;
ROLLBACK;
DROP TABLE par_before;
SELECT count(*) AS user_clauses, count(*) FILTER (WHERE NOT enabled) AS disabled
  FROM netralitas.pledge_clause WHERE NOT builtin OR NOT enabled;

DROP FUNCTION par_compare(text);
DROP VIEW par_nip, par_nik, par_keys, par_calendar, par_catalogs, par_meta, par_article, par_article_rows,
          par_violation, par_violation_rows, par_pledge, par_pledge_rows;
DROP TABLE par_input;
