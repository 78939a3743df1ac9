--
-- article_bad_input: what scrapers feed in by mistake, and hostile input.
--
-- Every function must return or be cancelled promptly, never crash, and
-- give valid text and jsonb.  Only sizes, types and contracts are printed,
-- never the (huge) values.
--

-- NULL: clean_article is strict, extract_article gives NULL, the SRFs no rows
SELECT netralitas.clean_article(NULL) IS NULL AS clean,
       netralitas.extract_article(NULL) IS NULL AS extract,
       netralitas.extract_article(NULL, 'https://www.example-news.id/x') IS NULL AS extract_url;
SELECT (SELECT count(*) FROM netralitas.article_officials(NULL)) AS officials,
       (SELECT count(*) FROM netralitas.article_regions(NULL, NULL)) AS regions,
       (SELECT count(*) FROM netralitas.article_dates(NULL, 'https://www.example-news.id/x')) AS dates;

-- Empty and blank pages: an empty body, all keys, nothing found.  The
-- Unicode spaces are no-break, em and ideographic spaces, a zero-width
-- space, a byte-order mark and a line separator.
SELECT name,
       netralitas.clean_article(raw) = '' AS empty_body,
       (SELECT count(*) FROM jsonb_object_keys(netralitas.extract_article(raw))) AS keys,
       netralitas.extract_article(raw)->'title' = 'null' AS no_title,
       (SELECT count(*) FROM netralitas.article_officials(raw)) +
       (SELECT count(*) FROM netralitas.article_regions(raw)) +
       (SELECT count(*) FROM netralitas.article_dates(raw)) AS srf_rows
  FROM (VALUES ('empty', ''),
               ('spaces', '      '),
               ('ascii whitespace', E' \t\r\n\f' || chr(11) || E'\r\n \n\n'),
               ('unicode whitespace', E'\u00a0\u2003\u3000\u200b\ufeff\n\u2028\u00a0')) AS t(name, raw)
 ORDER BY name COLLATE "C";

-- Odd urls.  The outlet is the host without "www.", in lower case, or
-- null when there is no host with a dot in it.
SELECT format('%L', u) AS url, netralitas.extract_article('Sebuah kalimat pendek.', u)->'outlet' AS outlet
  FROM (VALUES (''), ('   '), ('not a url'), ('https://'), ('https://localhost/x'),
               ('mailto:redaksi@example-news.id'),
               ('www.example-news.id/berita/1'),
               ('HTTPS://WWW.Example-News.ID/Berita?id=1#atas'),
               ('//www.example-news.id/berita/1'),
               ('https://redaksi@www.example-news.id:8443/berita/1')) AS t(u)
 ORDER BY u COLLATE "C";
SELECT jsonb_typeof(netralitas.extract_article('Sebuah kalimat pendek.',
                                               'https://' || repeat('a.', 500000) || 'id/'))
         AS very_long_url;

--
-- A 1 MB page on a single line: a dated opening, a long run of one
-- sentence, and an official and a date at the very end
--
\set filler 'Para pegawai diminta menjaga sikap dan tidak memihak kepada pasangan calon mana pun selama masa kampanye berlangsung. '
CREATE TEMP TABLE big AS
SELECT 'KEBUMEN (Warta Kebumen) – Sebanyak 250 ASN mengikuti apel netralitas, Senin (21/9/2020). ' ||
       repeat(:'filler', 8500) ||
       'Apel ditutup oleh Sekda Kabupaten Kebumen Bambang Hartono pada Selasa (22/9/2020).' AS raw;
SELECT octet_length(raw) BETWEEN 1000000 AND 1048576 AS about_1_mb,
       strpos(raw, E'\n') = 0 AS one_line
  FROM big;
CREATE TEMP TABLE big_clean AS
SELECT raw, netralitas.clean_article(raw) AS body, netralitas.extract_article(raw) AS a FROM big;
SELECT length(body) BETWEEN 1 AND length(raw) AS body_length,
       jsonb_typeof(a) AS extract,
       a->>'body' = body AS same_body,
       body LIKE 'KEBUMEN (Warta Kebumen) – Sebanyak 250 ASN %' AS keeps_start,
       body LIKE '% pada Selasa (22/9/2020).' AS keeps_end
  FROM big_clean;
-- positions near the end of a long body still point at the evidence
SELECT d.text, d.kind, substr(c.body, d.start, d.stop - d.start) = d.text AS evidence_is_text
  FROM big_clean AS c, netralitas.article_dates(c.raw) AS d
 ORDER BY d.start;
SELECT o.role, o.name, substr(c.body, o.start, o.stop - o.start) AS evidence
  FROM big_clean AS c, netralitas.article_officials(c.raw) AS o
 ORDER BY o.start;
DROP TABLE big_clean;
DROP TABLE big;

--
-- 50 MB of one word on one line: no article in it
--
SELECT length(netralitas.clean_article(repeat('a', 50 * 1024 * 1024))) AS body_length;
SELECT jsonb_typeof(netralitas.extract_article(repeat('a', 50 * 1024 * 1024))) AS extract;

--
-- A million short lines
--
SELECT length(netralitas.clean_article(repeat(E'x\n', 1000000))) AS body_length;
SELECT jsonb_typeof(netralitas.extract_article(repeat(E'x\n', 1000000))) AS extract;
-- all different, so that no line is dropped as a repeat
SELECT netralitas.clean_article(page) IS NOT NULL AS done
  FROM (SELECT string_agg('Baris nomor ' || i, E'\n') AS page
          FROM generate_series(1, 1000000) AS i) AS t;

--
-- Binary-ish garbage: control characters, every Latin-1 byte decoded as a
-- character (C1 controls included), and a sample of all of Unicode
-- (combining marks, right-to-left scripts, emoji, noncharacters).  The
-- results must be valid UTF-8 (convert_to checks) and the contracts hold.
--
CREATE TEMP TABLE garbage AS
SELECT 'control' AS name,
       repeat((SELECT string_agg(chr(c), '') FROM generate_series(1, 31) AS c) || chr(127), 1000) AS raw
UNION ALL
SELECT 'latin1',
       repeat(convert_from(decode((SELECT string_agg(lpad(to_hex(b), 2, '0'), '')
                                     FROM generate_series(1, 255) AS b), 'hex'), 'LATIN1'), 1000)
UNION ALL
SELECT 'unicode',
       (SELECT string_agg(chr(c), '' ORDER BY c)
          FROM generate_series(1, 1114111, 37) AS c
         WHERE c NOT BETWEEN 55296 AND 57343)
UNION ALL
-- a sentence with a combining accent and a zero-width space after every letter
SELECT 'combining',
       regexp_replace('KEBUMEN – Sekda Kabupaten Kebumen Bambang Hartono memimpin apel netralitas ASN, Senin (21/9/2020).',
                      '([a-z])', E'\\1\u0301\u200b', 'g')
UNION ALL
-- prose lines glued to garbage
SELECT 'mixed',
       repeat('Sebanyak 250 ASN mengikuti apel netralitas yang dipimpin Sekda Kabupaten Kebumen Bambang Hartono, Senin (21/9/2020). ' ||
              chr(1) || chr(27) || '[0m' || E'\ufffd\ufffe\uffff' || chr(8232) || E'\r', 200);
SELECT g.name,
       convert_to(b.body, 'UTF8') IS NOT NULL AS valid_body,
       convert_to(e.a::text, 'UTF8') IS NOT NULL AS valid_jsonb,
       jsonb_typeof(e.a) AS extract,
       (SELECT coalesce(bool_and(substr(b.body, o.start, o.stop - o.start) <> ''), true)
          FROM netralitas.article_officials(g.raw) AS o) AS officials,
       (SELECT coalesce(bool_and(substr(b.body, d.start, d.stop - d.start) = d.text), true)
          FROM netralitas.article_dates(g.raw) AS d) AS dates,
       (SELECT coalesce(bool_and(r.code IN (SELECT code FROM netralitas.region)), true)
          FROM netralitas.article_regions(g.raw) AS r) AS regions
  FROM garbage AS g
  CROSS JOIN LATERAL (SELECT netralitas.clean_article(g.raw) AS body OFFSET 0) AS b
  CROSS JOIN LATERAL (SELECT netralitas.extract_article(g.raw) AS a OFFSET 0) AS e
 ORDER BY g.name COLLATE "C";
-- the garbage does not hide the official of the mixed page
SELECT DISTINCT o.role, o.name
  FROM garbage AS g, netralitas.article_officials(g.raw) AS o
 WHERE g.name = 'mixed'
 ORDER BY 1, 2;
DROP TABLE garbage;

--
-- Deep nesting: quotes and parentheses that never close, and the same
-- with words that open an official's title inside
--
SELECT t.name, jsonb_typeof(e.a) AS extract, e.a->>'body' = b.body AS same_body,
       (SELECT coalesce(bool_and(substr(b.body, o.start, o.stop - o.start) <> ''), true)
          FROM netralitas.article_officials(t.raw) AS o) AS officials,
       (SELECT coalesce(bool_and(substr(b.body, d.start, d.stop - d.start) = d.text), true)
          FROM netralitas.article_dates(t.raw) AS d) AS dates
  FROM (VALUES ('quotes and parentheses', repeat('“(', 100000)),
               ('parentheses', repeat('(', 1000000)),
               ('closed late', repeat('“(', 100000) || repeat(')”', 100000)),
               ('titles', repeat('“(Pjs. Bupati ', 100000)),
               ('dates', repeat('Senin (', 100000) || repeat('1/', 100000))) AS t(name, raw)
  CROSS JOIN LATERAL (SELECT netralitas.clean_article(t.raw) AS body OFFSET 0) AS b
  CROSS JOIN LATERAL (SELECT netralitas.extract_article(t.raw) AS a OFFSET 0) AS e
 ORDER BY t.name COLLATE "C";

--
-- Cancellation: the functions check for interrupts, so a statement
-- timeout stops them and the session goes on.
--
\set para 'Sebanyak 250 ASN di lingkungan Pemkab Kebumen mengikuti apel netralitas ASN di Alun-alun Kebumen, Senin (21/9/2020), yang dipimpin Pjs. Bupati Kebumen Arif Santoso Wibowo. '
-- the time a whole 45 MB line takes, to compare with the cancelled runs
SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset
SELECT jsonb_typeof(netralitas.extract_article(repeat(:'para', 262000))) AS whole_run;
SELECT extract(epoch FROM clock_timestamp()) - :t0 AS whole_run \gset

SET statement_timeout = '100ms';
-- about 100 MB in paragraphs (building it may take most of the 100 ms)
SELECT netralitas.extract_article(repeat(:'para' || E'\n', 600000)) IS NOT NULL;
-- Building 45 MB takes well under 100 ms, so the timeout fires inside
-- the functions rather than in repeat().
SELECT extract(epoch FROM clock_timestamp()) AS t1 \gset
SELECT netralitas.extract_article(repeat(:'para', 262000)) IS NOT NULL;
SELECT length(netralitas.clean_article(repeat(:'para', 262000)));
SELECT count(*) FROM netralitas.article_dates(repeat(:'para', 262000));
SELECT extract(epoch FROM clock_timestamp()) - :t1 AS cancelled_runs \gset
RESET statement_timeout;
-- A cancelled run stops well before a whole run would end (without
-- interrupt checks the error would only come once the work is done).
SELECT :cancelled_runs / 3 < :whole_run / 2 AS cancelled_promptly;

-- the session and the functions work on after the cancellations
SELECT netralitas.extract_article(:'para')->>'event_date' AS event_date;
