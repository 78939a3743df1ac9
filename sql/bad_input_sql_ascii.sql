--
-- bad_input_sql_ascii: every function that takes text, on text that is not
-- valid UTF-8
--
-- Only a SQL_ASCII database lets such bytes into a text value.  Each call
-- must give a result or an error with a documented SQLSTATE, read every
-- invalid sequence as U+FFFD and return valid UTF-8.  Positions count
-- bytes, as substr() does in this database.  As in bad_input, a contract
-- that does not hold shows in capitals (BAD SPAN, INVALID UTF-8 ...) and
-- stays in the expected output until it is fixed.  In other databases the
-- test is skipped (expected/bad_input_sql_ascii_1.out); to run it:
--   pg_regress --encoding=SQL_ASCII --no-locale ... bad_input_sql_ascii
--
SELECT current_setting('server_encoding') <> 'SQL_ASCII' AS skip \gset
\if :skip
\echo skipped: the database encoding is not SQL_ASCII
\quit
\endif
SET search_path = public;

-- the same helpers as in bad_input; here bytes outside printable ASCII in
-- a message print as "?"
CREATE FUNCTION bad_input_try(q text, arg text DEFAULT NULL) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	r text;
	st text;
	msg text;
BEGIN
	EXECUTE q INTO r USING arg;
	RETURN coalesce(r, 'NULL');
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
	msg = regexp_replace(msg, '(rule|clause) \d+', '\1 N', 'g');
	msg = regexp_replace(msg, '[^\x20-\x7e]', '?', 'g');
	RETURN 'ERROR ' || st || ': ' ||
		CASE WHEN length(msg) > 72 THEN left(msg, 69) || '...' ELSE msg END;
END
$$;
CREATE FUNCTION bad_input_utf8(t text) RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
	PERFORM convert_from(textsend(t), 'UTF8');
	RETURN true;
EXCEPTION WHEN OTHERS THEN
	RETURN false;
END
$$;

-- ---------------------------------------------------------------------------
-- The inputs: one kind of invalid sequence each, written with escapes so
-- that this file stays ASCII.  \xe2\x80\x93 is a valid en dash.  The
-- invalid bytes sit before the evidence the functions report.
-- ---------------------------------------------------------------------------
\set report 'BATANG (Kabar Pesisir) DASH Bawaslu Kabupaten Batang menerima laporan warga tentang seorang kepala sekolah berstatus PNS yang memasang baliho bakal calon bupati di pagar sekolah, Rabu (9/10/2024). Ketua Bawaslu Kabupaten Batang Agus Riyanto mengatakan terlapor sudah diklarifikasi dan temuan itu diteruskan ke BKN.'
\set pledge 'Dalam apel di halaman kantor bupati, seluruh ASN berikrar menjaga dan menegakkan prinsip netralitas, menghindari konflik kepentingan, menggunakan media sosial secara bijak, serta menolak politik uang.'
CREATE TABLE bad_input_text (ord int PRIMARY KEY, kind text NOT NULL, val text);
INSERT INTO bad_input_text VALUES (1, 'report, valid', replace(:'report', 'DASH', E'\xe2\x80\x93'));
INSERT INTO bad_input_text
SELECT t.ord, t.kind, t.val
  FROM (SELECT val AS r FROM bad_input_text WHERE ord = 1) AS v,
       LATERAL (VALUES
(2, 'bytes ff fe', E'\xff\xfe'),
(3, 'lone continuation bytes', replace(r, 'seorang', E'seo\x80\xbfrang')),
(4, 'overlong slash', replace(r, 'seorang', E'seo\xc0\xafrang')),
(5, 'surrogate', replace(r, 'seorang', E'seo\xed\xa0\x80rang')),
(6, 'above U+10FFFF', replace(r, 'seorang', E'seo\xf4\x90\x80\x80rang')),
(7, 'five-byte form', replace(r, 'seorang', E'seo\xf8\x88\x80\x80\x80rang')),
(8, 'Latin-1 report', replace(replace(r, E'\xe2\x80\x93', E'\x96'), 'seorang', E's\xe9orang')),
(9, 'truncated at the end', r || E'\xe2\x80'),
(10, 'pledge after bad bytes', E'\xff\xfe\xfd ' || :'pledge'),
(11, 'NIP with a bad byte', E'19860926\xff201505 1 001'),
(12, 'NIK with a bad byte', E'3275\xc0\xaf014109860001'),
(13, 'election kind with a bad byte', E'pemilu\xff'),
(14, '1 MB of byte ff', repeat(E'\xff', 1048576)),
(15, '1 MB of lone continuation bytes', repeat(E'\x80', 1048576)),
(16, '100k truncated sequences', repeat(E'ASN \xe2\x80', 100000))) AS t(ord, kind, val);

SELECT ord, kind, octet_length(val) AS bytes
  FROM bad_input_text ORDER BY ord;

-- the functions that take text, as in bad_input
CREATE TABLE bad_input_fn (ord int PRIMARY KEY, name text NOT NULL, cache text NOT NULL, q text NOT NULL);
INSERT INTO bad_input_fn VALUES
(1, 'nip (text input)', '', $$SELECT $1::netralitas.nip::text$$),
(2, 'nip_is_valid', '', $$SELECT netralitas.nip_is_valid($1)::text$$),
(3, 'nik (text input)', '', $$SELECT $1::netralitas.nik::text$$),
(4, 'nik_is_valid', '', $$SELECT netralitas.nik_is_valid($1)::text$$),
(5, 'election_id(kind, 2024)', '', $$SELECT netralitas.election_id($1, 2024)$$),
(6, 'clean_article', '', $$
SELECT 'length ' || length(b) || CASE WHEN bad_input_utf8(b) THEN '' ELSE ', INVALID UTF-8' END
  FROM netralitas.clean_article($1) AS b$$),
(7, 'extract_article', '', $$
SELECT CASE WHEN a IS NULL THEN NULL ELSE
       format('%s keys, body %s, %s regions, %s officials, %s violations',
              (SELECT count(*) FROM jsonb_object_keys(a)), length(a->>'body'),
              jsonb_array_length(a->'regions'), jsonb_array_length(a->'officials'),
              jsonb_array_length(a->'violations')) ||
       CASE WHEN a->>'body' = netralitas.clean_article($1) THEN '' ELSE ', BODY DIFFERS' END ||
       CASE WHEN bad_input_utf8(a::text) THEN '' ELSE ', INVALID UTF-8' END
       END
  FROM netralitas.extract_article($1) AS a$$),
(8, 'extract_article(url)', '', $$
SELECT CASE WHEN o IS NULL THEN 'outlet null'
            WHEN NOT bad_input_utf8(o) THEN 'INVALID UTF-8'
            WHEN o !~ '^([[:alnum:]]([[:alnum:]-]*[[:alnum:]])?\.)+[[:alnum:]]+$' THEN 'NOT A HOST NAME: ' || length(o) || ' bytes'
            WHEN length(o) > 40 THEN 'outlet of ' || length(o) || ' bytes'
            ELSE 'outlet ' || o END
  FROM (SELECT netralitas.extract_article('Sebuah kalimat pendek.', $1)->>'outlet' AS o) AS t$$),
(9, 'article_officials', '', $$
SELECT count(*) || ' rows' ||
       CASE WHEN bool_and(o.start >= 1 AND o.stop > o.start AND o.stop <= length(b.body) + 1 AND
                          bad_input_utf8(substr(b.body, o.start, o.stop - o.start)))
                 IS DISTINCT FROM false THEN '' ELSE ', BAD SPAN' END
  FROM netralitas.article_officials($1) AS o, (SELECT netralitas.clean_article($1) AS body) AS b$$),
(10, 'article_regions', '', $$
SELECT count(*) || ' rows' ||
       CASE WHEN bool_and(r.code IN (SELECT code FROM netralitas.region)) IS DISTINCT FROM false
            THEN '' ELSE ', UNKNOWN CODE' END
  FROM netralitas.article_regions($1) AS r$$),
(11, 'article_dates', '', $$
SELECT count(*) || ' rows' ||
       CASE WHEN bool_and(substr(b.body, d.start, d.stop - d.start) = d.text) IS DISTINCT FROM false
            THEN '' ELSE ', BAD SPAN' END
  FROM netralitas.article_dates($1) AS d, (SELECT netralitas.clean_article($1) AS body) AS b$$),
(12, 'stem_text', '', $$
SELECT 'length ' || length(s) || CASE WHEN bad_input_utf8(s) THEN '' ELSE ', INVALID UTF-8' END
  FROM netralitas.stem_text($1) AS s$$),
(13, 'violation_matches', 'violation_rule', $$
SELECT count(*) || ' rows' ||
       CASE WHEN bool_and(substr($1, m.start, m.stop - m.start) = m.evidence) IS DISTINCT FROM false
            THEN '' ELSE ', BAD SPAN' END ||
       CASE WHEN bool_and(bad_input_utf8(m.evidence)) IS DISTINCT FROM false
            THEN '' ELSE ', INVALID UTF-8' END
  FROM netralitas.violation_matches($1) AS m$$),
(14, 'classify_violation', 'violation_rule', $$
SELECT coalesce(string_agg(c.form, ',' ORDER BY c.form), 'no rows') ||
       CASE WHEN bool_and(substr($1, c.start, c.stop - c.start) = c.evidence AND c.track IS NOT NULL)
                 IS DISTINCT FROM false THEN '' ELSE ', BAD SPAN' END ||
       CASE WHEN bool_and(bad_input_utf8(c.evidence)) IS DISTINCT FROM false
            THEN '' ELSE ', INVALID UTF-8' END
  FROM netralitas.classify_violation($1) AS c$$),
(15, 'violation_forms', 'violation_rule', $$SELECT netralitas.violation_forms($1)::text$$),
(16, 'is_incident', 'violation_rule', $$SELECT netralitas.is_incident($1)::text$$),
(17, 'check_pledge', 'pledge_clause', $$
SELECT count(*) || ' rows, ' || count(*) FILTER (WHERE c.present) || ' present' ||
       CASE WHEN bool_and(c.evidence IS NULL OR substr($1, c.start, c.stop - c.start) = c.evidence)
                 IS DISTINCT FROM false THEN '' ELSE ', BAD SPAN' END ||
       CASE WHEN bool_and(c.evidence IS NULL OR bad_input_utf8(c.evidence)) IS DISTINCT FROM false
            THEN '' ELSE ', INVALID UTF-8' END
  FROM netralitas.check_pledge($1) AS c$$),
(18, 'pledge_points', 'pledge_clause', $$SELECT netralitas.pledge_points($1)::text$$),
(19, 'pledge_missing', 'pledge_clause', $$SELECT netralitas.pledge_missing($1)::text$$),
(20, 'pledge_complete', 'pledge_clause', $$SELECT netralitas.pledge_complete($1)::text$$),
(21, 'validate_pledge(body)', 'pledge_clause', $$
SELECT coalesce(string_agg(problem || CASE WHEN n > 1 THEN ' x' || n ELSE '' END ||
                           CASE WHEN valid THEN '' ELSE ' (INVALID UTF-8)' END, ', ' ORDER BY problem), 'no problem')
  FROM (SELECT problem, count(*) AS n, bool_and(bad_input_utf8(detail)) AS valid
          FROM netralitas.validate_pledge('19860926 201505 1 001', '2024-01-10', 'pemilu-2024', $1)
         GROUP BY problem) AS p$$),
(22, 'pledge_is_valid(body)', 'pledge_clause', $$
SELECT netralitas.pledge_is_valid('19860926 201505 1 001', '2024-01-10', 'pemilu-2024', $1)::text$$),
(23, 'validate_pledge(election)', 'pledge_clause', $$
SELECT coalesce(string_agg(problem, ', ' ORDER BY problem), 'no problem')
  FROM netralitas.validate_pledge('19860926 201505 1 001', '2024-01-10', $1,
         'Kami berikrar menjaga dan menegakkan prinsip netralitas, menghindari konflik kepentingan, '
         'menggunakan media sosial secara bijak dan menolak politik uang.')$$),
(24, 'pledge_is_valid(election)', 'pledge_clause', $$
SELECT netralitas.pledge_is_valid('19860926 201505 1 001', '2024-01-10', $1,
         'Kami berikrar menjaga dan menegakkan prinsip netralitas, menghindari konflik kepentingan, '
         'menggunakan media sosial secara bijak dan menolak politik uang.')::text$$);

-- the functions that take text, against every input (pledge functions below)
SELECT i.kind AS input, f.name AS function, bad_input_try(f.q, i.val) AS result
  FROM bad_input_text AS i CROSS JOIN bad_input_fn AS f
 WHERE f.cache <> 'pledge_clause'
 ORDER BY i.ord, f.ord;

-- where the evidence of the classifier points, byte by byte
SELECT i.kind AS input, m.form, m.start, m.stop, m.evidence,
       substr(i.val, m.start, m.stop - m.start) AS text_at_span
  FROM bad_input_text AS i, netralitas.violation_matches(i.val) AS m
 WHERE i.ord BETWEEN 1 AND 9
 ORDER BY i.ord, m.form;

-- a user rule whose pattern is not valid UTF-8 is refused (2201B); one in
-- valid UTF-8 is used (rolled back)
BEGIN;
SELECT bad_input_try($$INSERT INTO netralitas.violation_rule (form, pattern) VALUES ('F13', $1) RETURNING 'accepted'$$,
                     E'baliho\xff') AS invalid_pattern,
       bad_input_try($$INSERT INTO netralitas.violation_rule (form, pattern) VALUES ('F13', $1) RETURNING 'accepted'$$,
                     E'\\bkepala\\s+s\xc3\xa9kolah\\b') AS utf8_pattern;
SELECT bad_input_try(f.q, replace(i.val, 'seorang kepala sekolah', E'seorang kepala s\xc3\xa9kolah')) AS classify_violation
  FROM bad_input_fn AS f, bad_input_text AS i WHERE f.name = 'classify_violation' AND i.ord = 1;
ROLLBACK;

-- ---------------------------------------------------------------------------
-- The pledge functions, in a new session (see bad_input)
-- ---------------------------------------------------------------------------
\c -
SET search_path = public;

SELECT i.kind AS input, f.name AS function, bad_input_try(f.q, i.val) AS result
  FROM bad_input_text AS i CROSS JOIN bad_input_fn AS f
 WHERE f.cache = 'pledge_clause'
 ORDER BY i.ord, f.ord;

-- where the evidence of check_pledge points, byte by byte
SELECT c.clause, c.present, c.start, c.stop, c.evidence,
       substr(i.val, c.start, c.stop - c.start) AS text_at_span
  FROM bad_input_text AS i, netralitas.check_pledge(i.val) AS c
 WHERE i.kind = 'pledge after bad bytes'
 ORDER BY c.clause;

-- a pledge wording that is not valid UTF-8 is refused (rolled back)
BEGIN;
SELECT bad_input_try($$INSERT INTO netralitas.pledge_clause (clause, pattern) VALUES ('P1', $1) RETURNING 'accepted'$$,
                     E'menjaga\xfe') AS invalid_pattern;
ROLLBACK;

DROP TABLE bad_input_fn;
DROP TABLE bad_input_text;
DROP FUNCTION bad_input_try(text, text);
DROP FUNCTION bad_input_utf8(text);
