--
-- bad_input: every SQL function of the extension against degenerate and
-- hostile input: NULL, empty and blank text, a megabyte of prose, digits,
-- one word, markup or punctuation, deep brackets, control characters,
-- combining marks, bidirectional controls, emoji, broken NIPs and NIKs,
-- extreme dates and numbers, short binary values, odd rule patterns.
--
-- Every call must give a result or an error with a documented SQLSTATE,
-- never a crash, an internal error (XX000) or invalid output.  The calls
-- run through bad_input_try(), which prints a summary of the result, or
-- "ERROR <SQLSTATE>:" and the start of the message, so that each matrix
-- is one table.  Large inputs print sizes and counts, never values.  The
-- summaries also check the contracts of the results, and a contract that
-- does not hold shows in capitals: BAD SPAN (a position that does not
-- point at the evidence), INVALID UTF-8, UNKNOWN CODE, BODY DIFFERS (the
-- body of extract_article is not clean_article), NOT A HOST NAME (the
-- outlet taken from a url).  The expected output keeps such a mark while
-- the contract is broken; fixing it changes that line.
--
-- Text that is not valid UTF-8 needs a SQL_ASCII database: see
-- bad_input_sql_ascii.
--
-- Each group of functions runs in a session of its own (\c), starting
-- with empty rule caches (sql/rule_cache.sql tests the caches together).
--
SET search_path = public;

-- bad_input_try(query, arg): run the query with $1 = arg and return its
-- one text column, 'NULL', or the error.  Rule ids in messages depend on
-- the sequence and are masked; characters outside printable ASCII in the
-- message (it may quote the input) print as "?".
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

-- is the text valid UTF-8 (in any server encoding)?
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
-- The text inputs.  The short report and pledge are written for this test;
-- the large inputs are built from them, from the region names or from
-- repeated characters.
-- ---------------------------------------------------------------------------
\set report 'BATANG (Kabar Pesisir) – Bawaslu Kabupaten Batang menerima laporan warga tentang seorang kepala sekolah berstatus PNS yang memasang baliho bakal calon bupati di pagar sekolah, Rabu (9/10/2024). Ketua Bawaslu Kabupaten Batang Agus Riyanto mengatakan terlapor sudah diklarifikasi dan temuan itu diteruskan ke BKN.'
\set pledge 'Dalam apel di halaman kantor bupati, seluruh ASN berikrar menjaga dan menegakkan prinsip netralitas, menghindari konflik kepentingan, menggunakan media sosial secara bijak, serta menolak politik uang.'

CREATE TABLE bad_input_text (ord int PRIMARY KEY, kind text NOT NULL, val text);
INSERT INTO bad_input_text VALUES
(1, 'report', :'report'),
(2, 'pledge', :'pledge'),
(3, 'NULL', NULL),
(4, 'empty', ''),
(5, 'one space', ' '),
(6, 'ASCII whitespace', repeat(E' \t\n\r\f' || chr(11), 10)),
-- no-break, en quad, em, thin and ideographic spaces, zero-width space
-- and joiner, byte-order mark, line and paragraph separators
(7, 'Unicode whitespace', repeat(E'\u00a0\u2000\u2003\u2009\u3000\u200b\u200d\ufeff\u2028\u2029', 10)),
-- about 1 MB of distinct lines: the report, 5,340 lines on ceremonies in
-- every region, the pledge and a closing line with an official and a date
(8, 'prose 1 MB',
 (SELECT :'report' || E'\n' ||
         string_agg(format('Sebanyak %s ASN di lingkungan Pemerintah %s mengikuti apel netralitas pada hari ke-%s, dan %s orang di antaranya menandatangani pakta integritas di hadapan Forkopimda.',
                           (i * 37) % 900 + 100, names[1 + i % array_length(names, 1)], i, (i * 13) % 90 + 10),
                    E'\n' ORDER BY i) || E'\n' || :'pledge' || E'\n' ||
         'Apel ditutup oleh Sekda Kabupaten Batang Lilik Wahyuni pada Kamis (10/10/2024).'
    FROM generate_series(1, 5340) AS i,
         (SELECT array_agg(name ORDER BY code) AS names FROM netralitas.region) AS r
   GROUP BY names)),
(9, 'digits 1 MB', repeat('1234567890', 104857)),
(10, 'one word 1 MB', repeat('netralitas', 104857)),
(11, 'NIPs 1 MB', repeat('19860926 201505 1 001, ', 45590)),
(12, 'markup 1 MB', repeat('<div class="baca-juga"><a href="/berita?id=1&amp;p=2">', 19418)),
(13, 'punctuation 1 MB', repeat('.,;:!?-–—()"“”''', 45590)),
(14, '100k nested ()', repeat('(', 100000) || 'PNS memasang baliho' || repeat(')', 100000)),
(15, '100k open brackets', repeat('([{«“‘', 16667)),
(16, '100k "ASN "', repeat('ASN ', 100000)),
-- C0 controls but NUL, then DEL and the C1 controls
(17, 'control characters', repeat((SELECT string_agg(chr(c), '') FROM generate_series(1, 31) AS c) || chr(127) ||
                                   (SELECT string_agg(chr(c), '') FROM generate_series(128, 159) AS c), 500)),
-- the report with a combining acute accent after every letter, then
-- 10,000 combining marks stacked on one letter
(18, 'combining marks', regexp_replace(:'report', '([[:alpha:]])', E'\\1\u0301', 'g') || ' a' ||
                        repeat(E'\u0301\u0323\u0308', 3333)),
-- the report inside a right-to-left override, a right-to-left mark after
-- every word, then Arabic script in an isolate
(19, 'RTL marks', E'\u202e' || replace(:'report', ' ', E'\u200f ') || E'\u202c\u2067' ||
                  E'\u0627\u0644\u0627\u0646\u062a\u062e\u0627\u0628\u0627\u062a' || E'\u2069'),
-- emoji (a flag, a ballot box with a variation selector, a skin tone),
-- astral letters, private use, noncharacters and the last code point
(20, 'emoji and astral', repeat(E'\U0001F1EE\U0001F1E9\U0001F5F3\uFE0F\U0001F44D\U0001F3FD\U0001D400\U00020000\uE000\uFFFE\uFFFF\U0010FFFF ', 1000));

SELECT ord, kind, octet_length(val) AS bytes, length(val) AS chars
  FROM bad_input_text ORDER BY ord;

-- ---------------------------------------------------------------------------
-- The functions that take text, each with a summary of its result.
-- "cache" is the rule table whose compiled form the function uses.
-- ---------------------------------------------------------------------------
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
            WHEN o !~ '^([[:alnum:]]([[:alnum:]-]*[[:alnum:]])?\.)+[[:alnum:]]+$' THEN 'NOT A HOST NAME: ' || length(o) || ' chars'
            WHEN length(o) > 40 THEN 'outlet of ' || length(o) || ' chars'
            ELSE 'outlet ' || o END
  FROM (SELECT netralitas.extract_article('Sebuah kalimat pendek.', $1)->>'outlet' AS o) AS t$$),
(9, 'article_officials', '', $$
SELECT count(*) || ' rows' ||
       CASE WHEN bool_and(o.start >= 1 AND o.stop > o.start AND o.stop <= length(b.body) + 1)
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
SELECT coalesce(string_agg(problem || CASE WHEN n > 1 THEN ' x' || n ELSE '' END, ', ' ORDER BY problem), 'no problem')
  FROM (SELECT problem, count(*) AS n
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

-- ---------------------------------------------------------------------------
-- User rules with odd patterns (rolled back), each for its own form so
-- that its evidence shows.  PCRE2 refuses some at once (2201B); the others
-- must leave the classifier working and its evidence valid.
-- ---------------------------------------------------------------------------
SELECT last_value AS rule_seq, is_called AS rule_seq_called
  FROM netralitas.violation_rule_id_seq \gset
BEGIN;
CREATE TEMP TABLE bad_input_pattern (ord int PRIMARY KEY, kind text NOT NULL, pattern text);
INSERT INTO bad_input_pattern VALUES
(1, 'NULL', NULL),
(2, 'empty', ''),
(3, 'one space', ' '),
(4, 'lookahead only', '(?=baliho)'),
(5, 'end anchor only', '$'),
(6, 'backreference', '(baliho)\s+\1'),
(7, 'recursion', '(?R)?zorblax'),
(8, 'callout', '(?C1)zorblax'),
(9, '(*ACCEPT)', '(*ACCEPT)'),
(10, 'one code unit \C', 'Pesisir\) \C'),
(11, 'trailing backslash', '\'),
(12, 'variable lookbehind', '(?<=a+)b'),
(13, 'quantifier too big', 'a{65536}'),
(14, 'code point too big', '\x{110000}'),
(15, '100k nested ()', repeat('(', 100000) || 'a' || repeat(')', 100000)),
(16, '1 MB literal', repeat('a', 1048576)),
(17, 'a{50000}', 'a{50000}');
SELECT p.kind AS pattern,
       bad_input_try(format($$INSERT INTO netralitas.violation_rule (form, pattern, note)
                              VALUES (%L, $1, 'bad_input %s') RETURNING 'accepted'$$,
                            'F' || lpad((2 + p.ord % 12)::text, 2, '0'), p.ord),
                     p.pattern) AS insert
  FROM bad_input_pattern AS p ORDER BY p.ord;
-- the classifier with all the accepted rules at once: the builtin F01
-- still found, spans and evidence valid
SELECT bad_input_try(q, :'report') AS classify_violation
  FROM bad_input_fn WHERE name = 'classify_violation';
-- which accepted rules fire on the report, and their evidence
SELECT p.kind AS pattern, m.form, encode(textsend(m.evidence), 'hex') AS evidence_bytes,
       bad_input_utf8(m.evidence) AS valid_utf8
  FROM netralitas.violation_matches(:'report') AS m
  JOIN netralitas.violation_rule AS r ON r.id = m.rule_id
  JOIN bad_input_pattern AS p ON r.note = 'bad_input ' || p.ord
 ORDER BY p.ord;
ROLLBACK;
SELECT setval('netralitas.violation_rule_id_seq', :rule_seq, :'rule_seq_called'::boolean) IS NOT NULL AS seq_reset;

-- ---------------------------------------------------------------------------
-- The pledge functions, in a new session
-- ---------------------------------------------------------------------------
\c -
SET search_path = public;

SELECT i.kind AS input, f.name AS function, bad_input_try(f.q, i.val) AS result
  FROM bad_input_text AS i CROSS JOIN bad_input_fn AS f
 WHERE f.cache = 'pledge_clause'
 ORDER BY i.ord, f.ord;

-- validate_pledge and pledge_is_valid with missing and extreme arguments:
-- the problems found (no error), and pledge_is_valid agrees
CREATE TEMP TABLE bad_input_record (ord int PRIMARY KEY, kind text NOT NULL,
                                    signer netralitas.nip, signed_on date, election text, body text);
\set body 'Kami berikrar menjaga dan menegakkan prinsip netralitas, menghindari konflik kepentingan, menggunakan media sosial secara bijak dan menolak politik uang.'
INSERT INTO bad_input_record VALUES
(1, 'valid', '19860926 201505 1 001', '2024-01-10', 'pemilu-2024', :'body'),
(2, 'all NULL', NULL, NULL, NULL, NULL),
(3, 'signer NULL', NULL, '2024-01-10', 'pemilu-2024', :'body'),
(4, 'date NULL', '19860926 201505 1 001', NULL, 'pemilu-2024', :'body'),
(5, 'election NULL', '19860926 201505 1 001', '2024-01-10', NULL, :'body'),
(6, 'body NULL', '19860926 201505 1 001', '2024-01-10', 'pemilu-2024', NULL),
(7, 'date infinity', '19860926 201505 1 001', 'infinity', 'pemilu-2024', :'body'),
(8, 'date -infinity', '19860926 201505 1 001', '-infinity', 'pemilu-2024', :'body'),
(9, 'date 4713 BC', '19860926 201505 1 001', '4713-01-01 BC', 'pemilu-2024', :'body'),
(10, 'date 1899-12-31', '19860926 201505 1 001', '1899-12-31', 'pemilu-2024', :'body'),
(11, 'date 2101-01-01', '19860926 201505 1 001', '2101-01-01', 'pemilu-2024', :'body'),
(12, 'date 5874897-12-31', '19860926 201505 1 001', '5874897-12-31', 'pemilu-2024', :'body'),
(13, 'signed before birth', '19860926 201505 1 001', '1950-01-01', 'pilkada-2015', :'body'),
(14, 'election empty', '19860926 201505 1 001', '2024-01-10', '', :'body'),
(15, 'election padded', '19860926 201505 1 001', '2024-01-10', ' pemilu-2024 ', :'body'),
(16, 'election upper case', '19860926 201505 1 001', '2024-01-10', 'PEMILU-2024', :'body'),
(17, 'election 1 MB', '19860926 201505 1 001', '2024-01-10', repeat('pemilu-2024', 95326), :'body'),
(18, 'body of spaces, tabs, newlines', '19860926 201505 1 001', '2024-01-10', 'pemilu-2024', E' \t\r\n '),
(19, 'body of form feeds', '19860926 201505 1 001', '2024-01-10', 'pemilu-2024', E'\f\f'),
(20, 'body of no-break spaces', '19860926 201505 1 001', '2024-01-10', 'pemilu-2024', E'\u00a0\u00a0'),
(21, 'PPPK signs a PNS text', '19900913 202013 2 014', '2024-01-10', 'pemilu-2024',
     'Saya, PNS, berikrar menjaga dan menegakkan prinsip netralitas, menghindari konflik kepentingan, menggunakan media sosial secara bijak dan menolak politik uang.');
SELECT r.kind,
       bad_input_try($$SELECT coalesce(string_agg(problem || CASE WHEN n > 1 THEN ' x' || n ELSE '' END ||
                                                    CASE WHEN explained THEN '' ELSE ' (NO DETAIL)' END,
                                                    ', ' ORDER BY problem), 'no problem')
                         FROM (SELECT problem, count(*) AS n, bool_and(detail <> '') AS explained
                                 FROM netralitas.validate_pledge(
                                 (SELECT signer FROM bad_input_record WHERE ord = $1::int),
                                 (SELECT signed_on FROM bad_input_record WHERE ord = $1::int),
                                 (SELECT election FROM bad_input_record WHERE ord = $1::int),
                                 (SELECT body FROM bad_input_record WHERE ord = $1::int))
                                GROUP BY problem) AS p$$, r.ord::text) AS problems,
       bad_input_try($$SELECT netralitas.pledge_is_valid(signer, signed_on, election, body)::text
                         FROM bad_input_record WHERE ord = $1::int$$, r.ord::text) AS pledge_is_valid
  FROM bad_input_record AS r ORDER BY r.ord;
DROP TABLE bad_input_record;

-- user pledge wordings with odd patterns (rolled back), spread over the
-- four points so that the evidence of each shows
SELECT last_value AS clause_seq, is_called AS clause_seq_called
  FROM netralitas.pledge_clause_id_seq \gset
BEGIN;
CREATE TEMP TABLE bad_input_pattern (ord int PRIMARY KEY, kind text NOT NULL, pattern text);
INSERT INTO bad_input_pattern VALUES
(1, 'NULL', NULL),
(2, 'empty', ''),
(3, 'one space', ' '),
(4, 'lookahead only', '(?=menjaga)'),
(5, 'one code unit \C', 'apel\C'),
(6, 'trailing backslash', '\'),
(7, '100k nested ()', repeat('(', 100000) || 'a' || repeat(')', 100000)),
(8, '1 MB literal', repeat('a', 1048576));
SELECT p.kind AS pattern,
       bad_input_try(format($$INSERT INTO netralitas.pledge_clause (clause, pattern, note)
                              VALUES (%L, $1, 'bad_input %s') RETURNING 'accepted'$$,
                            'P' || (1 + p.ord % 4), p.ord),
                     p.pattern) AS insert
  FROM bad_input_pattern AS p ORDER BY p.ord;
-- a pledge with an accented word after "apel": evidence, spans and the
-- points with all the accepted wordings at once
\set accented 'Dalam apelé pagi, kami berikrar menolak politik uang.'
SELECT c.clause, c.present, encode(textsend(c.evidence), 'hex') AS evidence_bytes,
       bad_input_utf8(c.evidence) AS valid_utf8, c.start, c.stop
  FROM netralitas.check_pledge(:'accented') AS c ORDER BY c.clause;
SELECT netralitas.pledge_points(:'accented'), netralitas.pledge_complete(:'accented');
ROLLBACK;
SELECT setval('netralitas.pledge_clause_id_seq', :clause_seq, :'clause_seq_called'::boolean) IS NOT NULL AS seq_reset;

-- ---------------------------------------------------------------------------
-- The typed functions, in a new session (no rule table involved)
-- ---------------------------------------------------------------------------
\c -
SET search_path = public;

-- nip: text input that is nearly right, refused with 22P02 (the message
-- quotes the input and is left out).  nip_is_valid must agree with the
-- cast, and so must nip_in() called directly.
CREATE TEMP TABLE bad_input_nip (ord int PRIMARY KEY, kind text NOT NULL, v text);
INSERT INTO bad_input_nip VALUES
(1, 'valid, compact', '198609262015051001'),
(2, 'valid, grouped with mixed separators', '19860926-201505.1 001'),
(3, 'valid, tabs and newlines around', E'\t\n 19860926 201505 1 001 \r\n\f'),
(4, 'valid, 1 MB of trailing spaces', '19860926 201505 1 001' || repeat(' ', 1048576)),
(5, '18 digits, 31 Sep', '198609312015051001'),
(6, '18 digits, 29 Feb of a common year', '19850229 201505 1 001'),
(7, '18 digits, month 13', '19861326 201505 1 001'),
(8, '18 digits, born 1899', '18991231 192001 1 001'),
(9, '18 digits, leading zero', '09990101 201505 1 001'),
(10, '18 zeros', '000000000000000000'),
(11, '18 nines', '999999999999999999'),
(12, 'appointment month 00', '19860926 201500 1 001'),
(13, 'gender 3', '19860926 201505 3 001'),
(14, 'serial 000', '19860926 201505 1 000'),
(15, 'appointed at 17', '19860926 200408 1 001'),
(16, 'appointed in 9999', '19860926 999912 1 001'),
(17, '17 digits', '19860926201505100'),
(18, '19 digits', '1986092620150510011'),
(19, 'two NIPs', '198609262015051001198609262015051001'),
(20, '1 MB of digits', repeat('1', 1048576)),
(21, 'leading plus', '+198609262015051001'),
(22, 'leading minus', '-198609262015051001'),
(23, 'separator at the end', '19860926 201505 1 001-'),
(24, 'separator inside a group', '1986 0926 201505 1 001'),
(25, 'group of PPPK split', '19900913 2020 13 2 014'),
(26, 'trailing letter', '198609262015051001x'),
(27, 'no-break space before', E'\u00a0198609262015051001'),
(28, 'zero-width space inside', E'19860926\u200b201505 1 001'),
(29, 'combining mark after', E'19860926 201505 1 001\u0301'),
(30, 'full-width digits', '１９８６０９２６２０１５０５１００１'),
(31, 'Arabic-Indic digits', E'\u0661\u0669\u0668\u0666\u0660\u0669\u0662\u0666\u0662\u0660\u0661\u0665\u0660\u0665\u0661\u0660\u0660\u0661'),
(32, 'control character inside', E'19860926\x01201505 1 001'),
(33, 'valid PPPK', '19900913 202013 2 014'),
(34, 'PPPK code 99', '19900913 202099 1 001');
SELECT n.kind,
       regexp_replace(bad_input_try($$SELECT $1::netralitas.nip::text$$, n.v),
                      ': invalid input syntax for type nip: .*', '') AS cast,
       netralitas.nip_is_valid(n.v) AS is_valid,
       bad_input_try($$SELECT netralitas.nip_in($1::cstring)::text$$, n.v) =
         bad_input_try($$SELECT $1::netralitas.nip::text$$, n.v) AS nip_in_agrees
  FROM bad_input_nip AS n ORDER BY n.ord;
SELECT count(*) FILTER (WHERE netralitas.nip_is_valid(n.v) <>
                              (bad_input_try($$SELECT $1::netralitas.nip::text$$, n.v) !~ '^ERROR')) AS disagreements
  FROM bad_input_nip AS n;
DROP TABLE bad_input_nip;

-- nik: the same
CREATE TEMP TABLE bad_input_nik (ord int PRIMARY KEY, kind text NOT NULL, v text);
INSERT INTO bad_input_nik VALUES
(1, 'valid, compact', '3275014109860001'),
(2, 'valid, blocks of four', '3275 0141 0986 0001'),
(3, 'valid, area-code form', '32.75.01.410986.0001'),
(4, 'valid, hyphens', '3275-0141-0986-0001'),
(5, 'valid, 1 MB of trailing spaces', '3275014109860001' || repeat(' ', 1048576)),
(6, 'valid, woman born 31 Jan', '3275017101860001'),
(7, 'valid, 29 Feb 00', '3275012902000001'),
(8, '16 digits, 31 Sep of a woman', '3275017109860001'),
(9, '16 digits, 29 Feb 01', '3275012902010001'),
(10, '16 digits, day 00', '3275010009860001'),
(11, '16 digits, day 72', '3275017201860001'),
(12, '16 digits, month 13', '3275014113860001'),
(13, 'province 99', '9975014109860001'),
(14, 'province 00, leading zeros', '0075014109860001'),
(15, 'leading zero', '0175014109860001'),
(16, '16 zeros', '0000000000000000'),
(17, 'regency 00', '3200014109860001'),
(18, 'district 00', '3275004109860001'),
(19, 'serial 0000', '3275014109860000'),
(20, '15 digits', '327501410986000'),
(21, '17 digits', '32750141098600012'),
(22, 'blocks of two', '32 75 01 41 09 86 00 01'),
(23, '1 MB of digits', repeat('3', 1048576)),
(24, 'full-width digits', '３２７５０１４１０９８６０００１'),
(25, 'zero-width space before', E'\u200b3275014109860001'),
(26, 'control character inside', E'3275\x7f014109860001');
SELECT n.kind,
       regexp_replace(bad_input_try($$SELECT $1::netralitas.nik::text$$, n.v),
                      ': invalid input syntax for type nik: .*', '') AS cast,
       netralitas.nik_is_valid(n.v) AS is_valid,
       bad_input_try($$SELECT netralitas.nik_in($1::cstring)::text$$, n.v) =
         bad_input_try($$SELECT $1::netralitas.nik::text$$, n.v) AS nik_in_agrees
  FROM bad_input_nik AS n ORDER BY n.ord;
SELECT count(*) FILTER (WHERE netralitas.nik_is_valid(n.v) <>
                              (bad_input_try($$SELECT $1::netralitas.nik::text$$, n.v) !~ '^ERROR')) AS disagreements
  FROM bad_input_nik AS n;
DROP TABLE bad_input_nik;

-- bigint to nip and nik: the function and the explicit cast (22023)
SELECT b AS bigint,
       bad_input_try($$SELECT netralitas.nip($1::bigint)::text$$, b) AS nip,
       bad_input_try($$SELECT $1::bigint::netralitas.nip::text$$, b) =
         bad_input_try($$SELECT netralitas.nip($1::bigint)::text$$, b) AS nip_cast_agrees,
       bad_input_try($$SELECT netralitas.nik($1::bigint)::text$$, b) AS nik,
       bad_input_try($$SELECT $1::bigint::netralitas.nik::text$$, b) =
         bad_input_try($$SELECT netralitas.nik($1::bigint)::text$$, b) AS nik_cast_agrees
  FROM unnest(ARRAY[NULL, '0', '-1', '-198609262015051001', '-3275014109860001',
                    '9223372036854775807', '-9223372036854775808',
                    '198609262015051001', '19860926201505100', '1986092620150510011',
                    '3275014109860001', '327501410986000', '32750141098600011']) WITH ORDINALITY AS t(b, ord)
 ORDER BY ord;

-- binary input (nip_recv, nik_recv), reached through COPY ... FORMAT
-- binary: each payload is the one field of a binary COPY stream that
-- printf writes (COPY FROM PROGRAM, no file), read as nip, nik and, for
-- comparison, bigint.  A field that is not 8 bytes long fails as it does
-- for bigint.
CREATE FUNCTION pg_temp.recv(typ text, payload bytea) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	stream bytea := '\x5047434f50590aff0d0a00'::bytea || '\x00000000000000000001'::bytea ||
		CASE WHEN payload IS NULL THEN '\xffffffff'::bytea
			 ELSE int4send(length(payload)) || payload END || '\xffff'::bytea;
	octal text;
	r text;
	st text;
	msg text;
BEGIN
	SELECT string_agg('\' || ((b >> 6) & 7) || ((b >> 3) & 7) || (b & 7), '' ORDER BY i) INTO octal
	  FROM (SELECT i, get_byte(stream, i) AS b
	          FROM generate_series(0, length(stream) - 1) AS i) AS t;
	EXECUTE format('CREATE TEMP TABLE bad_input_recv (v %s)', typ);
	EXECUTE format('COPY bad_input_recv FROM PROGRAM %L WITH (FORMAT binary)',
				   'printf ''' || octal || '''');
	SELECT coalesce(v::text, 'NULL') INTO r FROM bad_input_recv;
	DROP TABLE bad_input_recv;
	RETURN r;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
	RETURN 'ERROR ' || st || ': ' || CASE WHEN length(msg) > 60 THEN left(msg, 57) || '...' ELSE msg END;
END
$$;
SELECT kind, pg_temp.recv('netralitas.nip', payload) AS nip, pg_temp.recv('netralitas.nik', payload) AS nik,
       pg_temp.recv('bigint', payload) AS bigint
  FROM (VALUES (1, 'valid NIP', int8send(198609262015051001)),
               (2, 'valid NIK', int8send(3275014109860001)),
               (3, 'NIP with 31 Sep', int8send(198609312015051001)),
               (4, 'zero', int8send(0)),
               (5, 'minus one', int8send(-1)),
               (6, 'largest bigint', int8send(9223372036854775807)),
               (7, 'NULL field', NULL),
               (8, '0 bytes', '\x'::bytea),
               (9, '4 bytes', '\x0000002a'::bytea),
               (10, '9 bytes', int8send(198609262015051001) || '\x00'::bytea)) AS t(ord, kind, payload)
 ORDER BY ord;

-- accessors of valid values at the edges: the earliest birth, PPPK codes,
-- serial 999, leap days, women (and NULL: all strict)
SELECT n, netralitas.nip_format(n), netralitas.nip_birth_date(n), netralitas.nip_appointed_on(n),
       netralitas.nip_appointed_year(n), netralitas.nip_gender(n), netralitas.nip_serial(n),
       netralitas.nip_kind(n), n::bigint AS bigint, netralitas.nip_out(n)::text = n::text AS out_ok,
       netralitas.nip_send(n) = int8send(n::bigint) AS send_ok
  FROM unnest(ARRAY[NULL, '19000101 191801 1 001'::text, '19840229 200203 2 999', '19900913 202013 2 014', '19900913 202099 1 001']::netralitas.nip[])
       WITH ORDINALITY AS t(n, ord)
 ORDER BY ord;
SELECT k, netralitas.nik_region_code(k), netralitas.nik_province_code(k),
       netralitas.nik_district_code(k), netralitas.nik_birth_date(k), netralitas.nik_gender(k),
       k::bigint AS bigint, netralitas.nik_out(k)::text = k::text AS out_ok,
       netralitas.nik_send(k) = int8send(k::bigint) AS send_ok
  FROM unnest(ARRAY[NULL, '1101010101000001', '3275017101860001', '3275012902000001',
                    '9471015112999999']::netralitas.nik[]) WITH ORDINALITY AS t(k, ord)
 ORDER BY ord;

-- date arguments: NULL, infinite, the first and last dates PostgreSQL has
CREATE TEMP TABLE bad_input_date (ord int PRIMARY KEY, d text);
INSERT INTO bad_input_date VALUES
(1, NULL), (2, 'infinity'), (3, '-infinity'), (4, '4713-01-01 BC'), (5, '0001-01-01'),
(6, '1986-09-25'), (7, '1986-09-26'), (8, '1999-12-31'), (9, '2000-02-29'), (10, '2024-02-14'),
(11, '5874897-12-31');
SELECT d AS date,
       bad_input_try($$SELECT netralitas.nip_age('19860926 201505 1 001', $1::date)::text$$, d) AS nip_age,
       bad_input_try($$SELECT netralitas.nik_birth_date('3275012902000001', $1::date)::text$$, d) AS nik_birth_date_29feb00,
       bad_input_try($$SELECT netralitas.nik_birth_date('3275014109860001', $1::date)::text$$, d) AS nik_birth_date_1sep86,
       bad_input_try($$SELECT netralitas.election_on($1::date)$$, d) AS election_on
  FROM bad_input_date ORDER BY ord;
DROP TABLE bad_input_date;
-- every election covers its own voting day and window edges
SELECT count(*) FILTER (WHERE netralitas.election_on(voting_day) = id) AS on_voting_day,
       count(*) FILTER (WHERE netralitas.election_on(stages_start) IS NOT NULL) AS at_stages_start,
       count(*) FILTER (WHERE netralitas.election_on(stages_end) IS NOT NULL) AS at_stages_end,
       count(*) AS elections
  FROM netralitas.election;

-- election_id: kinds with odd case and spacing, extreme years
SELECT k AS kind, y AS year, bad_input_try(format($$SELECT netralitas.election_id($1, %s)$$, coalesce(y::text, 'NULL')), k) AS election_id
  FROM (VALUES (1, 'pemilu', 2024), (2, ' PeMiLu ', 2024), (3, 'pilkada', NULL), (4, NULL, 2024),
               (5, 'pilkada', -2147483648), (6, 'pilkada', 0), (7, 'pilkada', 2147483647),
               (8, E'pilkada\t', 2024), (9, E'\u00a0pilkada', 2024), (10, 'PILWALKOT', 2020),
               (11, 'pemilu-2024', 2024)) AS t(ord, k, y)
 ORDER BY ord;

-- the compiled-in data: callable by anyone, and the same as the tables
SELECT (SELECT count(*) FROM netralitas.builtin_violation_rules()) AS builtin_rules,
       (SELECT count(*) FROM netralitas.violation_rule WHERE builtin) AS builtin_rule_rows,
       (SELECT count(*) FROM netralitas.builtin_pledge_clauses()) AS builtin_clauses,
       (SELECT count(*) FROM netralitas.pledge_clause WHERE builtin) AS builtin_clause_rows,
       (SELECT count(*) FROM netralitas.election_calendar()) AS calendar,
       (SELECT count(*) FROM netralitas.election) AS election_rows,
       (SELECT count(*) FROM netralitas.region_catalog()) AS catalog,
       (SELECT count(*) FROM netralitas.region) AS region_rows;
-- set-returning functions in the select list work as well
SELECT (SELECT count(*) FROM (SELECT netralitas.region_catalog()) AS t) AS catalog_in_select_list,
       (SELECT count(*) FROM (SELECT netralitas.builtin_pledge_clauses()) AS t) AS clauses_in_select_list;

-- trigger functions called directly: refused with 39P01
SELECT f, bad_input_try(format('SELECT ''returned'' WHERE netralitas.%s() IS NULL', f)) AS result
  FROM unnest(ARRAY['reference_guard', 'rule_pattern_validate', 'rule_table_changed']) AS f
 ORDER BY f;

DROP TABLE bad_input_fn;
DROP TABLE bad_input_text;
DROP FUNCTION bad_input_try(text, text);
DROP FUNCTION bad_input_utf8(text);
