-- pledge: pledge_points over 1,000,000 pledge texts of about 750 bytes,
-- against a bare scan and against a plain-SQL baseline of four ILIKE tests
-- (one anchor phrase per point); COPY of 1,000,000 signed pledges into a
-- table whose CHECK constraint is pledge_is_valid(), against the same COPY
-- without the constraint.
--
-- The texts are recombined from test/pledge/labelled.jsonl: one labelled
-- text as the core, with sentences of other labelled texts and report
-- sentences (venue, participants, region names) around it, cut at a word
-- boundary after 690-810 characters, so that some pledges lose their last
-- points; one text in 33 is in capitals.  setseed() makes the table the
-- same on every run.
SET client_min_messages = warning;
\set rows 1000000
\set file '/tmp/netralitas_bench_pledges.txt'

-- psql reads the labelled texts itself (backquotes run client-side, from
-- the repo root), so the server needs no access to the source tree.
\set labelled `cat test/pledge/labelled.jsonl`

DROP TABLE IF EXISTS bench.pl_src, bench.pl_frag, bench.pl_noise, bench.pl_plan, bench.pledges,
                     bench.pl_copy_src, bench.pl_plain, bench.pl_checked;

CREATE UNLOGGED TABLE bench.pl_src AS
SELECT row_number() OVER (ORDER BY ln)::int AS n, l::jsonb ->> 'text' AS t
  FROM regexp_split_to_table(:'labelled', E'\n') WITH ORDINALITY AS s(l, ln)
 WHERE btrim(l) <> '';
-- Sentences and clauses of the labelled texts, for recombination.
CREATE UNLOGGED TABLE bench.pl_frag AS
SELECT row_number() OVER (ORDER BY s.n, f.k)::int AS n, f.s
  FROM bench.pl_src AS s,
       regexp_split_to_table(s.t, '(?<=[.;:])\s+') WITH ORDINALITY AS f(s, k)
 WHERE length(f.s) >= 25;
-- Report sentences around a pledge ({p}: a regency or city).
CREATE UNLOGGED TABLE bench.pl_noise AS
SELECT k::int AS n, s
  FROM unnest(ARRAY[
    'Apel dipimpin langsung oleh Sekretaris Daerah {p} di halaman kantor bupati.',
    'Kegiatan diikuti ratusan pegawai dari seluruh perangkat daerah {p}.',
    'Usai pembacaan ikrar, para kepala dinas menandatangani pakta integritas di atas meterai.',
    'Acara dilanjutkan dengan sosialisasi aturan oleh Bawaslu {p}.',
    'Dokumen ini diunggah ulang oleh bagian humas untuk arsip kegiatan.',
    'Peserta berdiri tegak dan menirukan kalimat yang dibacakan pemimpin apel.',
    'Hadir pula unsur Forkopimda, camat, dan lurah se-{p}.',
    'Naskah lengkap tersimpan di bagian organisasi sekretariat daerah.',
    'Menurut panitia, jumlah peserta mencapai 1.250 orang.',
    'Cuaca cerah menyertai jalannya upacara sejak pukul 07.30 WIB.',
    'Setelah itu, peserta kembali ke unit kerja masing-masing untuk melayani masyarakat.',
    'Ketua panitia berharap kegiatan serupa digelar setiap menjelang tahapan penting.',
    'Salinan ikrar ditempel di papan pengumuman setiap kantor di {p}.',
    'Rekaman video pembacaan ikrar dibagikan melalui kanal resmi pemerintah daerah.',
    'Di akhir acara, panitia membagikan stiker bertuliskan ajakan menjaga kondusivitas.',
    'Baca juga: Jadwal tahapan pemilihan di {p} diumumkan KPU.',
    'Kegiatan berlangsung tertib dan selesai sebelum pukul sepuluh pagi.',
    'Pembacaan ikrar dipandu oleh seorang pegawai dari bagian tata pemerintahan {p}.'])
       WITH ORDINALITY AS z(s, k);

SELECT count(*) AS nsrc FROM bench.pl_src \gset
SELECT count(*) AS nfrag FROM bench.pl_frag \gset
SELECT count(*) AS nnoise FROM bench.pl_noise \gset

SELECT setseed(0.2024);
-- One plan per text: the core, the pieces around it, the place, the cut,
-- capitals; and the signer, date and election of its record (a PNS or
-- PPPK number, signed before voting day; one record in ten for the 2024
-- Pilkada).
CREATE UNLOGGED TABLE bench.pl_plan AS
SELECT i,
       1 + floor(random() * :nsrc)::int AS core,
       1 + floor(random() * :nnoise)::int AS z1,
       1 + floor(random() * :nfrag)::int AS f1,
       1 + floor(random() * :nnoise)::int AS z2,
       1 + floor(random() * :nfrag)::int AS f2,
       1 + floor(random() * :nfrag)::int AS f3,
       1 + floor(random() * :nnoise)::int AS z3,
       1 + floor(random() * 514)::int AS rg,
       690 + floor(random() * 121)::int AS cut,
       random() < 1.0 / 33 AS caps,
       date '1965-01-01' + floor(random() * 9000)::int AS born,
       random() < 0.1 AS pilkada,
       random() < 0.2 AS pppk
  FROM generate_series(1, :rows) AS i;

CREATE UNLOGGED TABLE bench.pledges AS
WITH reg AS (
    SELECT row_number() OVER (ORDER BY code)::int AS rg,
           regexp_replace(name, '^(Kabupaten|Kota) ', '') AS place
      FROM netralitas.region WHERE level <> 'province'),
whole AS (
    SELECT p.*,
           replace(z1.s, '{p}', reg.place) || ' ' || s.t || ' ' || f1.s || ' '
           || replace(z2.s, '{p}', reg.place) || ' ' || f2.s || ' ' || f3.s || ' '
           || replace(z3.s, '{p}', reg.place) AS w
      FROM bench.pl_plan AS p
      JOIN bench.pl_src AS s ON s.n = p.core
      JOIN bench.pl_noise AS z1 ON z1.n = p.z1
      JOIN bench.pl_noise AS z2 ON z2.n = p.z2
      JOIN bench.pl_noise AS z3 ON z3.n = p.z3
      JOIN bench.pl_frag AS f1 ON f1.n = p.f1
      JOIN bench.pl_frag AS f2 ON f2.n = p.f2
      JOIN bench.pl_frag AS f3 ON f3.n = p.f3
      JOIN reg USING (rg))
SELECT i AS id,
       CASE WHEN caps THEN upper(c) ELSE c END AS t,
       -- NIP: birth date, appointment (PNS: year and month at 22-29; PPPK:
       -- 2019-2023 with code 21-24), gender, serial
       (to_char(born, 'YYYYMMDD')
        || CASE WHEN pppk THEN (2019 + i % 5)::text || (21 + i % 4)::text
                ELSE (extract(year FROM born)::int + 22 + i % 8)::text || to_char(1 + i % 12, 'FM00') END
        || (1 + i % 2)::text || to_char(1 + i % 999, 'FM000'))::netralitas.nip AS signer,
       CASE WHEN pilkada THEN date '2024-09-02' + i % 60 ELSE date '2023-11-01' + i % 60 END AS signed_on,
       CASE WHEN pilkada THEN 'pilkada-2024' ELSE 'pemilu-2024' END AS election
  FROM whole,
       LATERAL (SELECT CASE WHEN length(w) <= cut THEN w
                            ELSE regexp_replace(left(w, cut), '\s+\S*$', '') END AS c) AS c
 ORDER BY i;
ALTER TABLE bench.pledges ADD PRIMARY KEY (id);
VACUUM ANALYZE bench.pledges;
DROP TABLE bench.pl_plan, bench.pl_frag, bench.pl_noise;

SELECT count(*) AS n, sum(octet_length(t)) AS bytes,
       percentile_cont(0.05) WITHIN GROUP (ORDER BY octet_length(t)) AS p05,
       percentile_cont(0.95) WITHIN GROUP (ORDER BY octet_length(t)) AS p95
  FROM bench.pledges \gset
SELECT format('%s synthetic pledge texts, %s MB (MB = 10^6 bytes), %s bytes each on average (5%%-95%%: %s-%s)',
              to_char(:n, 'FM9,999,999'), round(:bytes / 1e6, 1), round(:bytes::numeric / :n),
              round(:p05), round(:p95));

-- Speed.  The first call of a session compiles the wordings: done here,
-- outside the timings.
SET max_parallel_workers_per_gather = 0;
SELECT netralitas.pledge_points('') \g /dev/null
SELECT bench.best_ms('SELECT count(*) FROM bench.pledges WHERE length(t) > 0') AS bare_ms \gset
SELECT bench.best_ms('SELECT count(*) FROM bench.pledges WHERE cardinality(netralitas.pledge_points(t)) = 4')
       AS points_ms \gset
SELECT bench.best_ms('SELECT count(*) FROM bench.pledges WHERE netralitas.pledge_complete(t)') AS complete_ms \gset
-- What an analyst writes without the extension: one anchor phrase per point.
SELECT bench.best_ms($q$
    SELECT count(*) FROM bench.pledges
     WHERE t ILIKE '%menjaga dan menegakkan%' AND t ILIKE '%konflik kepentingan%'
       AND t ILIKE '%media sosial secara bijak%' AND t ILIKE '%politik uang%'
$q$) AS ilike_ms \gset

SELECT bench.report('pledge_points over 1M texts', :points_ms, 'bare scan length(t) > 0', :bare_ms, '<= 2.50');
SELECT bench.report('pledge_complete over 1M texts', :complete_ms, 'bare scan length(t) > 0', :bare_ms, 'for reference');
SELECT bench.report('4 x ILIKE over 1M texts', :ilike_ms, 'pledge_points', :points_ms, 'pledge_points >= 6x faster');

-- What the two find (not timed): complete pledges, and how they differ.
SELECT format('complete pledges: pledge_points %s (%s%%), 4 x ILIKE %s (%s%%); pledge_points only %s, ILIKE only %s',
              to_char(count(*) FILTER (WHERE pp), 'FM9,999,999'), round(100.0 * avg(pp::int), 1),
              to_char(count(*) FILTER (WHERE il), 'FM9,999,999'), round(100.0 * avg(il::int), 1),
              to_char(count(*) FILTER (WHERE pp AND NOT il), 'FM9,999,999'),
              to_char(count(*) FILTER (WHERE il AND NOT pp), 'FM9,999,999'))
  FROM (SELECT cardinality(netralitas.pledge_points(t)) = 4 AS pp,
               t ILIKE '%menjaga dan menegakkan%' AND t ILIKE '%konflik kepentingan%'
               AND t ILIKE '%media sosial secara bijak%' AND t ILIKE '%politik uang%' AS il
          FROM bench.pledges) AS s;

-- COPY into a pledge register.  Every row must pass the CHECK constraint
-- (one failing row aborts the COPY): the records are the valid ones of the
-- table, repeated up to 1,000,000 rows, 9 in 10 for pemilu-2024.
CREATE UNLOGGED TABLE bench.pl_copy_src AS
WITH valid AS (
    SELECT row_number() OVER (ORDER BY id)::int AS vn, signer, signed_on, election, t
      FROM bench.pledges
     WHERE netralitas.pledge_is_valid(signer, signed_on, election, t)),
nv AS (SELECT count(*)::int AS nv FROM valid)
SELECT v.signer, v.signed_on, v.election, v.t AS body
  FROM generate_series(0, :rows - 1) AS j CROSS JOIN nv
  JOIN valid AS v ON v.vn = 1 + j % nv.nv;
SELECT count(*) AS copy_rows, count(DISTINCT body) AS copy_distinct,
       round(100.0 * avg((election = 'pemilu-2024')::int), 1) AS copy_pemilu_pct,
       sum(octet_length(body)) AS copy_bytes
  FROM bench.pl_copy_src \gset
COPY bench.pl_copy_src TO :'file';
DROP TABLE bench.pl_copy_src;
SELECT format('COPY file: %s rows (%s distinct texts, %s%% pemilu-2024, the rest pilkada-2024), %s MB of text',
              to_char(:copy_rows, 'FM9,999,999'), to_char(:copy_distinct, 'FM9,999,999'), :copy_pemilu_pct,
              round(:copy_bytes / 1e6, 1));

CREATE UNLOGGED TABLE bench.pl_plain (signer netralitas.nip, signed_on date, election text, body text);
CREATE UNLOGGED TABLE bench.pl_checked (
    signer netralitas.nip, signed_on date, election text, body text,
    CHECK (netralitas.pledge_is_valid(signer, signed_on, election, body)));

SELECT bench.best_ms(format('COPY bench.pl_plain FROM %L', :'file'), 2, 'TRUNCATE bench.pl_plain')
       AS plain_ms \gset
SELECT bench.best_ms(format('COPY bench.pl_checked FROM %L', :'file'), 2, 'TRUNCATE bench.pl_checked')
       AS checked_ms \gset
SELECT bench.report('COPY 1M pledges, CHECK pledge_is_valid', :checked_ms, 'COPY without the constraint',
                    :plain_ms, '<= 1.50');

DROP TABLE bench.pl_src, bench.pledges, bench.pl_plain, bench.pl_checked;
\! rm -f /tmp/netralitas_bench_pledges.txt
