--
-- article_sql_ascii: text that is not valid UTF-8
--
-- Only a SQL_ASCII database lets such bytes into a text value.  The
-- functions must read each invalid sequence as U+FFFD, return valid UTF-8,
-- and still find the facts around it.  In other databases the test is
-- skipped (expected/article_sql_ascii_1.out); to run it:
--   pg_regress --encoding=SQL_ASCII --no-locale ... article_sql_ascii
--
SELECT current_setting('server_encoding') <> 'SQL_ASCII' AS skip \gset
\if :skip
\echo skipped: the database encoding is not SQL_ASCII
\quit
\endif

-- Each page has one kind of invalid sequence.  The literals are written
-- with escapes so that this file stays ASCII; \xe2\x80\x93 is a valid en
-- dash, \xef\xbf\xbd is U+FFFD.
CREATE TEMP TABLE bad (name text PRIMARY KEY, raw text NOT NULL);
INSERT INTO bad VALUES
('bytes ff fe', E'abc\xff\xfe def'),
('lone continuation bytes', E'KEBUMEN (Warta Kebumen) \xe2\x80\x93 Sebanyak 250 ASN mengikuti apel\x80\xbf netralitas di Alun-alun Kebumen, Senin (21/9/2020), kata Sekda Kabupaten Kebumen Bambang Hartono.'),
('overlong slash', E'KEBUMEN (Warta Kebumen) \xe2\x80\x93 Sebanyak 250 ASN mengikuti apel\xc0\xaf netralitas di Alun-alun Kebumen, Senin (21/9/2020), kata Sekda Kabupaten Kebumen Bambang Hartono.'),
('surrogate', E'KEBUMEN (Warta Kebumen) \xe2\x80\x93 Sebanyak 250 ASN mengikuti apel\xed\xa0\x80 netralitas di Alun-alun Kebumen, Senin (21/9/2020), kata Sekda Kabupaten Kebumen Bambang Hartono.'),
('above U+10FFFF', E'KEBUMEN (Warta Kebumen) \xe2\x80\x93 Sebanyak 250 ASN mengikuti apel\xf4\x90\x80\x80 netralitas di Alun-alun Kebumen, Senin (21/9/2020), kata Sekda Kabupaten Kebumen Bambang Hartono.'),
('five bytes', E'KEBUMEN (Warta Kebumen) \xe2\x80\x93 Sebanyak 250 ASN mengikuti apel\xf8\x88\x80\x80\x80 netralitas di Alun-alun Kebumen, Senin (21/9/2020), kata Sekda Kabupaten Kebumen Bambang Hartono.'),
('latin-1 text', E'KEBUMEN (Warta Kebumen) \x96 Sebanyak 250 ASN mengikuti apel netralitas di Caf\xe9 Alun-alun Kebumen, Senin (21/9/2020), kata Sekda Kabupaten Kebumen Bambang Hartono.'),
('truncated at the end', E'KEBUMEN (Warta Kebumen) \xe2\x80\x93 Sebanyak 250 ASN mengikuti apel netralitas di Alun-alun Kebumen, Senin (21/9/2020), kata Sekda Kabupaten Kebumen Bambang Hartono.\xe2\x80');

-- Valid UTF-8 out (convert_from checks it), every invalid sequence
-- replaced, and the extraction goes on.
SELECT name,
       convert_from(convert_to(netralitas.clean_article(raw), 'SQL_ASCII'), 'UTF8') IS NOT NULL
         AS valid_body,
       convert_from(convert_to(netralitas.extract_article(raw)::text, 'SQL_ASCII'), 'UTF8') IS NOT NULL
         AS valid_jsonb,
       strpos(netralitas.clean_article(raw), E'\xef\xbf\xbd') > 0 AS replaced
  FROM bad
 WHERE name <> 'bytes ff fe'
 ORDER BY name COLLATE "C";
SELECT convert_from(convert_to(netralitas.clean_article(raw), 'SQL_ASCII'), 'UTF8') IS NOT NULL
         AS valid_body,
       jsonb_typeof(netralitas.extract_article(raw)) AS extract
  FROM bad WHERE name = 'bytes ff fe';

SELECT name, a->>'event_date' AS event_date, a->'regions'->0->>'code' AS region,
       a->'officials'->0->>'name' AS official
  FROM bad, netralitas.extract_article(raw) AS a
 WHERE name <> 'bytes ff fe'
 ORDER BY name COLLATE "C";

-- Positions count characters as substr() does in this database (one
-- byte, one character), so they still point at the evidence.
SELECT b.name, o.name AS official, substr(c.body, o.start, o.stop - o.start) AS evidence
  FROM bad AS b
  CROSS JOIN LATERAL (SELECT netralitas.clean_article(b.raw) AS body OFFSET 0) AS c
  CROSS JOIN LATERAL netralitas.article_officials(b.raw) AS o
 ORDER BY b.name COLLATE "C", o.start;
SELECT b.name, d.text, substr(c.body, d.start, d.stop - d.start) = d.text AS evidence_is_text
  FROM bad AS b
  CROSS JOIN LATERAL (SELECT netralitas.clean_article(b.raw) AS body OFFSET 0) AS c
  CROSS JOIN LATERAL netralitas.article_dates(b.raw) AS d
 ORDER BY b.name COLLATE "C", d.start;

DROP TABLE bad;
