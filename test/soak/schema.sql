--
-- Soak test: tables of input texts and the functions that the pgbench
-- scripts of this folder call.  Every call of a netralitas function on
-- generated input happens here, so that the documented errors can be
-- caught (and counted in soak.caught) while any other error reaches
-- pgbench, which then stops the client and the soak fails.
--
-- Each entry point takes a seed from pgbench and calls setseed() with it:
-- the statement in the server log of a failure, e.g.
-- SELECT soak.articles(123456), rebuilds the same input when run again.
--

CREATE SCHEMA soak;

-- The files as loaded by test/soak/load-texts.sh
CREATE TABLE soak.raw_file (path text PRIMARY KEY, data bytea NOT NULL);
CREATE TABLE soak.jsonl_line (path text, line text NOT NULL);

-- Texts of each kind numbered 1..n, so that a random one is one index probe
-- (the key is added once they are numbered).
--   page     scraped news pages (test/fixtures/articles)
--   report   labelled violation reports (test/classify)
--   pledge   labelled pledge texts (test/pledge)
--   hostile  fuzz seed inputs (test/fuzz/corpus)
CREATE TABLE soak.text (
	kind text NOT NULL,
	n integer NOT NULL,
	name text NOT NULL,
	body text NOT NULL
);
CREATE TABLE soak.kind_count (kind text PRIMARY KEY, n integer NOT NULL);
-- Every non-blank line of the pages, reports and pledges, to recombine.
CREATE TABLE soak.line (n integer PRIMARY KEY, line text NOT NULL);
CREATE TABLE soak.outlet (n integer PRIMARY KEY, host text NOT NULL);

-- Documented errors caught on purpose, one row each (read at the end).
CREATE UNLOGGED TABLE soak.caught (fn text NOT NULL, sqlstate text NOT NULL, message text);

-- When user rules were last added or removed (see soak.admin).
CREATE TABLE soak.churn (last timestamptz NOT NULL);
INSERT INTO soak.churn VALUES ('-infinity');

CREATE FUNCTION soak.build_texts() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	f record;
	decoded text;
BEGIN
	FOR f IN SELECT path, data FROM soak.raw_file ORDER BY path LOOP
		BEGIN
			decoded := convert_from(f.data, 'UTF8');
		EXCEPTION WHEN character_not_in_repertoire OR untranslatable_character THEN
			-- not UTF-8: every byte read as a Latin-1 character
			decoded := convert_from(f.data, 'LATIN1');
		END;
		INSERT INTO soak.text
		SELECT CASE WHEN f.path LIKE 'test/fuzz/%' THEN 'hostile' ELSE 'page' END,
		       0, f.path, decoded;
	END LOOP;
	INSERT INTO soak.text
	SELECT CASE WHEN path LIKE 'test/pledge/%' THEN 'pledge' ELSE 'report' END,
	       0, path || ':' || (line::jsonb ->> 'id'), line::jsonb ->> 'text'
	  FROM soak.jsonl_line
	 WHERE path NOT LIKE 'test/fixtures/%';
	UPDATE soak.text AS t SET n = r.n
	  FROM (SELECT kind, name, row_number() OVER (PARTITION BY kind ORDER BY name) AS n
	          FROM soak.text) AS r
	 WHERE r.kind = t.kind AND r.name = t.name;
	ALTER TABLE soak.text ADD PRIMARY KEY (kind, n);

	INSERT INTO soak.line
	SELECT row_number() OVER (), l
	  FROM soak.text, regexp_split_to_table(body, E'\n') AS l
	 WHERE kind <> 'hostile' AND btrim(l) <> '';
	INSERT INTO soak.kind_count SELECT kind, count(*) FROM soak.text GROUP BY kind;
	INSERT INTO soak.kind_count SELECT 'line', count(*) FROM soak.line;
	INSERT INTO soak.outlet
	SELECT row_number() OVER (), replace(lower(line::jsonb ->> 'outlet'), ' ', '')
	  FROM soak.jsonl_line
	 WHERE path LIKE 'test/fixtures/%' AND line::jsonb ->> 'outlet' IS NOT NULL;
	ANALYZE soak.text, soak.kind_count, soak.line, soak.outlet;
END;
$$;

-------------------------------------------------------------------------
-- Random input
-------------------------------------------------------------------------

CREATE FUNCTION soak.seed(seed integer) RETURNS void
LANGUAGE sql AS $$ SELECT setseed(seed / 2147483648.0) $$;

CREATE FUNCTION soak.rand(lo integer, hi integer) RETURNS integer
LANGUAGE sql AS $$ SELECT lo + floor(random() * (hi - lo + 1))::integer $$;

CREATE FUNCTION soak.pick(k text) RETURNS text
LANGUAGE sql AS $$
	SELECT body FROM soak.text
	 WHERE kind = k AND n = (SELECT soak.rand(1, n) FROM soak.kind_count WHERE kind = k)
$$;

CREATE FUNCTION soak.real_text() RETURNS text
LANGUAGE sql AS $$
	SELECT soak.pick((ARRAY['page', 'report', 'pledge'])[soak.rand(1, 3)])
$$;

-- Random lines of every text glued into a new page.  The keys are drawn
-- in a subquery that the planner keeps apart (volatile target list), so
-- that every line is drawn anew.
CREATE FUNCTION soak.recombined(lines integer, sep text) RETURNS text
LANGUAGE sql AS $$
	SELECT string_agg(l.line, sep)
	  FROM (SELECT soak.rand(1, (SELECT n FROM soak.kind_count WHERE kind = 'line')) AS k
	          FROM generate_series(1, lines)) AS r
	  JOIN soak.line AS l ON l.n = r.k
$$;

CREATE FUNCTION soak.date_phrase() RETURNS text
LANGUAGE sql AS $$
	SELECT ' ' || (ARRAY['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'])[extract(isodow FROM d)] ||
	       ' (' || to_char(d, 'FMDD/FMMM/YYYY') || ') '
	  FROM (SELECT date '2014-01-01' + soak.rand(0, 4000) AS d) AS t
$$;

-- Random code points: mostly ASCII, some Latin-1, the rest of the BMP and
-- beyond (no surrogates, no NUL).
CREATE FUNCTION soak.random_chars(len integer) RETURNS text
LANGUAGE sql AS $$
	SELECT coalesce(string_agg(chr(CASE
	           WHEN r < 0.60 THEN soak.rand(1, 127)
	           WHEN r < 0.75 THEN soak.rand(128, 255)
	           WHEN r < 0.95 THEN (ARRAY[soak.rand(256, 55295), soak.rand(57344, 65535)])[soak.rand(1, 2)]
	           ELSE soak.rand(65536, 1114111) END), ''), '')
	  FROM (SELECT random() AS r FROM generate_series(1, len)) AS t
$$;

-- Random bytes (no NUL) read as Latin-1: every byte becomes a character.
CREATE FUNCTION soak.random_bytes(len integer) RETURNS text
LANGUAGE sql AS $$
	SELECT convert_from(decode(coalesce(string_agg(lpad(to_hex(soak.rand(1, 255)), 2, '0'), ''), ''),
	                           'hex'), 'LATIN1')
	  FROM generate_series(1, len)
$$;

CREATE FUNCTION soak.random_digits(len integer) RETURNS text
LANGUAGE sql AS $$
	SELECT coalesce(string_agg(soak.rand(0, 9)::text, ''), '') FROM generate_series(1, len)
$$;

-- A NIP of the right shape, valid or not: birth date, TMT (or PPPK year
-- and code), gender, serial, sometimes with one digit changed.
CREATE FUNCTION soak.nip_digits() RETURNS text
LANGUAGE sql AS $$
	SELECT CASE WHEN random() < 0.1 THEN overlay(d PLACING soak.rand(0, 9)::text FROM soak.rand(1, 18))
	            ELSE d END
	  FROM (SELECT to_char(b, 'YYYYMMDD') ||
	               CASE WHEN random() < 0.8
	                    THEN to_char(b + soak.rand(18 * 366, 40 * 366), 'YYYYMM')
	                    ELSE to_char(b + soak.rand(18 * 366, 40 * 366), 'YYYY') || soak.rand(13, 99)::text END ||
	               soak.rand(1, 2)::text || lpad(soak.rand(0, 999)::text, 3, '0') AS d
	          FROM (SELECT date '1955-01-01' + soak.rand(0, 50 * 366) AS b) AS t) AS t
$$;

-- A NIK of the right shape: region code of a regency, district, birth
-- date (day + 40 for women), serial.
CREATE FUNCTION soak.nik_digits() RETURNS text
LANGUAGE sql AS $$
	SELECT CASE WHEN random() < 0.1 THEN overlay(d PLACING soak.rand(0, 9)::text FROM soak.rand(1, 16))
	            ELSE d END
	  FROM (SELECT replace(r.code, '.', '') || lpad(soak.rand(1, 40)::text, 2, '0') ||
	               lpad((extract(day FROM b)::integer + CASE WHEN random() < 0.5 THEN 40 ELSE 0 END)::text, 2, '0') ||
	               to_char(b, 'MMYY') || lpad(soak.rand(0, 9999)::text, 4, '0') AS d
	          FROM (SELECT date '1940-01-01' + soak.rand(0, 80 * 366) AS b) AS t,
	               LATERAL (SELECT code FROM netralitas.region
	                         WHERE level <> 'province' AND b = b
	                         ORDER BY random() LIMIT 1) AS r) AS t
$$;

-- The forms people type an identifier in, and what they get wrong.
CREATE FUNCTION soak.id_text(digits text) RETURNS text
LANGUAGE sql AS $$
	SELECT CASE soak.rand(0, 12)
	         WHEN 0 THEN regexp_replace(digits, '^(\d{8})(\d{6})(\d)(\d{3})$', '\1 \2 \3 \4')
	         WHEN 1 THEN regexp_replace(digits, '^(\d{8})(\d{6})(\d)(\d{3})$', '\1.\2.\3.\4')
	         WHEN 2 THEN ' ' || digits || E'\t'
	         WHEN 3 THEN left(digits, soak.rand(0, length(digits)))
	         WHEN 4 THEN digits || soak.random_digits(soak.rand(1, 8))
	         WHEN 5 THEN soak.random_digits(soak.rand(0, 30))
	         WHEN 6 THEN soak.random_chars(soak.rand(0, 24))
	         WHEN 7 THEN translate(digits, '0123456789', '０１２３４５６７８９')
	         WHEN 8 THEN overlay(digits PLACING chr(soak.rand(32, 126)) FROM soak.rand(1, greatest(length(digits), 1)))
	         WHEN 9 THEN ''
	         ELSE digits END
$$;

-- Input for the text functions: real texts as they are, cut, recombined,
-- spliced with garbage or repeated to megabytes; random characters and
-- bytes; blank strings; the fuzz seeds; and sometimes NULL.
CREATE FUNCTION soak.input() RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	r integer := soak.rand(1, 100);
	t text;
BEGIN
	IF r <= 3 THEN
		RETURN NULL;
	ELSIF r <= 30 THEN
		RETURN soak.real_text();
	ELSIF r <= 40 THEN
		t := soak.real_text();
		RETURN left(t, soak.rand(0, length(t)));
	ELSIF r <= 45 THEN
		t := soak.real_text();
		RETURN substr(t, soak.rand(1, length(t)));
	ELSIF r <= 60 THEN
		RETURN soak.recombined(soak.rand(1, 80), E'\n');
	ELSIF r <= 63 THEN
		-- one long line of many sentences
		RETURN soak.recombined(soak.rand(50, 1500), ' ');
	ELSIF r <= 70 THEN
		RETURN soak.random_chars(soak.rand(0, 4000));
	ELSIF r <= 75 THEN
		RETURN soak.random_bytes(soak.rand(0, 4000));
	ELSIF r <= 80 THEN
		-- real text with garbage, identifiers and dates spliced in
		t := soak.real_text();
		FOR i IN 1..soak.rand(1, 20) LOOP
			t := overlay(t PLACING
			             CASE soak.rand(0, 3)
			                  WHEN 0 THEN soak.random_chars(soak.rand(1, 30))
			                  WHEN 1 THEN ' NIP ' || soak.id_text(soak.nip_digits()) || ' '
			                  WHEN 2 THEN ' NIK ' || soak.id_text(soak.nik_digits()) || ' '
			                  ELSE soak.date_phrase() END
			             FROM soak.rand(1, length(t) + 1) FOR soak.rand(0, 3));
		END LOOP;
		RETURN t;
	ELSIF r <= 83 THEN
		RETURN (ARRAY['', ' ', E'\n\n\n', E' \t\r\n', E'\u00a0\u2003\u3000\u200b\ufeff\u2028',
		              '.', '“(', 'a'])[soak.rand(1, 8)];
	ELSIF r <= 93 THEN
		RETURN soak.pick('hostile');
	ELSE
		-- a real text repeated to 0.2-3 MB (rarely up to 12 MB)
		t := soak.real_text();
		RETURN repeat(t || E'\n', (CASE WHEN random() < 0.1 THEN soak.rand(3000000, 12000000)
		                                 ELSE soak.rand(200000, 3000000) END) / (octet_length(t) + 1) + 1);
	END IF;
END;
$$;

CREATE FUNCTION soak.url() RETURNS text
LANGUAGE sql AS $$
	SELECT CASE soak.rand(0, 9)
	         WHEN 0 THEN NULL
	         WHEN 1 THEN ''
	         WHEN 2 THEN soak.random_chars(soak.rand(0, 60))
	         WHEN 3 THEN 'https://' || repeat('a.', soak.rand(1, 5000)) || 'id/'
	         ELSE 'https://www.' || (SELECT host FROM soak.outlet
	                                  WHERE n = (SELECT soak.rand(1, count(*)::integer) FROM soak.outlet))
	              || '/berita/' || soak.rand(1, 999999) END
$$;

CREATE FUNCTION soak.random_date() RETURNS date
LANGUAGE sql AS $$
	SELECT CASE soak.rand(0, 19)
	         WHEN 0 THEN NULL
	         WHEN 1 THEN 'infinity'::date
	         WHEN 2 THEN '-infinity'::date
	         WHEN 3 THEN date '4713-01-01 BC' + soak.rand(0, 3000000)
	         ELSE date '2012-01-01' + soak.rand(0, 6000) END
$$;

-- A caught error is counted; one of another kind is raised again.
CREATE FUNCTION soak.caught(fn text, state text, message text, allowed text[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
	IF NOT state = ANY (allowed) THEN
		RAISE EXCEPTION 'soak: % raised SQLSTATE % (%), expected one of %', fn, state, message, allowed;
	END IF;
	INSERT INTO soak.caught VALUES (fn, state, left(message, 200));
END;
$$;

CREATE FUNCTION soak.check(ok boolean, what text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
	IF ok IS NOT TRUE THEN
		RAISE EXCEPTION 'soak: contract broken: %', what USING ERRCODE = 'S0AK1';
	END IF;
END;
$$;

-------------------------------------------------------------------------
-- Entry points, one per pgbench script
-------------------------------------------------------------------------

-- clean_article, extract_article, article_officials, article_regions,
-- article_dates.  The classifier inside extract_article may hit the PCRE2
-- limits on odd input (54000, documented).
CREATE FUNCTION soak.articles(seed integer) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
	t text;
	u text;
	body text;
	a jsonb;
	found bigint := 0;
	k bigint;
BEGIN
	PERFORM soak.seed(seed);
	t := soak.input();
	u := soak.url();
	BEGIN
		body := netralitas.clean_article(t);
		a := netralitas.extract_article(t, u);
		PERFORM soak.check((t IS NULL) = (a IS NULL) AND (t IS NULL OR a ->> 'body' = body),
		                   'extract_article()->body = clean_article()');
		SELECT count(*), count(*) FILTER (WHERE substr(body, d.start, d.stop - d.start) IS DISTINCT FROM d.text)
		  INTO found, k
		  FROM netralitas.article_dates(t, u) AS d;
		PERFORM soak.check(k = 0, 'article_dates spans hold their text');
		SELECT found + count(*), count(*) FILTER (WHERE NOT (o.start >= 1 AND o.stop > o.start
		                                                     AND o.stop <= length(body) + 1))
		  INTO found, k
		  FROM netralitas.article_officials(t, u) AS o;
		PERFORM soak.check(k = 0, 'article_officials spans inside the body');
		SELECT found + count(*), count(*) FILTER (WHERE r.code NOT IN (SELECT code FROM netralitas.region))
		  INTO found, k
		  FROM netralitas.article_regions(t, u) AS r;
		PERFORM soak.check(k = 0, 'article_regions codes in table region');
	EXCEPTION WHEN program_limit_exceeded THEN
		PERFORM soak.caught('articles', SQLSTATE, SQLERRM, '{54000}');
	END;
	RETURN found;
END;
$$;

-- stem_text, violation_matches, classify_violation, violation_forms,
-- is_incident
CREATE FUNCTION soak.reports(seed integer) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
	t text;
	forms text[];
	found bigint := 0;
	k bigint;
BEGIN
	PERFORM soak.seed(seed);
	t := CASE WHEN random() < 0.4 THEN soak.pick('report') ELSE soak.input() END;
	BEGIN
		PERFORM soak.check((netralitas.stem_text(t) IS NULL) = (t IS NULL), 'stem_text');
		forms := netralitas.violation_forms(t);
		SELECT count(*), count(*) FILTER (WHERE substr(t, m.start, m.stop - m.start) IS DISTINCT FROM m.evidence)
		  INTO found, k
		  FROM netralitas.violation_matches(t) AS m;
		PERFORM soak.check(k = 0, 'violation_matches evidence is the text at its span');
		PERFORM soak.check(forms IS NOT DISTINCT FROM
		                   CASE WHEN t IS NOT NULL THEN
		                        coalesce((SELECT array_agg(DISTINCT c.form ORDER BY c.form)
		                                    FROM netralitas.classify_violation(t) AS c), '{}') END,
		                   'violation_forms = forms of classify_violation');
		PERFORM soak.check(coalesce(cardinality(forms), 0) = 0 OR netralitas.is_incident(t),
		                   'a text with forms is an incident');
	EXCEPTION WHEN program_limit_exceeded THEN
		PERFORM soak.caught('reports', SQLSTATE, SQLERRM, '{54000}');
	END;
	RETURN found;
END;
$$;

-- check_pledge, pledge_points, pledge_missing, pledge_complete,
-- validate_pledge, pledge_is_valid
CREATE FUNCTION soak.pledges(seed integer) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
	t text;
	signer netralitas.nip;
	signed_on date;
	election text;
	points text[];
	missing text[];
	found bigint := 0;
	problems bigint;
BEGIN
	PERFORM soak.seed(seed);
	t := CASE WHEN random() < 0.5 THEN soak.pick('pledge') ELSE soak.input() END;
	signer := CASE WHEN random() < 0.9 THEN soak.valid_nip() END;
	signed_on := soak.random_date();
	election := CASE soak.rand(0, 5)
	              WHEN 0 THEN NULL
	              WHEN 1 THEN soak.random_chars(soak.rand(0, 20))
	              ELSE (SELECT id FROM netralitas.election ORDER BY random() LIMIT 1) END;
	BEGIN
		points := netralitas.pledge_points(t);
		missing := netralitas.pledge_missing(t);
		IF t IS NOT NULL THEN
			PERFORM soak.check((SELECT array_agg(p ORDER BY p) FROM unnest(points || missing) AS p)
			                   = '{P1,P2,P3,P4}', 'pledge_points and pledge_missing split P1-P4');
			PERFORM soak.check(netralitas.pledge_complete(t) = (cardinality(missing) = 0),
			                   'pledge_complete = nothing missing');
		END IF;
		SELECT count(*) INTO found FROM netralitas.check_pledge(t) AS c;
		PERFORM soak.check(points IS NOT DISTINCT FROM
		                   CASE WHEN t IS NOT NULL THEN
		                        coalesce((SELECT array_agg(c.clause ORDER BY c.clause)
		                                    FROM netralitas.check_pledge(t) AS c WHERE c.present), '{}') END,
		                   'pledge_points = present points of check_pledge');
		SELECT count(*) INTO problems FROM netralitas.validate_pledge(signer, signed_on, election, t);
		PERFORM soak.check(netralitas.pledge_is_valid(signer, signed_on, election, t) = (problems = 0),
		                   'pledge_is_valid = validate_pledge finds nothing');
		found := found + problems;
	EXCEPTION WHEN program_limit_exceeded THEN
		PERFORM soak.caught('pledges', SQLSTATE, SQLERRM, '{54000}');
	END;
	RETURN found;
END;
$$;

CREATE FUNCTION soak.valid_nip() RETURNS netralitas.nip
LANGUAGE plpgsql AS $$
DECLARE
	s text;
BEGIN
	FOR i IN 1..20 LOOP
		s := soak.nip_digits();
		IF netralitas.nip_is_valid(s) THEN
			RETURN s::text::netralitas.nip;
		END IF;
	END LOOP;
	RETURN '19860926 201505 1 001'::netralitas.nip;
END;
$$;

CREATE FUNCTION soak.valid_nik() RETURNS netralitas.nik
LANGUAGE plpgsql AS $$
DECLARE
	s text;
BEGIN
	FOR i IN 1..20 LOOP
		s := soak.nik_digits();
		IF netralitas.nik_is_valid(s) THEN
			RETURN s::text::netralitas.nik;
		END IF;
	END LOOP;
	RETURN '3275014109860001'::netralitas.nik;
END;
$$;

-- The nip and nik types and their functions, and the election look-ups.
-- Text input that nip_is_valid / nik_is_valid refuse must raise 22P02,
-- bigints out of range 22023, infinite dates 22008.
CREATE FUNCTION soak.ids(seed integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
	s text;
	valid boolean;
	n netralitas.nip;
	n2 netralitas.nip;
	k netralitas.nik;
	k2 netralitas.nik;
	b bigint;
	d date;
BEGIN
	PERFORM soak.seed(seed);

	s := soak.id_text(soak.nip_digits());
	valid := netralitas.nip_is_valid(s);
	BEGIN
		n := s::text::netralitas.nip;
		PERFORM soak.check(valid, format('nip_is_valid(%L) agrees with the cast', s));
		n2 := soak.valid_nip();
		PERFORM netralitas.nip_birth_date(n), netralitas.nip_appointed_on(n),
		        netralitas.nip_appointed_year(n), netralitas.nip_gender(n), netralitas.nip_serial(n),
		        netralitas.nip_kind(n), netralitas.nip_send(n), netralitas.nip_hash(n),
		        netralitas.nip_hash_extended(n, seed);
		PERFORM soak.check(netralitas.nip_format(n)::netralitas.nip OPERATOR(netralitas.=) n
		                   AND netralitas.nip(n::bigint) OPERATOR(netralitas.=) n
		                   AND n::text::netralitas.nip OPERATOR(netralitas.=) n, 'nip round trips');
		PERFORM soak.check(sign(netralitas.nip_cmp(n, n2)) =
		                   CASE WHEN n OPERATOR(netralitas.<) n2 THEN -1
		                        WHEN n OPERATOR(netralitas.>) n2 THEN 1 ELSE 0 END
		                   AND (n OPERATOR(netralitas.<=) n2) = NOT (n OPERATOR(netralitas.>) n2)
		                   AND (n OPERATOR(netralitas.>=) n2) = NOT (n OPERATOR(netralitas.<) n2)
		                   AND (n OPERATOR(netralitas.<>) n2) = NOT (n OPERATOR(netralitas.=) n2),
		                   'nip operators agree with nip_cmp');
		d := soak.random_date();
		BEGIN
			PERFORM netralitas.nip_age(n, d);
		EXCEPTION WHEN datetime_field_overflow THEN
			PERFORM soak.caught('nip_age', SQLSTATE, SQLERRM, '{22008}');
		END;
	EXCEPTION WHEN invalid_text_representation THEN
		PERFORM soak.check(NOT valid, format('nip_is_valid(%L) agrees with the cast', s));
		PERFORM soak.caught('nip_in', SQLSTATE, SQLERRM, '{22P02}');
	END;
	b := CASE WHEN random() < 0.5 THEN soak.valid_nip()::bigint + soak.rand(-2, 2)
	          ELSE (random() * 9.2e18)::bigint * (soak.rand(0, 1) * 2 - 1) END;
	BEGIN
		PERFORM netralitas.nip(b);
	EXCEPTION WHEN invalid_parameter_value THEN
		PERFORM soak.caught('nip(bigint)', SQLSTATE, SQLERRM, '{22023}');
	END;

	s := soak.id_text(soak.nik_digits());
	valid := netralitas.nik_is_valid(s);
	BEGIN
		k := s::text::netralitas.nik;
		PERFORM soak.check(valid, format('nik_is_valid(%L) agrees with the cast', s));
		k2 := soak.valid_nik();
		PERFORM netralitas.nik_region_code(k), netralitas.nik_province_code(k),
		        netralitas.nik_district_code(k), netralitas.nik_birth_date(k), netralitas.nik_gender(k),
		        netralitas.nik_send(k), netralitas.nik_hash(k), netralitas.nik_hash_extended(k, seed);
		PERFORM soak.check(netralitas.nik(k::bigint) OPERATOR(netralitas.=) k
		                   AND k::text::netralitas.nik OPERATOR(netralitas.=) k, 'nik round trips');
		PERFORM soak.check(sign(netralitas.nik_cmp(k, k2)) =
		                   CASE WHEN k OPERATOR(netralitas.<) k2 THEN -1
		                        WHEN k OPERATOR(netralitas.>) k2 THEN 1 ELSE 0 END
		                   AND (k OPERATOR(netralitas.<=) k2) = NOT (k OPERATOR(netralitas.>) k2)
		                   AND (k OPERATOR(netralitas.>=) k2) = NOT (k OPERATOR(netralitas.<) k2)
		                   AND (k OPERATOR(netralitas.<>) k2) = NOT (k OPERATOR(netralitas.=) k2),
		                   'nik operators agree with nik_cmp');
		d := soak.random_date();
		BEGIN
			PERFORM netralitas.nik_birth_date(k, d);
		EXCEPTION WHEN datetime_field_overflow THEN
			PERFORM soak.caught('nik_birth_date', SQLSTATE, SQLERRM, '{22008}');
		END;
	EXCEPTION WHEN invalid_text_representation THEN
		PERFORM soak.check(NOT valid, format('nik_is_valid(%L) agrees with the cast', s));
		PERFORM soak.caught('nik_in', SQLSTATE, SQLERRM, '{22P02}');
	END;
	b := CASE WHEN random() < 0.5 THEN soak.valid_nik()::bigint + soak.rand(-2, 2)
	          ELSE (random() * 9.2e18)::bigint * (soak.rand(0, 1) * 2 - 1) END;
	BEGIN
		PERFORM netralitas.nik(b);
	EXCEPTION WHEN invalid_parameter_value THEN
		PERFORM soak.caught('nik(bigint)', SQLSTATE, SQLERRM, '{22023}');
	END;

	d := soak.random_date();
	s := netralitas.election_on(d);
	PERFORM soak.check(s IS NULL OR EXISTS (SELECT FROM netralitas.election WHERE id = s), 'election_on');
	PERFORM netralitas.election_id(
	    (ARRAY['pemilu', 'pilkada', 'Pileg', ' PILPRES ', 'pemilihan umum', 'pilgub', 'pilbup',
	           'pilwalkot', 'pilwako', 'pemilukada', 'pemilihan', NULL, soak.random_chars(8)])[soak.rand(1, 13)],
	    CASE WHEN random() < 0.05 THEN NULL ELSE soak.rand(2010, 2030) END);
	RETURN 1;
END;
$$;

-- Every function without arguments (calendar, regions, builtin rules and
-- wordings, and whatever a later version adds, such as library_version),
-- found in the catalog so that none is missed.
CREATE FUNCTION soak.catalog(seed integer) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
	f record;
	total bigint := 0;
	k bigint;
BEGIN
	FOR f IN SELECT p.oid::regproc::text AS name, p.proretset
	           FROM pg_proc AS p
	          WHERE p.pronamespace = 'netralitas'::regnamespace AND p.pronargs = 0
	            AND p.prorettype <> 'trigger'::regtype AND p.prokind = 'f'
	LOOP
		IF f.proretset THEN
			EXECUTE format('SELECT count(*) FROM %s()', f.name) INTO k;
		ELSE
			EXECUTE format('SELECT length(%s()::text)', f.name) INTO k;
		END IF;
		total := total + coalesce(k, 0);
	END LOOP;
	RETURN total;
END;
$$;

-- The triggers of the reference and rule tables (reference_guard,
-- rule_pattern_validate, rule_table_changed), the binary input of the
-- types, and rule changes that make sessions drop and recompile their
-- pattern databases.
CREATE FUNCTION soak.admin(seed integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
	path text := current_setting('data_directory') || '/soak_' || pg_backend_pid() || '.bin';
	n netralitas.nip;
	k netralitas.nik;
	t text;
	same boolean;
	state text;
	message text;
BEGIN
	PERFORM soak.seed(seed);

	-- reference tables and builtin rows are read-only: 42501
	BEGIN
		CASE soak.rand(0, 5)
			WHEN 0 THEN UPDATE netralitas.election SET note = note WHERE id = 'pemilu-2024';
			WHEN 1 THEN UPDATE netralitas.region SET name = name WHERE code = '33.75';
			WHEN 2 THEN UPDATE netralitas.violation_form SET name = name WHERE code = 'F01';
			WHEN 3 THEN UPDATE netralitas.pledge_point SET summary = summary WHERE code = 'P1';
			WHEN 4 THEN DELETE FROM netralitas.violation_rule
			             WHERE id = (SELECT min(id) FROM netralitas.violation_rule WHERE builtin);
			ELSE UPDATE netralitas.pledge_clause SET pattern = pattern || 'x'
			      WHERE id = (SELECT max(id) FROM netralitas.pledge_clause WHERE builtin);
		END CASE;
		PERFORM soak.check(false, 'reference_guard refuses the change');
	EXCEPTION WHEN insufficient_privilege THEN
		PERFORM soak.caught('reference_guard', SQLSTATE, SQLERRM, '{42501}');
	END;

	-- a pattern that PCRE2 cannot compile: 2201B
	t := (ARRAY['(', '[a-', 'a{2,1}', '(?<n', E'\\', '*a', '(?P<>x)', 'a)', '[[:nope:]]'])[soak.rand(1, 9)];
	BEGIN
		IF random() < 0.5 THEN
			INSERT INTO netralitas.violation_rule (form, pattern, note) VALUES ('F13', t, 'soak');
		ELSE
			INSERT INTO netralitas.pledge_clause (clause, pattern, note) VALUES ('P4', t, 'soak');
		END IF;
		PERFORM soak.check(false, format('rule_pattern_validate refuses %L', t));
	EXCEPTION WHEN invalid_regular_expression THEN
		PERFORM soak.caught('rule_pattern_validate', SQLSTATE, SQLERRM, '{2201B}');
	END;

	-- user rows that are rolled back (this session recompiles twice), one
	-- of them a rule that backtracks without end: with the catastrophic
	-- text it exceeds the PCRE2 limits (54000, the error path of the
	-- classifier)
	IF random() < 0.5 THEN
		BEGIN
			INSERT INTO netralitas.violation_rule (form, pattern, note) VALUES ('F13', '(a+)+$', 'soak');
			INSERT INTO netralitas.pledge_clause (clause, pattern, note)
			VALUES ('P4', E'menolak\\s+soak\\d+', 'soak');
			t := CASE WHEN random() < 0.5
			          THEN 'Seorang PNS dilaporkan warga karena ' || repeat('a', soak.rand(8, 40)) || 'b a'
			          ELSE soak.input() || ' Seorang PNS dilaporkan warga, kami menolak soak7 aaaaaaaaaaaaab a' END;
			PERFORM set_config('netralitas.pcre_match_limit', (ARRAY['1000', '10000', '10000000'])[soak.rand(1, 3)], true);
			BEGIN
				PERFORM netralitas.violation_forms(t), netralitas.pledge_points(t),
				        netralitas.is_incident(t), netralitas.extract_article(t);
				PERFORM count(*) FROM netralitas.classify_violation(t);
			EXCEPTION WHEN program_limit_exceeded THEN
				-- counted below, once the rows are undone
				state := SQLSTATE;
				message := SQLERRM;
			END;
			RAISE EXCEPTION 'undo' USING ERRCODE = 'S0AK0';
		EXCEPTION WHEN SQLSTATE 'S0AK0' THEN NULL;
		END;
		IF state IS NOT NULL THEN
			PERFORM soak.caught('user rules', state, message, '{54000}');
		END IF;
	END IF;

	-- committed user rows, added or removed every 30 s: every session
	-- drops its compiled rules and recompiles on its next call
	UPDATE soak.churn SET last = now() WHERE last < now() - interval '30 seconds';
	IF FOUND THEN
		DELETE FROM netralitas.violation_rule WHERE note = 'soak churn';
		IF NOT FOUND THEN
			INSERT INTO netralitas.violation_rule (form, pattern, note)
			VALUES ('F08', E'\\bmengajak\\s+soak\\b', 'soak churn');
		END IF;
		DELETE FROM netralitas.pledge_clause WHERE note = 'soak churn';
		IF NOT FOUND THEN
			INSERT INTO netralitas.pledge_clause (clause, pattern, note)
			VALUES ('P3', E'bijak\\s+soak\\b', 'soak churn');
		END IF;
	END IF;

	-- binary input (nip_recv, nik_recv) through a binary COPY file; an
	-- int8 that is no NIP or NIK raises 22P03
	IF to_regclass('pg_temp.soak_bin') IS NULL THEN
		CREATE TEMP TABLE soak_bin (nip netralitas.nip, nik netralitas.nik);
	END IF;
	n := soak.valid_nip();
	k := soak.valid_nik();
	EXECUTE format('COPY (SELECT %L::netralitas.nip, %L::netralitas.nik) TO %L (FORMAT binary)', n, k, path);
	EXECUTE 'DELETE FROM pg_temp.soak_bin';
	EXECUTE format('COPY pg_temp.soak_bin FROM %L (FORMAT binary)', path);
	EXECUTE 'SELECT bool_and(nip OPERATOR(netralitas.=) $1 AND nik OPERATOR(netralitas.=) $2) FROM pg_temp.soak_bin'
	   INTO same USING n, k;
	PERFORM soak.check(same, 'binary COPY round trip');
	EXECUTE format('COPY (SELECT %s::bigint, %s::bigint) TO %L (FORMAT binary)',
	               (random() * 9.2e18)::bigint, (random() * 9.2e18)::bigint, path);
	BEGIN
		EXECUTE format('COPY pg_temp.soak_bin FROM %L (FORMAT binary)', path);
	EXCEPTION WHEN invalid_binary_representation THEN
		PERFORM soak.caught('nip_recv/nik_recv', SQLSTATE, SQLERRM, '{22P03}');
	END;
	RETURN 1;
END;
$$;

-- A text function on 0.1-4 MB of real text, run on the second connection
-- of soak.cancel().
CREATE FUNCTION soak.remote_call(fn text, seed integer) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	t text;
BEGIN
	PERFORM soak.seed(seed);
	IF random() < 0.5 THEN
		t := soak.real_text();
		t := repeat(t || E'\n', soak.rand(100000, 4000000) / (octet_length(t) + 1) + 1);
	ELSE
		t := soak.recombined(soak.rand(1000, 40000), CASE WHEN random() < 0.8 THEN E'\n' ELSE ' ' END);
	END IF;
	RETURN CASE fn
		WHEN 'clean_article' THEN length(netralitas.clean_article(t))::text
		WHEN 'extract_article' THEN length(netralitas.extract_article(t)::text)::text
		WHEN 'article_officials' THEN (SELECT count(*) FROM netralitas.article_officials(t))::text
		WHEN 'article_regions' THEN (SELECT count(*) FROM netralitas.article_regions(t))::text
		WHEN 'article_dates' THEN (SELECT count(*) FROM netralitas.article_dates(t))::text
		WHEN 'stem_text' THEN length(netralitas.stem_text(t))::text
		WHEN 'violation_matches' THEN (SELECT count(*) FROM netralitas.violation_matches(t))::text
		WHEN 'classify_violation' THEN (SELECT count(*) FROM netralitas.classify_violation(t))::text
		WHEN 'violation_forms' THEN netralitas.violation_forms(t)::text
		WHEN 'is_incident' THEN netralitas.is_incident(t)::text
		WHEN 'check_pledge' THEN (SELECT count(*) FROM netralitas.check_pledge(t))::text
		WHEN 'pledge_points' THEN netralitas.pledge_points(t)::text
		WHEN 'pledge_missing' THEN netralitas.pledge_missing(t)::text
		WHEN 'pledge_complete' THEN netralitas.pledge_complete(t)::text
		WHEN 'validate_pledge' THEN
			(SELECT count(*) FROM netralitas.validate_pledge('19860926 201505 1 001', '2023-10-01',
			                                                 'pemilu-2024', t))::text
		ELSE netralitas.pledge_is_valid('19860926 201505 1 001', '2023-10-01', 'pemilu-2024', t)::text
	END;
END;
$$;

-- Cancellation in the middle of a text function, over and over in the
-- same backends: a text function on megabytes runs on a second connection
-- (dblink, application_name soak-cancel), which is cancelled after 0-300
-- ms.  The error stays on that connection; this session only checks that
-- it is a cancellation (57014) or a documented one.
CREATE FUNCTION soak.cancel(seed integer) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	fn text;
	msg text;
BEGIN
	PERFORM soak.seed(seed);
	IF NOT coalesce('soak_cancel' = ANY (dblink_get_connections()), false) THEN
		PERFORM dblink_connect('soak_cancel',
		                       format('host=%s port=%s dbname=%s user=%s application_name=soak-cancel',
		                              split_part(current_setting('unix_socket_directories'), ',', 1),
		                              current_setting('port'), current_database(), current_user));
	END IF;
	fn := (ARRAY['clean_article', 'extract_article', 'article_officials', 'article_regions',
	             'article_dates', 'stem_text', 'violation_matches', 'classify_violation',
	             'violation_forms', 'is_incident', 'check_pledge', 'pledge_points',
	             'pledge_missing', 'pledge_complete', 'validate_pledge', 'pledge_is_valid'])[soak.rand(1, 16)];
	PERFORM dblink_send_query('soak_cancel', format('SELECT soak.remote_call(%L, %s)', fn, seed));
	PERFORM pg_sleep(soak.rand(0, 300) / 1000.0);
	PERFORM dblink_cancel_query('soak_cancel');
	-- the remote error comes as a NOTICE: keep it from pgbench's output
	PERFORM set_config('client_min_messages', 'warning', true);
	PERFORM * FROM dblink_get_result('soak_cancel', false) AS r(v text);
	msg := dblink_error_message('soak_cancel');
	-- one more call reads the end of the query, as dblink requires
	PERFORM * FROM dblink_get_result('soak_cancel', false) AS r(v text);
	IF msg LIKE '%canceling statement due to user request%' THEN
		PERFORM soak.caught('cancel ' || fn, '57014', split_part(msg, E'\n', 1), '{57014}');
		RETURN 'cancelled';
	ELSIF msg LIKE '%exceeded the PCRE2 match limits%' THEN
		PERFORM soak.caught('cancel ' || fn, '54000', split_part(msg, E'\n', 1), '{54000}');
		RETURN 'limit';
	ELSIF msg = 'OK' THEN
		RETURN 'finished';
	END IF;
	RAISE EXCEPTION 'soak: % on the cancelled connection failed: %', fn, msg;
END;
$$;
