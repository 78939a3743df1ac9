-- Scores netralitas.extract_article(raw, url) against gold records.
--
-- Run by test/score/extract.sh (read it for how), which sends the data on
-- psql's standard input as CSV rows (set, kind, id, url, content):
--
--   kind 'article'  content = raw page text; url = its address, or empty (NULL)
--   kind 'gold'     content = one line of a gold.jsonl (the id is in the JSON)
--   kind 'floor'    id = field name; content = lowest acceptable score
--
-- The data travels through psql (\copy ... FROM pstdin) and not through a
-- server-side COPY because the server runs as another OS user that may not be
-- able to read the repository.
--
-- psql variables:
--   sets   comma-separated names of the sets sent, in the order to report them
--
-- Output: per set a table (field, score, floor, n), then one summary line per
-- set, the scores below their floor, and last the line
-- "scores below floor: N", from which extract.sh takes its exit status (psql
-- itself cannot exit with a chosen status).
--
-- Everything created here is TEMP or in pg_temp, so nothing is left behind
-- even when the caller scores in a database it keeps
-- (NETRALITAS_SCORE_NO_CREATE=1).

\set ON_ERROR_STOP on
\set QUIET on
SET client_min_messages = warning;
\pset format unaligned
\pset tuples_only on
\pset footer off

-- ---------------------------------------------------------------------------
-- Input
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE input (set text, kind text, id text, url text, content text);
\copy input FROM pstdin WITH (FORMAT csv)

CREATE TEMP TABLE set_order AS
SELECT s AS set, ord
  FROM unnest(string_to_array(:'sets', ',')) WITH ORDINALITY AS t(s, ord);

-- The fields in report order, and the kind of score each one gets (for the
-- reader of the table; the queries below are per kind).
CREATE TEMP TABLE field_order (field text, ord int, metric text);
INSERT INTO field_order VALUES
	('title', 1, 'accuracy'), ('outlet', 2, 'accuracy'), ('dateline', 3, 'accuracy'),
	('event_date', 4, 'accuracy'), ('election', 5, 'accuracy'),
	('regions', 6, 'F1'), ('officials', 7, 'F1'), ('official_roles', 8, 'share'),
	('institutions', 9, 'F1'), ('participants', 10, 'accuracy'),
	('event_types', 11, 'F1'), ('pledge_points', 12, 'F1'), ('legal_refs', 13, 'F1'),
	('violations', 14, 'F1'), ('boilerplate_absent', 15, 'share'),
	('body_present', 16, 'share'), ('body_dupes', 17, 'share');

CREATE TEMP TABLE article AS
SELECT set, id, url, content AS raw FROM input WHERE kind = 'article';

CREATE TEMP TABLE gold AS
SELECT set, g ->> 'id' AS id, g
  FROM (SELECT set, content::jsonb AS g FROM input WHERE kind = 'gold') AS s;

CREATE TEMP TABLE floor AS
SELECT set, id AS field, content::numeric AS floor FROM input WHERE kind = 'floor';

-- ---------------------------------------------------------------------------
-- Normalisation (pg_temp functions: gone with the session)
-- ---------------------------------------------------------------------------

-- Whitespace runs (no-break space included: scraped pages are full of it)
-- become one space: line breaks of the page are layout, not content.
CREATE FUNCTION pg_temp.squash(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS
$$ SELECT btrim(regexp_replace(t, '[\s\u00a0]+', ' ', 'g')) $$;

-- title, outlet, dateline: case and spacing differ between a page's header,
-- its dateline and the gold; "www." is decoration of an outlet's name.
-- An empty string is no answer, so it is treated as NULL.
CREATE FUNCTION pg_temp.norm_text(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS
$$ SELECT nullif(regexp_replace(lower(pg_temp.squash(t)), '^www\.', ''), '') $$;

-- Legal references are written "SKB Nomor 22 Tahun 2022" as often as
-- "SKB 22 2022"; the filler words carry nothing.
CREATE FUNCTION pg_temp.norm_ref(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS
$$ SELECT nullif(pg_temp.squash(regexp_replace(lower(pg_temp.squash(t)),
                   '(^|\s)(nomor|no\.?|tahun)(?=\s|$)', ' ', 'g')), '') $$;

-- Items of the set-valued fields: compared case-insensitively.
CREATE FUNCTION pg_temp.norm_item(field text, t text) RETURNS text
LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE field WHEN 'legal_refs' THEN pg_temp.norm_ref(t)
                     ELSE nullif(lower(pg_temp.squash(t)), '') END $$;

-- Names: "M. Syahrial," and "M Syahrial" are the same person.
CREATE FUNCTION pg_temp.norm_name(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS
$$ SELECT nullif(pg_temp.squash(translate(lower(t), '.,', '')), '') $$;

-- A gold name matches an output name when equal or when one holds the other
-- as whole words: "syahrial" in "m syahrial", "h m syahrial" (titles left in).
CREATE FUNCTION pg_temp.name_match(a text, b text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS
$$ SELECT a = b OR strpos(' ' || a || ' ', ' ' || b || ' ') > 0
                OR strpos(' ' || b || ' ', ' ' || a || ' ') > 0 $$;

-- Roles: one office has several spellings in the press.  Sekda and its
-- per-level contractions are one role ("Sekda Kota" too); "Wako" and
-- "Walikota" are "Wali Kota" (also inside "Wakil Wali Kota", "Pj. Wali
-- Kota"); the level after "Ketua Bawaslu" etc. is detail the gold and the
-- extractor may or may not give.
CREATE FUNCTION pg_temp.norm_role(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS
$$
SELECT CASE
	WHEN r LIKE 'sekda%'           THEN 'sekda'
	WHEN r LIKE 'ketua bawaslu%'   THEN 'ketua bawaslu'
	WHEN r LIKE 'ketua kpu%'       THEN 'ketua kpu'
	WHEN r LIKE 'anggota bawaslu%' THEN 'anggota bawaslu'
	WHEN r LIKE 'anggota kpu%'     THEN 'anggota kpu'
	ELSE r END
  FROM (SELECT regexp_replace(regexp_replace(
               pg_temp.squash(replace(lower(coalesce(t, '')), '.', '')),
               '\m(walikota|wako)\M', 'wali kota', 'g'),
               '\m(sekretaris daerah|sekdakot|sekdako|sekdakab|sekdaprov)\M', 'sekda', 'g')
       ) AS s(r)
$$;

-- Elements of a list field as text.  Object elements give their `key`
-- (regions: [{code, name, level}] against gold codes).  A missing key or a
-- non-array value is an empty list, as the brief of the output says.
CREATE FUNCTION pg_temp.elems(j jsonb, key text DEFAULT NULL) RETURNS SETOF text
LANGUAGE sql IMMUTABLE AS
$$
SELECT CASE WHEN jsonb_typeof(e) = 'object' AND key IS NOT NULL THEN e ->> key
            ELSE e #>> '{}' END
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(j) = 'array' THEN j ELSE '[]' END) AS e
$$;

-- Objects of a list field (officials, violations); anything else is skipped.
CREATE FUNCTION pg_temp.objects(j jsonb) RETURNS SETOF jsonb
LANGUAGE sql IMMUTABLE AS
$$
SELECT e FROM jsonb_array_elements(CASE WHEN jsonb_typeof(j) = 'array' THEN j ELSE '[]' END) AS e
 WHERE jsonb_typeof(e) = 'object'
$$;

-- election as "kind year", NULL when absent; an object with parts missing is
-- not NULL, so that it does not pass for a correct "no election".
CREATE FUNCTION pg_temp.election_key(j jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE WHEN jsonb_typeof(j) = 'object'
               THEN coalesce(lower(btrim(j ->> 'kind')), '?') || ' ' || coalesce(btrim(j ->> 'year'), '?')
          END $$;

-- Micro F1 from counts summed over a set.  Gold and output hits are counted
-- apart because name matching (officials) is not one-to-one; for exact set
-- matching both are the true positives and this is the usual 2tp/(|G|+|O|).
-- Nothing expected and nothing produced is a perfect score.
CREATE FUNCTION pg_temp.f1(hits_gold numeric, hits_out numeric, n_gold numeric, n_out numeric)
RETURNS numeric LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE WHEN n_gold + n_out = 0 THEN 1
               ELSE (hits_gold + hits_out) / (n_gold + n_out) END $$;

-- Occurrences of needle in hay (body_max_occurrences: a page that publishes
-- its body twice must not yield it twice).
CREATE FUNCTION pg_temp.occurrences(hay text, needle text) RETURNS int
LANGUAGE sql IMMUTABLE AS
$$ SELECT (length(hay) - length(replace(hay, needle, ''))) / length(needle) $$;

-- ---------------------------------------------------------------------------
-- Extraction.  One failing article must not hide the scores of the others:
-- the error is kept, reported, and the output counts as {}.
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE extracted (set text, id text, out jsonb, error text, ms numeric);

DO $$
DECLARE
	a record;
	t0 timestamptz;
BEGIN
	FOR a IN SELECT * FROM article ORDER BY set, id LOOP
		t0 := clock_timestamp();
		BEGIN
			INSERT INTO extracted
			SELECT a.set, a.id, netralitas.extract_article(a.raw, a.url), NULL,
			       1000 * extract(epoch FROM clock_timestamp() - t0);
		EXCEPTION WHEN OTHERS THEN
			INSERT INTO extracted
			VALUES (a.set, a.id, NULL, SQLERRM, 1000 * extract(epoch FROM clock_timestamp() - t0));
		END;
	END LOOP;
END
$$;

-- Gold records with their article's output (a non-object output is {}:
-- every key missing).
CREATE TEMP TABLE pair AS
SELECT g.set, g.id, g.g AS gold,
       CASE WHEN jsonb_typeof(x.out) = 'object' THEN x.out ELSE '{}' END AS out
  FROM gold AS g JOIN extracted AS x USING (set, id);

-- ---------------------------------------------------------------------------
-- Scores: one row per set and field; n is what the score is over (records
-- for accuracy, gold items for F1, strings or names for shares).  A field
-- with no gold to score against gets no row.
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE score (set text, field text, score numeric, n bigint);

-- title, outlet, dateline: exact after normalising; a NULL gold ("no
-- headline in the excerpt", "republished story") wants a NULL output.
INSERT INTO score
SELECT p.set, f.field,
       avg((pg_temp.norm_text(p.gold ->> f.field)
            IS NOT DISTINCT FROM pg_temp.norm_text(p.out ->> f.field))::int),
       count(*)
  FROM pair AS p CROSS JOIN (VALUES ('title'), ('outlet'), ('dateline')) AS f(field)
 WHERE p.gold ? f.field
 GROUP BY p.set, f.field;

-- event_date (ISO text), election (kind + year), participants (a number;
-- compared as jsonb so that 750 = 750.0): exact, NULL = NULL counts.
INSERT INTO score
SELECT p.set, 'event_date',
       avg(((p.gold ->> 'event_date') IS NOT DISTINCT FROM nullif(btrim(p.out ->> 'event_date'), ''))::int),
       count(*)
  FROM pair AS p WHERE p.gold ? 'event_date' GROUP BY p.set;

INSERT INTO score
SELECT p.set, 'election',
       avg((pg_temp.election_key(p.gold -> 'election')
            IS NOT DISTINCT FROM pg_temp.election_key(p.out -> 'election'))::int),
       count(*)
  FROM pair AS p WHERE p.gold ? 'election' GROUP BY p.set;

INSERT INTO score
SELECT p.set, 'participants',
       avg((coalesce(p.gold -> 'participants', 'null') = coalesce(p.out -> 'participants', 'null'))::int),
       count(*)
  FROM pair AS p WHERE p.gold ? 'participants' GROUP BY p.set;

-- Set-valued fields: micro F1 over the distinct normalised items of each
-- record.  regions: gold codes against the output objects' `code`.
INSERT INTO score
SELECT set, field, pg_temp.f1(sum(tp), sum(tp), sum(n_gold), sum(n_out)), sum(n_gold)
  FROM (SELECT p.set, f.field,
               cardinality(gs) AS n_gold, cardinality(os) AS n_out,
               (SELECT count(*) FROM (SELECT unnest(gs) INTERSECT SELECT unnest(os)) AS i) AS tp
          FROM pair AS p
         CROSS JOIN (VALUES ('regions', 'code'), ('institutions', NULL), ('event_types', NULL),
                            ('pledge_points', NULL), ('legal_refs', NULL)) AS f(field, key)
         CROSS JOIN LATERAL (
               SELECT ARRAY(SELECT DISTINCT v FROM (
                       SELECT pg_temp.norm_item(f.field, e) FROM pg_temp.elems(p.gold -> f.field) AS e
                      ) AS x(v) WHERE v IS NOT NULL) AS gs,
                      ARRAY(SELECT DISTINCT v FROM (
                       SELECT pg_temp.norm_item(f.field, e) FROM pg_temp.elems(p.out -> f.field, f.key) AS e
                      ) AS x(v) WHERE v IS NOT NULL) AS os) AS l
         WHERE p.gold ? f.field) AS r
 GROUP BY set, field;

-- officials: names matched loosely (see name_match), so gold hits and output
-- hits are counted on each side.
CREATE TEMP TABLE official AS
SELECT DISTINCT p.set, p.id, side, pg_temp.norm_name(o ->> 'name') AS name,
       pg_temp.norm_role(o ->> 'role') AS role
  FROM pair AS p
 CROSS JOIN LATERAL (SELECT 'gold', o FROM pg_temp.objects(p.gold -> 'officials') AS o
                     UNION ALL
                     SELECT 'out', o FROM pg_temp.objects(p.out -> 'officials') AS o) AS s(side, o)
 WHERE p.gold ? 'officials' AND pg_temp.norm_name(o ->> 'name') IS NOT NULL;

CREATE TEMP TABLE official_hit AS
SELECT a.set, a.id, a.side, a.name, a.role,
       EXISTS (SELECT FROM official AS b
                WHERE b.set = a.set AND b.id = a.id AND b.side <> a.side
                  AND pg_temp.name_match(a.name, b.name)) AS matched,
       EXISTS (SELECT FROM official AS b
                WHERE b.set = a.set AND b.id = a.id AND b.side <> a.side
                  AND pg_temp.name_match(a.name, b.name) AND b.role = a.role) AS role_matched
  FROM official AS a;

-- Records with officials in the gold but none extracted still count: their
-- gold names are misses.  Sets where no record has the key get no row.
INSERT INTO score
SELECT s.set, 'officials',
       pg_temp.f1(count(DISTINCT (h.id, h.name)) FILTER (WHERE h.side = 'gold' AND h.matched),
                  count(DISTINCT (h.id, h.name)) FILTER (WHERE h.side = 'out' AND h.matched),
                  count(DISTINCT (h.id, h.name)) FILTER (WHERE h.side = 'gold'),
                  count(DISTINCT (h.id, h.name)) FILTER (WHERE h.side = 'out')),
       count(DISTINCT (h.id, h.name)) FILTER (WHERE h.side = 'gold')
  FROM (SELECT DISTINCT set FROM pair WHERE gold ? 'officials') AS s
  LEFT JOIN official_hit AS h USING (set)
 GROUP BY s.set;

-- official_roles: of the gold officials found by name, how many also got the
-- right role.  No name found, no score.
INSERT INTO score
SELECT set, 'official_roles', avg(role_matched::int), count(*)
  FROM official_hit WHERE side = 'gold' AND matched
 GROUP BY set;

-- violations: only where the output has the key.  Each gold element accepts
-- its `form` and its `alt_forms` (one act can fit several forms of the SKB);
-- the output's forms are taken as a set.  A predicted form is correct when
-- some gold element accepts it; a gold element is found when it accepts some
-- predicted form.
INSERT INTO score
SELECT p.set, 'violations',
       pg_temp.f1(sum(c.found), sum(c.correct), sum(c.n_gold), sum(c.n_out)), sum(c.n_gold)
  FROM pair AS p
 CROSS JOIN LATERAL (
       SELECT array_agg(DISTINCT upper(btrim(v ->> 'form'))) FILTER (WHERE v ->> 'form' IS NOT NULL) AS forms
         FROM pg_temp.objects(p.out -> 'violations') AS v) AS o
 CROSS JOIN LATERAL (
       SELECT (SELECT count(*) FROM pg_temp.objects(p.gold -> 'violations') AS g
                WHERE (SELECT array_agg(upper(btrim(a #>> '{}')))
                         FROM jsonb_array_elements(jsonb_build_array(g -> 'form') ||
                              CASE WHEN jsonb_typeof(g -> 'alt_forms') = 'array'
                                   THEN g -> 'alt_forms' ELSE '[]' END) AS a)
                      && coalesce(o.forms, '{}')) AS found,
              (SELECT count(*) FROM unnest(coalesce(o.forms, '{}')) AS f(form)
                WHERE EXISTS (SELECT 1 FROM pg_temp.objects(p.gold -> 'violations') AS g
                               WHERE upper(btrim(g ->> 'form')) = f.form
                                  OR (jsonb_typeof(g -> 'alt_forms') = 'array'
                                      AND g -> 'alt_forms' ? f.form))) AS correct,
              (SELECT count(*) FROM pg_temp.objects(p.gold -> 'violations')) AS n_gold,
              coalesce(cardinality(o.forms), 0) AS n_out
      ) AS c
 WHERE p.gold ? 'violations' AND p.out ? 'violations'
 GROUP BY p.set;

-- body: strings compared with whitespace squashed on both sides, because the
-- page's line breaks and the extractor's paragraph joins differ.  A missing
-- body contains nothing (so it keeps no boilerplate but keeps no text either:
-- body_present shows it).
CREATE TEMP TABLE body_check AS
SELECT p.set, c.field, c.ok
  FROM pair AS p
 CROSS JOIN LATERAL (SELECT coalesce(pg_temp.squash(p.out ->> 'body'), '') AS body) AS b
 CROSS JOIN LATERAL (
       SELECT 'boilerplate_absent', strpos(b.body, pg_temp.squash(s)) = 0
         FROM pg_temp.elems(p.gold -> 'boilerplate_absent') AS s
        WHERE pg_temp.squash(s) <> ''
       UNION ALL
       SELECT 'body_present', strpos(b.body, pg_temp.squash(s)) > 0
         FROM pg_temp.elems(p.gold -> 'body_present') AS s
        WHERE pg_temp.squash(s) <> ''
       UNION ALL
       SELECT 'body_dupes', pg_temp.occurrences(b.body, pg_temp.squash(e.key)) <= (e.value #>> '{}')::int
         FROM jsonb_each(CASE WHEN jsonb_typeof(p.gold -> 'body_max_occurrences') = 'object'
                              THEN p.gold -> 'body_max_occurrences' ELSE '{}' END) AS e
        WHERE pg_temp.squash(e.key) <> ''
      ) AS c(field, ok);

INSERT INTO score
SELECT set, field, avg(ok::int), count(*) FROM body_check GROUP BY set, field;

-- ---------------------------------------------------------------------------
-- Report
-- ---------------------------------------------------------------------------

-- Problems first, so that they are not lost under the tables.
SELECT format('error     %s %s: %s', set, id, left(regexp_replace(error, '\s+', ' ', 'g'), 200))
  FROM extracted WHERE error IS NOT NULL ORDER BY set, id;
SELECT format('warning   %s: gold record %s has no article', g.set, g.id)
  FROM gold AS g LEFT JOIN article AS a USING (set, id) WHERE a.id IS NULL ORDER BY 1;
SELECT format('warning   %s: article %s has no gold record', a.set, a.id)
  FROM article AS a LEFT JOIN gold AS g USING (set, id) WHERE g.id IS NULL ORDER BY 1;
-- A mistyped floor line would silently leave a field unguarded.
SELECT format('warning   floor for unknown field: %s %s', f.set, f.field)
  FROM floor AS f JOIN set_order USING (set)
 WHERE f.field NOT IN (SELECT field FROM field_order) ORDER BY 1;

-- One table per set; "-" = nothing to score (no gold for the field, or no
-- `violations` key in the output yet).
CREATE TEMP TABLE report AS
SELECT so.set, so.ord AS set_ord, fo.field, fo.ord AS field_ord, fo.metric,
       s.score, coalesce(f.floor, 0) AS floor, coalesce(s.n, 0) AS n
  FROM set_order AS so
 CROSS JOIN field_order AS fo
  LEFT JOIN score AS s ON s.set = so.set AND s.field = fo.field
  LEFT JOIN floor AS f ON f.set = so.set AND f.field = fo.field;

SELECT line FROM (
	SELECT set_ord, 0 AS field_ord,
	       format(E'-- %s (%s articles)\n%-19s %-8s %6s %6s %5s', set,
	              (SELECT count(*) FROM pair AS p WHERE p.set = r.set),
	              'field', 'metric', 'score', 'floor', 'n') AS line
	  FROM (SELECT DISTINCT set, set_ord FROM report) AS r
	UNION ALL
	SELECT set_ord, field_ord,
	       format('%-19s %-8s %6s %6s %5s%s', field, metric,
	              coalesce(to_char(score, 'FM0.000'), '-'), to_char(floor, 'FM0.00'), n,
	              CASE WHEN score < floor THEN '  << below floor' ELSE '' END)
	  FROM report
) AS t ORDER BY set_ord, field_ord;

-- One summary line per set, for the CI log.
SELECT format('summary %-9s %3s articles  %2s/%s fields scored  %s below floor  %s errors  lowest %s  %s ms',
              so.set,
              (SELECT count(*) FROM pair AS p WHERE p.set = so.set),
              count(r.score), count(*),
              count(*) FILTER (WHERE r.score < r.floor),
              (SELECT count(*) FROM extracted AS x WHERE x.set = so.set AND x.error IS NOT NULL),
              coalesce((SELECT r2.field || ' ' || to_char(r2.score, 'FM0.000') FROM report AS r2
                         WHERE r2.set = so.set AND r2.score IS NOT NULL
                         ORDER BY r2.score, r2.field_ord LIMIT 1), '-'),
              (SELECT round(coalesce(sum(x.ms), 0)) FROM extracted AS x WHERE x.set = so.set))
  FROM set_order AS so JOIN report AS r USING (set)
 GROUP BY so.set, so.ord ORDER BY so.ord;

SELECT format('BELOW FLOOR %s %s %s < %s', set, field, to_char(score, 'FM0.000'), to_char(floor, 'FM0.00'))
  FROM report WHERE score < floor ORDER BY set_ord, field_ord;

SELECT format('scores below floor: %s', count(*)) FROM report WHERE score < floor;
