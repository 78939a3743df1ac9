-- extract: extract_article and clean_article over 20,000 synthetic scraped
-- pages, against a bare scan and against a plain-SQL regexp_matches baseline
-- for the date + region part; backend memory after 1,000 and 20,000 rows.
--
-- The pages are recombined from test/fixtures/articles (header lines of one
-- page, 8-15 body paragraphs drawn from all pages, boilerplate lines between
-- them, footer lines of another page) with the place, the date and some
-- numbers swapped.  setseed() makes the table the same on every run.
SET client_min_messages = warning;
\set rows 20000

-- psql reads the pages itself (backquotes run client-side, from the repo
-- root), so the server needs no access to the source tree.
\set a01 `cat test/fixtures/articles/a01.txt`
\set a02 `cat test/fixtures/articles/a02.txt`
\set a03 `cat test/fixtures/articles/a03.txt`
\set a04 `cat test/fixtures/articles/a04.txt`
\set a05 `cat test/fixtures/articles/a05.txt`
\set a06 `cat test/fixtures/articles/a06.txt`
\set a07 `cat test/fixtures/articles/a07.txt`
\set a08 `cat test/fixtures/articles/a08.txt`
\set a09 `cat test/fixtures/articles/a09.txt`
\set a10 `cat test/fixtures/articles/a10.txt`
\set a11 `cat test/fixtures/articles/a11.txt`
\set a12 `cat test/fixtures/articles/a12.txt`
\set a13 `cat test/fixtures/articles/a13.txt`
\set a14 `cat test/fixtures/articles/a14.txt`

DROP TABLE IF EXISTS bench.fx_line, bench.fx_body, bench.fx_inner, bench.fx_edge,
                     bench.art_plan, bench.art_par, bench.arts;

-- The non-empty lines of each page, split into header (before the first
-- paragraph of 200+ characters), body (up to the last line of 140+) and
-- footer.  Short lines inside the body are teasers, captions and tags.
CREATE UNLOGGED TABLE bench.fx_line AS
WITH page(p, raw) AS (
    VALUES (1, :'a01'), (2, :'a02'), (3, :'a03'), (4, :'a04'), (5, :'a05'),
           (6, :'a06'), (7, :'a07'), (8, :'a08'), (9, :'a09'), (10, :'a10'),
           (11, :'a11'), (12, :'a12'), (13, :'a13'), (14, :'a14')),
line AS (
    SELECT p, ln, l
      FROM page, regexp_split_to_table(raw, E'\n') WITH ORDINALITY AS t(l, ln)
     WHERE btrim(l) <> ''),
edge AS (
    SELECT p, min(ln) FILTER (WHERE length(l) >= 200) AS first_body,
              max(ln) FILTER (WHERE length(l) >= 140) AS last_body
      FROM line GROUP BY p)
SELECT p, ln, l,
       CASE WHEN ln < first_body THEN 'header'
            WHEN ln > last_body THEN 'footer'
            WHEN length(l) >= 90 THEN 'body'
            ELSE 'inner' END AS part
  FROM line JOIN edge USING (p);

-- Body paragraphs (without the two pages' glued second copies).
CREATE UNLOGGED TABLE bench.fx_body AS
SELECT row_number() OVER (ORDER BY p, ln)::int AS n, l
  FROM bench.fx_line WHERE part = 'body' AND length(l) <= 1000;
-- Boilerplate lines put between paragraphs: the pages' own plus some more.
CREATE UNLOGGED TABLE bench.fx_inner AS
SELECT row_number() OVER (ORDER BY k)::int AS n, l
  FROM (SELECT p * 1000 + ln AS k, l FROM bench.fx_line WHERE part = 'inner'
        UNION ALL
        SELECT 100000 + k, l FROM unnest(ARRAY[
            'ADVERTISEMENT',
            'Scroll untuk melanjutkan membaca',
            'Simak berita dan artikel lainnya di Google News',
            'Baca Juga: Jadwal Lengkap Tahapan Pilkada Serentak, Catat Tanggalnya',
            'Baca juga: BKN Catat Ratusan Laporan Pelanggaran Netralitas ASN',
            'BACA JUGA : Harga Beras di Pasar Tradisional Kembali Naik',
            'Dapatkan update berita pilihan setiap hari dengan bergabung di kanal WhatsApp kami',
            'Foto: Dok. Humas Pemda',
            'Artikel ini telah tayang sebelumnya dengan judul serupa',
            'Halaman 1 2 Selanjutnya',
            'Tonton juga video pilihan di bawah ini',
            'Ikuti kami di Instagram, TikTok dan YouTube'])
                      WITH ORDINALITY AS b(l, k)) AS s;
-- Header and footer blocks of each page.
CREATE UNLOGGED TABLE bench.fx_edge AS
SELECT p, string_agg(l, E'\n' ORDER BY ln) FILTER (WHERE part = 'header') AS head,
          string_agg(l, E'\n' ORDER BY ln) FILTER (WHERE part = 'footer') AS foot
  FROM bench.fx_line GROUP BY p;

SELECT count(*) AS nbody FROM bench.fx_body \gset
SELECT count(*) AS ninner FROM bench.fx_inner \gset

-- Noise: the fixtures' places become the article's region (in the case they
-- are written in), weekday+date pairs become the article's date (a real
-- pair), and the first three-digit number of a paragraph changes.
CREATE OR REPLACE FUNCTION bench.swap_place(t text, place text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT regexp_replace(regexp_replace(t,
        '\m(PASAMAN BARAT|SIMPANG EMPAT|PEKALONGAN|MALANG|BEKASI|KUPANG|OELAMASI|LOMBOK TIMUR|SELONG'
        '|SORONG|KOTAWARINGIN TIMUR|SAMPIT|JAMBI|BANYUWANGI|GOWA|SUNGGUMINASA|PADANG PANJANG'
        '|TANGERANG|TIGARAKSA|KEDIRI)\M', upper(place), 'g'),
        '\m(Pasaman Barat|Simpang Empat|Pekalongan|Malang|Bekasi|Kupang|Oelamasi|Lombok Timur|Selong'
        '|Sorong|Kotawaringin Timur|Sampit|Jambi|Banyuwangi|Gowa|Sungguminasa|Padang Panjang'
        '|Tangerang|Tigaraksa|Kediri)\M', place, 'g');
$$;
CREATE OR REPLACE FUNCTION bench.swap_date(t text, d date, with_year boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT regexp_replace(regexp_replace(t,
        '(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\s*\((\d{1,2})/(\d{1,2})(/\d{2,4})?\)',
        wd || ' (' || extract(day FROM d) || '/' || extract(month FROM d)
           || CASE WHEN with_year THEN '/' || extract(year FROM d) ELSE '' END || ')', 'g'),
        '(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu),\s*\d{1,2} (Januari|Februari|Maret|April|Mei|Juni'
        '|Juli|Agustus|September|Oktober|November|Desember|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Sep|Okt|Nov|Des)'
        ' \d{4}',
        wd || ', ' || extract(day FROM d) || ' ' || mon || ' ' || extract(year FROM d), 'g')
      FROM (SELECT (ARRAY['Senin','Selasa','Rabu','Kamis','Jumat','Sabtu','Minggu'])[extract(isodow FROM d)] AS wd,
                   (ARRAY['Januari','Februari','Maret','April','Mei','Juni','Juli','Agustus',
                          'September','Oktober','November','Desember'])[extract(month FROM d)] AS mon) AS n;
$$;

SELECT setseed(0.2024);
-- One plan per article: header page, footer page, number of paragraphs,
-- region, date, and whether the body is published a second time glued.
CREATE UNLOGGED TABLE bench.art_plan AS
SELECT i, 1 + floor(random() * 14)::int AS hp, 1 + floor(random() * 14)::int AS fp,
       8 + floor(random() * 8)::int AS npar, 1 + floor(random() * 514)::int AS rg,
       date '2015-01-01' + floor(random() * 3650)::int AS d,
       random() < 0.7 AS with_year, random() < 0.05 AS glued
  FROM generate_series(1, :rows) AS i;
-- One row per paragraph: which body line, which boilerplate line after it
-- (one paragraph in four), the replacement number.
CREATE UNLOGGED TABLE bench.art_par AS
SELECT a.i, k, 1 + floor(random() * :nbody)::int AS b,
       CASE WHEN random() < 0.25 THEN 1 + floor(random() * :ninner)::int END AS bp,
       (100 + floor(random() * 900))::int AS num
  FROM bench.art_plan AS a CROSS JOIN LATERAL generate_series(1, a.npar) AS k
 ORDER BY a.i, k;

CREATE UNLOGGED TABLE bench.arts AS
WITH reg AS (
    SELECT row_number() OVER (ORDER BY code)::int AS rg,
           regexp_replace(name, '^(Kabupaten|Kota) ', '') AS place
      FROM netralitas.region WHERE level <> 'province'),
body AS (
    SELECT q.i,
           string_agg(regexp_replace(b.l, '\m[1-9][0-9]{2}\M', q.num::text)
                      || coalesce(E'\n\n' || x.l, ''), E'\n\n' ORDER BY q.k) AS body,
           string_agg(b.l, '' ORDER BY q.k) FILTER (WHERE q.k <= 3) AS first3
      FROM bench.art_par AS q
      JOIN bench.fx_body AS b ON b.n = q.b
      LEFT JOIN bench.fx_inner AS x ON x.n = q.bp
     GROUP BY q.i)
SELECT a.i AS id,
       bench.swap_date(bench.swap_place(
           h.head || E'\n\n' || body.body
           || CASE WHEN a.glued THEN E'\n\n' || body.first3 ELSE '' END
           || E'\n\n' || f.foot, reg.place), a.d, a.with_year) AS raw
  FROM bench.art_plan AS a
  JOIN body USING (i)
  JOIN reg USING (rg)
  JOIN bench.fx_edge AS h ON h.p = a.hp
  JOIN bench.fx_edge AS f ON f.p = a.fp
 ORDER BY a.i;
ALTER TABLE bench.arts ADD PRIMARY KEY (id);
VACUUM ANALYZE bench.arts;
DROP TABLE bench.fx_line, bench.art_plan, bench.art_par;

SELECT count(*) AS n, sum(octet_length(raw)) AS bytes,
       percentile_cont(0.05) WITHIN GROUP (ORDER BY octet_length(raw)) AS p05,
       percentile_cont(0.95) WITHIN GROUP (ORDER BY octet_length(raw)) AS p95
  FROM bench.arts \gset
SELECT format('%s synthetic pages, %s MB raw (MB = 10^6 bytes), %s bytes each on average (5%%-95%%: %s-%s)',
              to_char(:n, 'FM999,999'), round(:bytes / 1e6, 1), round(:bytes::numeric / :n), round(:p05), round(:p95));

-- Memory: a fresh backend, the table read once (its shared buffers are then
-- part of the resident set), extract_article over 1,000 rows, then over all.
\connect
SET client_min_messages = warning;
CREATE TEMP TABLE mem (step text, vmrss bigint, rssanon bigint, vmhwm bigint);
CREATE FUNCTION pg_temp.mem(step text) RETURNS void LANGUAGE sql AS $$
    INSERT INTO mem
    SELECT step,
           substring(s FROM 'VmRSS:\s*(\d+) kB')::bigint,
           substring(s FROM 'RssAnon:\s*(\d+) kB')::bigint,
           substring(s FROM 'VmHWM:\s*(\d+) kB')::bigint
      FROM pg_read_file('/proc/' || pg_backend_pid() || '/status') AS s;
$$;
SELECT count(*) FROM bench.arts WHERE length(raw) > 0 \g /dev/null
SELECT count(netralitas.extract_article(raw)) FROM (SELECT raw FROM bench.arts ORDER BY id LIMIT 1000) AS s \g /dev/null
SELECT pg_temp.mem('1k') \g /dev/null
SELECT count(netralitas.extract_article(raw)) FROM bench.arts \g /dev/null
SELECT pg_temp.mem('all') \g /dev/null
SELECT format('backend memory, 1,000 rows: VmRSS %s kB (RssAnon %s, VmHWM %s); %s rows: VmRSS %s kB (RssAnon %s, VmHWM %s); ratio %s (goal flat: 1.00)',
              a.vmrss, a.rssanon, a.vmhwm, to_char(:n, 'FM999,999'), b.vmrss, b.rssanon, b.vmhwm,
              to_char(b.vmrss::numeric / a.vmrss, 'FM990.00'))
  FROM mem AS a, mem AS b WHERE a.step = '1k' AND b.step = 'all';

-- Speed.
SET max_parallel_workers_per_gather = 0;
SELECT bench.best_ms('SELECT count(*) FROM bench.arts WHERE length(raw) > 0') AS bare_ms \gset
SELECT bench.best_ms('SELECT count(netralitas.extract_article(raw)) FROM bench.arts') AS extract_ms \gset
SELECT bench.best_ms('SELECT sum(length(netralitas.clean_article(raw))) FROM bench.arts') AS clean_ms \gset
-- What an analyst writes without the extension: every weekday + d/m[/y]
-- date, and every regency or city whose name (without Kabupaten/Kota)
-- occurs as a word in the page.  514 patterns per page do not stay in the
-- backend's regex cache (32 entries), so this runs over the first 500
-- pages only, and extract_article is timed again over the same pages.
\set sub 500
SELECT bench.best_ms(format($q$
    WITH reg AS (
        SELECT code, regexp_replace(name, '^(Kabupaten|Kota) ', '') AS base
          FROM netralitas.region WHERE level <> 'province')
    SELECT count(dates), count(regions) FROM (
        SELECT a.id,
               (SELECT array_agg(make_date(coalesce(m[4]::int, 2024), m[3]::int, m[2]::int))
                  FROM regexp_matches(a.raw, '(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\s*,?\s*\(?(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?', 'gi') AS m
                 WHERE m[3]::int BETWEEN 1 AND 12 AND m[2]::int BETWEEN 1 AND 31
                   AND coalesce(length(m[4]), 4) = 4) AS dates,
               (SELECT array_agg(reg.code ORDER BY reg.code)
                  FROM reg WHERE a.raw ~* ('\m' || reg.base || '\M')) AS regions
          FROM bench.arts AS a WHERE a.id <= %s) AS s
$q$, :sub)) AS regex_ms \gset
SELECT bench.best_ms(format('SELECT count(netralitas.extract_article(raw)) FROM bench.arts WHERE id <= %s', :sub)) AS extract_sub_ms \gset

SELECT format('extract_article: %s articles/s, %s MB/s (goal >= 2,000 articles/s per core)',
              round(:n / (:extract_ms / 1000.0)), round(:bytes / 1e6 / (:extract_ms / 1000.0), 1));
SELECT bench.report('extract_article', :extract_ms, 'bare scan length(raw) > 0', :bare_ms, 'none, for reference');
SELECT format('clean_article: %s articles/s, %s MB/s (goal >= 30 MB/s)',
              round(:n / (:clean_ms / 1000.0)), round(:bytes / 1e6 / (:clean_ms / 1000.0), 1));
SELECT bench.report('clean_article', :clean_ms, 'bare scan length(raw) > 0', :bare_ms, 'none, for reference');
SELECT format('regexp_matches dates + 514 regions: %s articles/s (first %s pages)',
              round(:sub / (:regex_ms / 1000.0)), :sub);
SELECT bench.report('extract_article, first ' || :sub, :extract_sub_ms, 'regexp dates + 514 regions', :regex_ms, '< 1.00');

DROP TABLE bench.arts, bench.fx_body, bench.fx_inner, bench.fx_edge;
DROP FUNCTION bench.swap_place(text, text), bench.swap_date(text, date, boolean);
