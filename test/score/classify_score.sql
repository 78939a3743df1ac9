-- Scores netralitas.violation_forms(text) and netralitas.is_incident(text)
-- against labelled texts.
--
-- Run by test/score/classify.sh (read it for how), which sends the data on
-- psql's standard input as CSV rows (set, kind, id, content):
--
--   kind 'record'   content = one line of test/classify/labelled.jsonl
--                   ({id, text, incident, forms})
--   kind 'article'  id = article id; content = its text (dev corpus)
--   kind 'gold'     content = one line of a dev gold.jsonl (the id is in the JSON)
--   kind 'floor'    set 'floors'; id = metric ("dev." prefix for the dev set,
--                   "_max" suffix for an upper bound); content = the bound
--
-- The data travels through psql (\copy ... FROM pstdin) and not through a
-- server-side COPY because the server runs as another OS user that may not be
-- able to read the repository.
--
-- psql variables:
--   sets   comma-separated names of the sets sent, in the order to report them
--
-- Gold: a text has entries (form, accepted forms).  In labelled.jsonl each
-- form of `forms` is one entry accepting only itself.  In the dev gold each
-- `violations` element is one entry accepting `form` and its `alt_forms`; a
-- text is an incident when `is_incident` says so or, without it, when its
-- group is B.
--   - a predicted form is correct when some entry of the text accepts it;
--   - a gold form (distinct `form` of a text's entries) is found when one of
--     its entries accepts a predicted form.
-- Per form and micro over all forms: precision = correct / predicted,
-- recall = found / gold, F1 their harmonic mean.  Without alternatives
-- (labelled set) correct = found = true positives and F1 = 2tp/(gold+pred).
--
-- Output: per set a table of forms, the overall metrics with their floors,
-- the ids of the texts judged wrongly, then the metrics beyond their bound
-- and last the line "scores below floor: N", from which classify.sh takes its
-- exit status (psql itself cannot exit with a chosen status).
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
CREATE TEMP TABLE input (set text, kind text, id text, content text);
\copy input FROM pstdin WITH (FORMAT csv)

CREATE TEMP TABLE set_order AS
SELECT s AS set, ord
  FROM unnest(string_to_array(:'sets', ',')) WITH ORDINALITY AS t(s, ord);

CREATE TEMP TABLE form_order AS
SELECT 'F' || to_char(i, 'FM00') AS form, i AS ord FROM generate_series(1, 13) AS i;

-- Bounds: "dev.micro_f1 0.40" is the dev set's micro_f1 floor,
-- "false_incidents_max 12" the labelled set's maximum of false_incidents.
CREATE TEMP TABLE bound AS
SELECT CASE WHEN m LIKE '%.%' THEN split_part(m, '.', 1) ELSE 'labelled' END AS set,
       regexp_replace(regexp_replace(m, '^[^.]*\.', ''), '_max$', '') AS metric,
       m LIKE '%\_max' AS is_max, v AS bound, m AS line
  FROM (SELECT id AS m, content::numeric AS v FROM input WHERE kind = 'floor') AS f;

-- The forms of a jsonb array of strings, upper-cased, without blanks.
CREATE FUNCTION pg_temp.forms(j jsonb) RETURNS text[]
LANGUAGE sql IMMUTABLE AS
$$
SELECT coalesce(array_agg(DISTINCT upper(btrim(e #>> '{}'))) FILTER (WHERE btrim(e #>> '{}') <> ''),
                '{}')
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(j) = 'array' THEN j ELSE '[]' END) AS e
$$;

-- One row per text: (set, id, text, incident); entries (set, id, form, accepted).
CREATE TEMP TABLE item (set text, id text, text text, incident boolean);
CREATE TEMP TABLE entry (set text, id text, form text, accepted text[]);

INSERT INTO item
SELECT set, r ->> 'id', r ->> 'text', (r ->> 'incident')::boolean
  FROM (SELECT set, content::jsonb AS r FROM input WHERE kind = 'record') AS s;
INSERT INTO entry
SELECT i.set, i.r ->> 'id', f, ARRAY[f]
  FROM (SELECT set, content::jsonb AS r FROM input WHERE kind = 'record') AS i
 CROSS JOIN LATERAL unnest(pg_temp.forms(i.r -> 'forms')) AS f;

CREATE TEMP TABLE dev_gold AS
SELECT set, g ->> 'id' AS id, g
  FROM (SELECT set, content::jsonb AS g FROM input WHERE kind = 'gold') AS s;

INSERT INTO item
SELECT a.set, a.id, a.content,
       coalesce((g.g ->> 'is_incident')::boolean, g.g ->> 'group' = 'B')
  FROM input AS a JOIN dev_gold AS g USING (set, id)
 WHERE a.kind = 'article';
INSERT INTO entry
SELECT g.set, g.id, upper(btrim(v ->> 'form')),
       ARRAY[upper(btrim(v ->> 'form'))] || pg_temp.forms(v -> 'alt_forms')
  FROM dev_gold AS g
 CROSS JOIN LATERAL jsonb_array_elements(
       CASE WHEN jsonb_typeof(g.g -> 'violations') = 'array' THEN g.g -> 'violations' ELSE '[]' END) AS v
 WHERE jsonb_typeof(v) = 'object' AND btrim(v ->> 'form') <> '';

-- ---------------------------------------------------------------------------
-- Classification.  One failing text must not hide the scores of the others:
-- the error is kept, reported, and the text counts as judged wrongly (no
-- forms, is_incident NULL).
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE judged (set text, id text, forms text[], incident boolean, error text, ms numeric);

DO $$
DECLARE
	t record;
	t0 timestamptz;
	f text[];
	inc boolean;
BEGIN
	FOR t IN SELECT * FROM item ORDER BY set, id LOOP
		t0 := clock_timestamp();
		BEGIN
			f := netralitas.violation_forms(t.text);
			inc := netralitas.is_incident(t.text);
			INSERT INTO judged
			VALUES (t.set, t.id, f, inc, NULL, 1000 * extract(epoch FROM clock_timestamp() - t0));
		EXCEPTION WHEN OTHERS THEN
			INSERT INTO judged
			VALUES (t.set, t.id, '{}', NULL, SQLERRM, 1000 * extract(epoch FROM clock_timestamp() - t0));
		END;
	END LOOP;
END
$$;

-- Per text: gold forms, accepted forms, predicted forms.
CREATE TEMP TABLE pair AS
SELECT i.set, i.id, i.incident, j.incident AS said_incident, j.error,
       coalesce((SELECT array_agg(DISTINCT e.form) FROM entry AS e
                  WHERE e.set = i.set AND e.id = i.id), '{}') AS gold,
       coalesce((SELECT array_agg(DISTINCT a) FROM entry AS e CROSS JOIN unnest(e.accepted) AS a
                  WHERE e.set = i.set AND e.id = i.id), '{}') AS accepted,
       coalesce((SELECT array_agg(DISTINCT upper(p)) FROM unnest(j.forms) AS p
                  WHERE p IS NOT NULL), '{}') AS pred
  FROM item AS i JOIN judged AS j USING (set, id);

-- (set, id, form) facts: predicted and correct, gold and found.
CREATE TEMP TABLE fact AS
SELECT p.set, p.id, f.form,
       f.form = ANY (p.pred) AS predicted,
       f.form = ANY (p.pred) AND f.form = ANY (p.accepted) AS correct,
       f.form = ANY (p.gold) AS gold,
       EXISTS (SELECT FROM entry AS e
                WHERE e.set = p.set AND e.id = p.id AND e.form = f.form
                  AND e.accepted && p.pred) AS found
  FROM pair AS p CROSS JOIN form_order AS f;

-- ---------------------------------------------------------------------------
-- Metrics
-- ---------------------------------------------------------------------------
CREATE FUNCTION pg_temp.ratio(a numeric, b numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE WHEN b > 0 THEN a / b END $$;

-- Harmonic mean; 0 when one side is 0 and the other unknown (nothing
-- predicted for a gold form, or a form predicted that no text has).
CREATE FUNCTION pg_temp.f1(p numeric, r numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE WHEN p + r > 0 THEN 2 * p * r / (p + r)
               WHEN coalesce(p, 0) + coalesce(r, 0) = 0 AND num_nonnulls(p, r) > 0 THEN 0 END $$;

CREATE TEMP TABLE form_count AS
SELECT set, form,
       count(*) FILTER (WHERE gold) AS n_gold, count(*) FILTER (WHERE predicted) AS n_pred,
       count(*) FILTER (WHERE correct) AS n_correct, count(*) FILTER (WHERE found) AS n_found
  FROM fact GROUP BY set, form;

-- (set, metric, value, ord); ord gives the report order.
CREATE TEMP TABLE metric (set text, metric text, value numeric, ord int);

INSERT INTO metric
SELECT c.set, c.form || '_' || m.name, m.value, 10 * o.ord + m.k
  FROM form_count AS c JOIN form_order AS o USING (form)
 CROSS JOIN LATERAL (SELECT pg_temp.ratio(c.n_correct, c.n_pred) AS p,
                            pg_temp.ratio(c.n_found, c.n_gold) AS r) AS pr
 CROSS JOIN LATERAL (VALUES (1, 'precision', pr.p), (2, 'recall', pr.r),
                            (3, 'f1', pg_temp.f1(pr.p, pr.r))) AS m(k, name, value);

INSERT INTO metric
SELECT c.set, 'micro_' || m.name, m.value, 200 + m.k
  FROM (SELECT set, pg_temp.ratio(sum(n_correct), sum(n_pred)) AS p,
               pg_temp.ratio(sum(n_found), sum(n_gold)) AS r
          FROM form_count GROUP BY set) AS c
 CROSS JOIN LATERAL (VALUES (1, 'precision', c.p), (2, 'recall', c.r),
                            (3, 'f1', pg_temp.f1(c.p, c.r))) AS m(k, name, value);

INSERT INTO metric
SELECT p.set, m.name, m.value, 300 + m.k
  FROM (SELECT set,
               avg(coalesce(said_incident = incident, false)::int) AS accuracy,
               count(*) FILTER (WHERE NOT incident AND said_incident) AS false_incidents,
               count(*) FILTER (WHERE NOT incident AND cardinality(pred) > 0) AS false_form_texts,
               count(*) FILTER (WHERE incident AND said_incident IS NOT TRUE) AS missed_incidents,
               count(*) FILTER (WHERE incident AND cardinality(pred) = 0) AS incidents_without_form,
               count(*) FILTER (WHERE error IS NULL AND said_incident <> (cardinality(pred) > 0))
                   AS incident_form_disagree,
               count(*) FILTER (WHERE error IS NOT NULL) AS errors
          FROM pair GROUP BY set) AS p
 CROSS JOIN LATERAL (VALUES (1, 'incident_accuracy', p.accuracy),
                            (2, 'false_incidents', p.false_incidents),
                            (3, 'false_form_texts', p.false_form_texts),
                            (4, 'missed_incidents', p.missed_incidents),
                            (5, 'incidents_without_form', p.incidents_without_form),
                            (6, 'incident_form_disagree', p.incident_form_disagree),
                            (7, 'errors', p.errors)) AS m(k, name, value);

-- A metric with a bound: beyond it when below a floor or above a maximum;
-- a metric that could not be computed (nothing predicted, say) is beyond
-- any floor.
CREATE TEMP TABLE check_ AS
SELECT b.set, b.metric, b.is_max, b.bound, b.line, m.value, m.ord,
       CASE WHEN b.is_max THEN m.value > b.bound
            ELSE m.value IS NULL OR m.value < b.bound END AS beyond
  FROM bound AS b JOIN set_order USING (set)
  LEFT JOIN metric AS m USING (set, metric);

-- ---------------------------------------------------------------------------
-- Report
-- ---------------------------------------------------------------------------
CREATE FUNCTION pg_temp.num(v numeric) RETURNS text
LANGUAGE sql IMMUTABLE AS
$$ SELECT coalesce(CASE WHEN v = trunc(v) THEN v::bigint::text ELSE to_char(v, 'FM0.000') END, '-') $$;

-- Problems first, so that they are not lost under the tables.
SELECT format('error     %s %s: %s', set, id, left(regexp_replace(error, '\s+', ' ', 'g'), 200))
  FROM judged WHERE error IS NOT NULL ORDER BY set, id;
SELECT format('warning   %s: gold record %s has no article', g.set, g.id)
  FROM dev_gold AS g
 WHERE NOT EXISTS (SELECT FROM input AS a WHERE a.kind = 'article' AND a.set = g.set AND a.id = g.id)
 ORDER BY 1;
SELECT format('warning   %s: article %s has no gold record', a.set, a.id)
  FROM input AS a
 WHERE a.kind = 'article' AND NOT EXISTS (SELECT FROM dev_gold AS g WHERE g.set = a.set AND g.id = a.id)
 ORDER BY 1;
SELECT format('warning   %s: text %s has no text or no incident label', set, id)
  FROM item WHERE text IS NULL OR incident IS NULL ORDER BY set, id;
SELECT format('warning   %s: non-incident %s has gold forms', set, id)
  FROM pair WHERE NOT incident AND cardinality(gold) > 0 ORDER BY set, id;
-- A mistyped floor line would silently leave a metric unguarded.
SELECT format('warning   floor for unknown metric: %s', line)
  FROM check_ WHERE ord IS NULL AND metric NOT IN (SELECT metric FROM metric) ORDER BY 1;
SELECT format('warning   floor for unknown set: %s', line)
  FROM bound WHERE set NOT IN (SELECT set FROM set_order) ORDER BY 1;

-- Per set: the forms, the overall metrics, the texts judged wrongly.
SELECT line FROM (
	SELECT so.ord AS set_ord, 0 AS k, '' AS sub,
	       format(E'-- %s (%s texts: %s incidents, %s non-incidents; %s ms)\n%-7s %9s %6s %6s %5s %5s %7s',
	              so.set, count(*), count(*) FILTER (WHERE p.incident),
	              count(*) FILTER (WHERE NOT p.incident),
	              (SELECT round(sum(ms)) FROM judged AS j WHERE j.set = so.set),
	              'form', 'precision', 'recall', 'f1', 'gold', 'pred', 'correct') AS line
	  FROM set_order AS so JOIN pair AS p USING (set)
	 GROUP BY so.set, so.ord
	UNION ALL
	SELECT so.ord, 1, c.form,
	       format('%-7s %9s %6s %6s %5s %5s %7s%s', c.form,
	              pg_temp.num(pg_temp.ratio(c.n_correct, c.n_pred)),
	              pg_temp.num(pg_temp.ratio(c.n_found, c.n_gold)),
	              pg_temp.num((SELECT value FROM metric AS m WHERE m.set = c.set AND m.metric = c.form || '_f1')),
	              c.n_gold, c.n_pred, c.n_correct,
	              coalesce((SELECT '  << ' || string_agg(k.metric || ' below ' || k.bound, ', ')
	                          FROM check_ AS k WHERE k.set = c.set AND k.beyond AND k.metric LIKE c.form || '\_%'), ''))
	  FROM set_order AS so JOIN form_count AS c USING (set)
	UNION ALL
	SELECT so.ord, 2, to_char(m.ord, 'FM0000'),
	       format('%-23s %6s%s%s', m.metric, pg_temp.num(m.value),
	              coalesce((SELECT format('  (%s %s)', CASE WHEN k.is_max THEN 'max' ELSE 'floor' END, k.bound)
	                          FROM check_ AS k WHERE k.set = m.set AND k.metric = m.metric), ''),
	              coalesce((SELECT CASE WHEN k.is_max THEN '  << above maximum' ELSE '  << below floor' END
	                          FROM check_ AS k WHERE k.set = m.set AND k.metric = m.metric AND k.beyond), ''))
	  FROM set_order AS so JOIN metric AS m USING (set)
	 WHERE m.ord >= 200
	UNION ALL
	SELECT so.ord, 3, w.what,
	       format('%-23s %s', w.what, string_agg(w.id, ' ' ORDER BY w.id))
	  FROM set_order AS so
	  JOIN (SELECT set, id, 'ids false incidents' AS what FROM pair WHERE NOT incident AND said_incident
	        UNION ALL
	        SELECT set, id, 'ids false form texts' FROM pair WHERE NOT incident AND cardinality(pred) > 0
	        UNION ALL
	        SELECT set, id, 'ids missed incidents' FROM pair WHERE incident AND said_incident IS NOT TRUE) AS w
	    USING (set)
	 GROUP BY so.ord, w.what
) AS t ORDER BY set_ord, k, sub;

-- One summary line per set, for the CI log.
SELECT format('summary %-9s %3s texts  micro P/R/F1 %s/%s/%s  incident accuracy %s  %s beyond bound  %s errors',
              so.set, (SELECT count(*) FROM pair AS p WHERE p.set = so.set),
              pg_temp.num(max(m.value) FILTER (WHERE m.metric = 'micro_precision')),
              pg_temp.num(max(m.value) FILTER (WHERE m.metric = 'micro_recall')),
              pg_temp.num(max(m.value) FILTER (WHERE m.metric = 'micro_f1')),
              pg_temp.num(max(m.value) FILTER (WHERE m.metric = 'incident_accuracy')),
              (SELECT count(*) FROM check_ AS k WHERE k.set = so.set AND k.beyond),
              pg_temp.num(max(m.value) FILTER (WHERE m.metric = 'errors')))
  FROM set_order AS so JOIN metric AS m USING (set)
 GROUP BY so.set, so.ord ORDER BY so.ord;

SELECT format('%s %s %s %s %s', CASE WHEN k.is_max THEN 'ABOVE MAXIMUM' ELSE 'BELOW FLOOR' END,
              k.set, k.metric, pg_temp.num(k.value), CASE WHEN k.is_max THEN '>' ELSE '<' END || ' ' || k.bound)
  FROM check_ AS k JOIN set_order AS so USING (set)
 WHERE k.beyond ORDER BY so.ord, k.ord NULLS LAST, k.metric;

SELECT format('scores below floor: %s', count(*)) FROM check_ WHERE beyond;
