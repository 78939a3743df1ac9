--
-- article: clean_article, extract_article and the article_* functions
--
-- The extraction heuristics keep improving, so this file checks contracts
-- and facts that any correct extraction of these hand-written pages must
-- give, never whole documents.  The pages are invented; the people in
-- them do not exist.
--

CREATE TEMP TABLE page (name text PRIMARY KEY, raw text NOT NULL, url text);

-- A scraped page as it comes: navigation, title, dateline, a "Baca Juga"
-- teaser between paragraphs, a comment form and a footer, and the body
-- published a second time, glued to the end of the last sentence behind
-- the title, without paragraph breaks (an AMP copy, say).
INSERT INTO page (name, raw)
SELECT 'kebumen',
       concat_ws(E'\n', nav, title, p1, p2, teaser, p3, p4,
                 p5 || title || ' ' || concat_ws(' ', p1, p2, p3, p4, p5), footer)
  FROM (VALUES (
$$Beranda
Nasional
Daerah
Politik
Indeks$$,
$$Pjs Bupati Kebumen Pimpin Ikrar Netralitas 3.983 ASN$$,
$$KEBUMEN (Warta-Kebumen.com) – Sebanyak 3.983 ASN di lingkungan Pemerintah Kabupaten Kebumen mengikuti apel dan ikrar netralitas ASN dalam Pilkada 2020 di Alun-alun Kebumen, Senin (21/9/2020).$$,
$$Apel dipimpin oleh Pjs. Bupati Kebumen Arif Santoso Wibowo, S.E., M.Si. yang meminta seluruh pegawai menjaga netralitas selama tahapan pemilihan berlangsung.$$,
$$Baca Juga: Bupati Kebumen Resmikan Pasar Baru di Prembun$$,
$$Dalam ikrar itu para ASN berjanji menjaga netralitas, tidak memihak pasangan calon mana pun, dan menolak politik uang dalam bentuk apa pun.$$,
$$Ketua Bawaslu Kabupaten Kebumen Dewi Lestari Handayani mengingatkan bahwa disiplin pegawai diatur dalam PP Nomor 94 Tahun 2021 tentang Disiplin PNS dan pelanggaran akan ditindak tegas.$$,
$$"ASN harus netral dan tidak boleh ikut berkampanye di media sosial," kata Dewi kepada wartawan usai apel.$$,
$$Tinggalkan Komentar
Nama
Email
Kirim Komentar
Copyright © 2020 Warta Kebumen. All rights reserved.$$))
    AS t(nav, title, p1, p2, teaser, p3, p4, p5, footer);

-- The same page, but the second copy is the article as rendered, with the
-- teaser inline: the teaser must not survive between the removed pieces.
INSERT INTO page (name, raw)
SELECT 'kebumen_teaser_in_copy',
       replace(raw, 'berlangsung. Dalam ikrar',
               'berlangsung. Baca Juga: Bupati Kebumen Resmikan Pasar Baru di Prembun Dalam ikrar')
  FROM page WHERE name = 'kebumen';

INSERT INTO page (name, raw, url) VALUES
-- a city and a regency of the same name
('kota_bekasi', $$BEKASI (Warta Bekasi) – Pemerintah Kota Bekasi menggelar apel netralitas ASN bagi seluruh pegawai di halaman kantor wali kota, Senin (7/10/2024). Apel itu diikuti para kepala dinas, camat dan lurah se-Kota Bekasi menjelang Pilkada 2024.$$, NULL),
('kabupaten_bekasi', $$CIKARANG (Warta Bekasi) – Pemerintah Kabupaten Bekasi menggelar apel netralitas ASN bagi seluruh pegawai di kompleks perkantoran Pemkab Bekasi, Selasa (8/10/2024). Apel itu diikuti para kepala dinas dan camat se-Kabupaten Bekasi menjelang Pilkada 2024.$$, NULL),
-- a date without a year; 13 October 2020 was a Tuesday
('no_year', $$PURBALINGGA (Suara Perwira) – Ratusan ASN di lingkungan Pemkab Purbalingga mengucapkan ikrar netralitas menjelang Pilkada 2020 di pendapa kabupaten, Selasa (13/10). Ikrar itu dipimpin langsung oleh sekretaris daerah setempat.$$, NULL),
-- 21 September 2020 was a Monday, not a Wednesday
('wrong_weekday', $$PURBALINGGA (Suara Perwira) – Ratusan ASN di lingkungan Pemkab Purbalingga mengucapkan ikrar netralitas menjelang Pilkada 2020 di pendapa kabupaten, Rabu (21/9/2020). Ikrar itu dipimpin langsung oleh sekretaris daerah setempat.$$, NULL),
-- a dateline without an outlet
('no_outlet', $$BANJARNEGARA – Ratusan ASN di lingkungan Pemkab Banjarnegara mengikuti ikrar netralitas menjelang Pilkada 2024 di halaman pendapa kabupaten. Kegiatan itu dipimpin langsung oleh sekretaris daerah setempat.$$, 'https://www.example-news.id/x'),
-- curly quotes and an em dash (three bytes, one character each) before
-- the official and the date
('multibyte', $$PURWOREJO (Suara Purworejo) — “Netralitas bukan pilihan, melainkan kewajiban,” tegas Sekda Kabupaten Purworejo Bambang Hermawan saat apel ASN, Kamis (15/10/2020). Menurut dia, “setiap pegawai wajib menjaga jarak dari kegiatan kampanye pasangan calon dalam Pilkada 2020.”$$, NULL),
-- nothing but site furniture
('boilerplate', $$Beranda
Nasional
Daerah
Indeks
Tentang Kami
Redaksi
Pedoman Media Siber
Kebijakan Privasi
Copyright © 2024 Warta Kita. All rights reserved.$$, NULL),
('empty', '', NULL);

-- Every result has exactly the documented keys, whatever the page.
SELECT name, array_agg(k ORDER BY k COLLATE "C") AS keys
  FROM page, jsonb_object_keys(netralitas.extract_article(raw, url)) AS k
 WHERE name IN ('kebumen', 'empty', 'boilerplate')
 GROUP BY name
 ORDER BY name COLLATE "C";
SELECT count(*) AS pages_with_other_keys
  FROM page
 WHERE (SELECT array_agg(k ORDER BY k COLLATE "C")
          FROM jsonb_object_keys(netralitas.extract_article(raw, url)) AS k)
       <> '{body,dateline,election,election_id,event_date,event_date_text,event_types,institutions,legal_refs,officials,outlet,participants,pledge_points,regions,title,violations}';

-- Value types: lists are always arrays (empty, never null), participants
-- a number or null, event_date an ISO date or null, body always a string.
SELECT name,
       jsonb_typeof(a->'regions') = 'array' AND jsonb_typeof(a->'officials') = 'array' AND
       jsonb_typeof(a->'institutions') = 'array' AND jsonb_typeof(a->'event_types') = 'array' AND
       jsonb_typeof(a->'pledge_points') = 'array' AND jsonb_typeof(a->'legal_refs') = 'array'
         AS arrays,
       jsonb_typeof(a->'participants') IN ('number', 'null') AS participants,
       CASE jsonb_typeof(a->'event_date')
            WHEN 'null' THEN true
            WHEN 'string' THEN a->>'event_date' ~ '^\d{4}-\d{2}-\d{2}$' AND
                               to_char((a->>'event_date')::date, 'YYYY-MM-DD') = a->>'event_date'
            ELSE false END AS event_date,
       jsonb_typeof(a->'election') IN ('object', 'null') AS election,
       jsonb_typeof(a->'body') = 'string' AS body
  FROM page, netralitas.extract_article(raw, url) AS a
 ORDER BY name COLLATE "C";

-- the empty page: nothing found, and an empty body rather than null
SELECT a->>'body' = '' AS empty_body, a->'title' = 'null' AS no_title,
       a->'regions' = '[]' AND a->'officials' = '[]' AS nothing_found
  FROM page, netralitas.extract_article(raw) AS a WHERE name = 'empty';

-- site furniture is not an article
SELECT a->>'body' = '' AS empty_body, a->'title' = 'null' AS no_title,
       a->'regions' = '[]' AND a->'officials' = '[]' AS nothing_found
  FROM page, netralitas.extract_article(raw) AS a WHERE name = 'boilerplate';

--
-- The scraped page
--
SELECT a->>'title' AS title, a->>'dateline' AS dateline, a->>'outlet' AS outlet
  FROM page, netralitas.extract_article(raw) AS a WHERE name = 'kebumen';
SELECT a->>'event_date' AS event_date, a->>'event_date_text' AS event_date_text,
       a->'election' AS election, a->>'election_id' AS election_id,
       a->'participants' AS participants
  FROM page, netralitas.extract_article(raw) AS a WHERE name = 'kebumen';
SELECT r->>'code' AS code, r->>'name' AS name, r->>'level' AS level
  FROM page, jsonb_array_elements(netralitas.extract_article(raw)->'regions') AS r
 WHERE page.name = 'kebumen'
 ORDER BY 1;
-- names without "Pjs.", degrees or the commas around them
SELECT o->>'role' AS role, o->>'name' AS name
  FROM page, jsonb_array_elements(netralitas.extract_article(raw)->'officials') AS o
 WHERE page.name = 'kebumen'
 ORDER BY 1, 2;
SELECT a->'legal_refs' AS legal_refs
  FROM page, netralitas.extract_article(raw) AS a WHERE name = 'kebumen';

-- The body: from the dateline to the last paragraph, without the teaser,
-- the title, the navigation or the footer, and once only.
SELECT b LIKE 'KEBUMEN (Warta-Kebumen.com) – Sebanyak 3.983 ASN %' AS starts_at_dateline,
       b LIKE '%kata Dewi kepada wartawan usai apel.' AS ends_at_last_sentence,
       strpos(b, 'Baca Juga') = 0 AND strpos(b, 'Pasar Baru') = 0 AS no_teaser,
       strpos(b, 'Pimpin Ikrar') = 0 AS no_title,
       strpos(b, 'Beranda') = 0 AND strpos(b, 'Indeks') = 0 AS no_navigation,
       strpos(b, 'Komentar') = 0 AND strpos(b, 'Copyright') = 0 AS no_footer,
       (length(b) - length(replace(b, 'Sebanyak 3.983 ASN', ''))) / length('Sebanyak 3.983 ASN')
         AS first_paragraph_copies,
       (length(b) - length(replace(b, 'usai apel.', ''))) / length('usai apel.')
         AS last_paragraph_copies
  FROM page, netralitas.clean_article(raw) AS b WHERE name = 'kebumen';

-- extract_article returns the body clean_article gives
SELECT bool_and(netralitas.extract_article(raw, url)->>'body' = netralitas.clean_article(raw))
         AS same_body
  FROM page;

-- A teaser inside the glued copy goes with the copy, and its words are
-- not read as an official ("Bupati Kebumen Resmikan ...").
SELECT strpos(b, 'Baca Juga') = 0 AND strpos(b, 'Pasar Baru') = 0 AS no_teaser,
       (length(b) - length(replace(b, 'Sebanyak 3.983 ASN', ''))) / length('Sebanyak 3.983 ASN')
         AS first_paragraph_copies,
       (length(b) - length(replace(b, 'usai apel.', ''))) / length('usai apel.')
         AS last_paragraph_copies
  FROM page, netralitas.clean_article(raw) AS b WHERE name = 'kebumen_teaser_in_copy';
SELECT o->>'role' AS role, o->>'name' AS name
  FROM page, jsonb_array_elements(netralitas.extract_article(raw)->'officials') AS o
 WHERE page.name = 'kebumen_teaser_in_copy'
 ORDER BY 1, 2;

--
-- Regions: "Kota Bekasi" and "Kabupaten Bekasi" are different regions
--
SELECT name, a->'regions'->0->>'code' AS best,
       (SELECT array_agg(r->>'code' ORDER BY r->>'code')
          FROM jsonb_array_elements(a->'regions') AS r) AS codes
  FROM page, netralitas.extract_article(raw) AS a
 WHERE name IN ('kota_bekasi', 'kabupaten_bekasi')
 ORDER BY name COLLATE "C";

--
-- Dates
--
-- the year of "Selasa (13/10)" comes from Pilkada 2020 and the weekday
SELECT a->>'event_date' AS event_date, a->>'event_date_text' AS event_date_text
  FROM page, netralitas.extract_article(raw) AS a WHERE name = 'no_year';
-- a weekday that contradicts its date leaves the event date unknown
SELECT a->'event_date' AS event_date
  FROM page, netralitas.extract_article(raw) AS a WHERE name = 'wrong_weekday';

--
-- The url argument
--
-- the host names the outlet when the dateline does not
SELECT netralitas.extract_article(raw, url)->>'outlet' AS with_url,
       netralitas.extract_article(raw, NULL)->'outlet' AS with_null_url,
       netralitas.extract_article(raw)->'outlet' AS without_url,
       netralitas.extract_article(raw, NULL) = netralitas.extract_article(raw) AS default_is_null,
       netralitas.extract_article(raw, NULL)->>'dateline' AS dateline
  FROM page WHERE name = 'no_outlet';
-- an outlet in the dateline wins over the url
SELECT netralitas.extract_article(raw, 'https://www.example-news.id/x')->>'outlet' AS outlet
  FROM page WHERE name = 'kebumen';
-- the SRFs take the url too, and NULL
SELECT (SELECT count(*) FROM netralitas.article_regions(raw, NULL)) AS regions,
       (SELECT count(*) FROM netralitas.article_dates(raw, url)) AS dates,
       (SELECT count(*) FROM netralitas.article_officials(raw, url)) AS officials
  FROM page WHERE name = 'kebumen';

--
-- Set-returning functions: positions are 1-based characters of the clean
-- body, [start, stop), as substr() counts them
--
CREATE TEMP TABLE clean AS
SELECT name, raw, url, netralitas.clean_article(raw) AS body FROM page;

SELECT count(*) > 0 AS any,
       bool_and(o.start >= 1 AND o.stop > o.start AND o.stop <= length(c.body) + 1) AS in_body,
       bool_and(substr(c.body, o.start, o.stop - o.start) <> '') AS evidence,
       bool_and(o.role IS NOT NULL) AS roles
  FROM clean AS c, netralitas.article_officials(c.raw, c.url) AS o;

SELECT count(*) > 0 AS any,
       bool_and(d.start >= 1 AND d.stop > d.start AND d.stop <= length(c.body) + 1) AS in_body,
       bool_and(substr(c.body, d.start, d.stop - d.start) = d.text) AS evidence_is_text,
       bool_and(d.kind IN ('event', 'mention', 'document', 'voting_day')) AS kinds
  FROM clean AS c, netralitas.article_dates(c.raw, c.url) AS d;

-- at most one event date per page, the one extract_article reports
SELECT c.name, count(*) FILTER (WHERE d.kind = 'event') AS events,
       bool_and(d.kind <> 'event' OR (d.text = a->>'event_date_text' AND
                                      d.date IS NOT DISTINCT FROM (a->>'event_date')::date))
         AS same_as_extract
  FROM clean AS c
  CROSS JOIN LATERAL netralitas.extract_article(c.raw, c.url) AS a
  JOIN LATERAL netralitas.article_dates(c.raw, c.url) AS d ON true
 GROUP BY c.name
 ORDER BY c.name COLLATE "C";

-- every region is a row of netralitas.region, and the same list, in the
-- same order, as extract_article gives
SELECT count(*) > 0 AS any,
       bool_and(g.code IS NOT NULL AND g.name = r.name AND g.level = r.level) AS in_region_table
  FROM clean AS c
  CROSS JOIN LATERAL netralitas.article_regions(c.raw, c.url) AS r
  LEFT JOIN netralitas.region AS g ON g.code = r.code;
SELECT bool_and(coalesce((SELECT jsonb_agg(jsonb_build_object('code', r.code, 'name', r.name,
                                                               'level', r.level) ORDER BY r.n)
                            FROM netralitas.article_regions(c.raw, c.url)
                                 WITH ORDINALITY AS r(code, name, level, n)), '[]')
                = netralitas.extract_article(c.raw, c.url)->'regions') AS same_as_extract
  FROM clean AS c;

-- Characters, not bytes: the em dash and the curly quotes before the
-- evidence take three bytes each but count as one.
SELECT o.role, o.name, o.start = strpos(c.body, 'Sekda Kabupaten') AS start_is_strpos,
       substr(c.body, o.start, o.stop - o.start) AS evidence
  FROM clean AS c, netralitas.article_officials(c.raw) AS o
 WHERE c.name = 'multibyte'
 ORDER BY o.start;
SELECT d.date, d.text, d.kind, d.start = strpos(c.body, 'Kamis (15/10/2020)') AS start_is_strpos,
       substr(c.body, d.start, d.stop - d.start) AS evidence
  FROM clean AS c, netralitas.article_dates(c.raw) AS d
 WHERE c.name = 'multibyte'
 ORDER BY d.start;

--
-- Catalog: all five are immutable and parallel safe, and documented;
-- clean_article is strict, the others take a NULL url
--
SELECT p.oid::regprocedure AS function,
       p.provolatile, p.proparallel, p.proisstrict, p.proretset,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS has_comment
  FROM pg_proc AS p
 WHERE p.pronamespace = 'netralitas'::regnamespace
   AND p.proname IN ('clean_article', 'extract_article', 'article_officials',
                     'article_regions', 'article_dates')
 ORDER BY p.proname;

DROP TABLE clean;
DROP TABLE page;
