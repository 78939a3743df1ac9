-- Scores netralitas.pledge_points(text) against labelled texts and checks
-- that netralitas.check_pledge(text), pledge_missing(text) and
-- pledge_complete(text) agree with it.
--
-- Run by test/score/pledge.sh (read it for how), which sends the data on
-- psql's standard input as CSV rows (set, kind, id, content):
--
--   kind 'record'   content = one line of test/pledge/labelled.jsonl
--                   ({id, text, points})
--   kind 'article'  id = article id; content = its text (dev corpus)
--   kind 'gold'     content = one line of a dev gold.jsonl (the id is in the
--                   JSON); only group A records are scored, against
--                   `pledge_points`
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
-- Per point P1..P4 and micro over all (text, point) pairs: precision =
-- correct / predicted, recall = correct / gold, F1 their harmonic mean.
-- exact_accuracy: the predicted set is the gold set.
--
-- Consistency, on every text: the points whose check_pledge() row says
-- present must be pledge_points(); pledge_missing() must be the other
-- points and pledge_complete() true exactly when all four are there; the
-- evidence of a check_pledge() row must be substr(text, start, stop -
-- start), a present row must have evidence, and there must be four rows.
--
-- Output: per set a table of points, the overall metrics with their bounds,
-- the texts judged wrongly (gold and predicted points) and those on which
-- the functions disagree, then the metrics beyond their bound and last the
-- line "scores below floor: N", from which pledge.sh takes its exit status
-- (psql itself cannot exit with a chosen status).
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

CREATE TEMP TABLE point_order AS
SELECT 'P' || i AS point, i AS ord FROM generate_series(1, 4) AS i;

-- Bounds: "dev.micro_f1 0.40" is the dev set's micro_f1 floor,
-- "check_disagree_max 0" the labelled set's maximum of check_disagree.
CREATE TEMP TABLE bound AS
SELECT CASE WHEN m LIKE '%.%' THEN split_part(m, '.', 1) ELSE 'labelled' END AS set,
       regexp_replace(regexp_replace(m, '^[^.]*\.', ''), '_max$', '') AS metric,
       m LIKE '%\_max' AS is_max, v AS bound, m AS line
  FROM (SELECT id AS m, content::numeric AS v FROM input WHERE kind = 'floor') AS f;

-- The points of a jsonb array of strings: upper-cased, distinct, sorted,
-- only P1..P4 (anything else is reported as a warning below).
CREATE FUNCTION pg_temp.points(j jsonb) RETURNS text[]
LANGUAGE sql IMMUTABLE AS
$$
SELECT coalesce(array_agg(DISTINCT upper(btrim(e #>> '{}')) ORDER BY upper(btrim(e #>> '{}')))
                    FILTER (WHERE upper(btrim(e #>> '{}')) IN ('P1', 'P2', 'P3', 'P4')),
                '{}')
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(j) = 'array' THEN j ELSE '[]' END) AS e
$$;

-- Labels that are not P1..P4 (a typo would silently drop a point).
CREATE FUNCTION pg_temp.odd_labels(j jsonb) RETURNS text[]
LANGUAGE sql IMMUTABLE AS
$$
SELECT array_agg(e #>> '{}')
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(j) = 'array' THEN j ELSE '[]' END) AS e
 WHERE upper(btrim(coalesce(e #>> '{}', ''))) NOT IN ('P1', 'P2', 'P3', 'P4')
$$;

-- One row per text: (set, id, text, gold points, labels that are not points).
CREATE TEMP TABLE item (set text, id text, text text, gold text[], odd text[]);

INSERT INTO item
SELECT set, r ->> 'id', r ->> 'text',
       CASE WHEN jsonb_typeof(r -> 'points') = 'array' THEN pg_temp.points(r -> 'points') END,
       pg_temp.odd_labels(r -> 'points')
  FROM (SELECT set, content::jsonb AS r FROM input WHERE kind = 'record') AS s;

CREATE TEMP TABLE dev_gold AS
SELECT set, g ->> 'id' AS id, g
  FROM (SELECT set, content::jsonb AS g FROM input WHERE kind = 'gold') AS s;

-- Dev corpus: pledge and pact events (group A) only.
INSERT INTO item
SELECT a.set, a.id, a.content,
       CASE WHEN jsonb_typeof(g.g -> 'pledge_points') = 'array'
            THEN pg_temp.points(g.g -> 'pledge_points') END,
       pg_temp.odd_labels(g.g -> 'pledge_points')
  FROM input AS a JOIN dev_gold AS g USING (set, id)
 WHERE a.kind = 'article' AND g.g ->> 'group' = 'A';

-- ---------------------------------------------------------------------------
-- Judgement.  One failing text must not hide the scores of the others: the
-- error is kept, reported, and the text counts as judged wrongly (no
-- points).
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE judged (set text, id text, pred text[], checked text[], missing text[],
                          complete boolean, error text, ms numeric);

-- The first call of a session compiles the wordings of pledge_clause: time
-- it apart, so that the per-set times are those of the texts.
CREATE TEMP TABLE warm_up AS
SELECT clock_timestamp() AS t0, NULL::timestamptz AS t1;
SELECT cardinality(netralitas.pledge_points('')) AS warm_up \gset
UPDATE warm_up SET t1 = clock_timestamp();
CREATE TEMP TABLE check_row (set text, id text, clause text, present boolean, evidence text,
                             start integer, stop integer);

DO $$
DECLARE
	t record;
	t0 timestamptz;
	p text[];
	c text[];
	m text[];
	done boolean;
	ms numeric;
BEGIN
	FOR t IN SELECT * FROM item ORDER BY set, id LOOP
		BEGIN
			t0 := clock_timestamp();
			p := netralitas.pledge_points(t.text);
			ms := 1000 * extract(epoch FROM clock_timestamp() - t0);
			INSERT INTO check_row
			SELECT t.set, t.id, r.clause, r.present, r.evidence, r.start, r.stop
			  FROM netralitas.check_pledge(t.text) AS r;
			c := ARRAY(SELECT clause FROM check_row
			            WHERE set = t.set AND id = t.id AND present ORDER BY clause);
			m := netralitas.pledge_missing(t.text);
			done := netralitas.pledge_complete(t.text);
			INSERT INTO judged VALUES (t.set, t.id, p, c, m, done, NULL, ms);
		EXCEPTION WHEN OTHERS THEN
			INSERT INTO judged VALUES (t.set, t.id, '{}', NULL, NULL, NULL, SQLERRM, NULL);
		END;
	END LOOP;
END
$$;

-- Per text: gold and predicted points (sorted, distinct), and consistency.
CREATE TEMP TABLE pair AS
SELECT i.set, i.id, j.error,
       coalesce(i.gold, '{}') AS gold,
       ARRAY(SELECT DISTINCT upper(x) FROM unnest(j.pred) AS x WHERE x IS NOT NULL ORDER BY 1) AS pred,
       j.checked,
       j.error IS NULL
           AND j.checked IS DISTINCT FROM
               ARRAY(SELECT x FROM unnest(j.pred) AS x ORDER BY 1) AS check_disagree,
       j.error IS NULL
           AND (ARRAY(SELECT x FROM unnest(j.missing) AS x ORDER BY 1)
                    IS DISTINCT FROM ARRAY(SELECT o.point FROM point_order AS o
                                            WHERE o.point <> ALL (j.pred) ORDER BY 1)
                OR j.complete IS DISTINCT FROM (cardinality(j.pred) = 4)) AS other_disagree,
       (SELECT count(*) FROM check_row AS r
         WHERE r.set = i.set AND r.id = i.id
           AND ((r.evidence IS NOT NULL
                 AND r.evidence IS DISTINCT FROM substr(i.text, r.start, r.stop - r.start))
                OR (r.present AND r.evidence IS NULL))) AS span_errors,
       (SELECT count(*) FROM check_row AS r WHERE r.set = i.set AND r.id = i.id) AS check_rows
  FROM item AS i JOIN judged AS j USING (set, id);

-- (set, id, point) facts.
CREATE TEMP TABLE fact AS
SELECT p.set, p.id, o.point, o.point = ANY (p.pred) AS predicted, o.point = ANY (p.gold) AS gold
  FROM pair AS p CROSS JOIN point_order AS o;

-- ---------------------------------------------------------------------------
-- Metrics
-- ---------------------------------------------------------------------------
CREATE FUNCTION pg_temp.ratio(a numeric, b numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE WHEN b > 0 THEN a / b END $$;

-- Harmonic mean; 0 when one side is 0 and the other unknown (nothing
-- predicted for a gold point, or a point predicted that no text has).
CREATE FUNCTION pg_temp.f1(p numeric, r numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE WHEN p + r > 0 THEN 2 * p * r / (p + r)
               WHEN coalesce(p, 0) + coalesce(r, 0) = 0 AND num_nonnulls(p, r) > 0 THEN 0 END $$;

CREATE TEMP TABLE point_count AS
SELECT set, point,
       count(*) FILTER (WHERE gold) AS n_gold, count(*) FILTER (WHERE predicted) AS n_pred,
       count(*) FILTER (WHERE gold AND predicted) AS n_correct
  FROM fact GROUP BY set, point;

-- (set, metric, value, ord); ord gives the report order.
CREATE TEMP TABLE metric (set text, metric text, value numeric, ord int);

INSERT INTO metric
SELECT c.set, c.point || '_' || m.name, m.value, 10 * o.ord + m.k
  FROM point_count AS c JOIN point_order AS o USING (point)
 CROSS JOIN LATERAL (SELECT pg_temp.ratio(c.n_correct, c.n_pred) AS p,
                            pg_temp.ratio(c.n_correct, c.n_gold) AS r) AS pr
 CROSS JOIN LATERAL (VALUES (1, 'precision', pr.p), (2, 'recall', pr.r),
                            (3, 'f1', pg_temp.f1(pr.p, pr.r))) AS m(k, name, value);

INSERT INTO metric
SELECT c.set, 'micro_' || m.name, m.value, 200 + m.k
  FROM (SELECT set, pg_temp.ratio(sum(n_correct), sum(n_pred)) AS p,
               pg_temp.ratio(sum(n_correct), sum(n_gold)) AS r
          FROM point_count GROUP BY set) AS c
 CROSS JOIN LATERAL (VALUES (1, 'precision', c.p), (2, 'recall', c.r),
                            (3, 'f1', pg_temp.f1(c.p, c.r))) AS m(k, name, value);

INSERT INTO metric
SELECT p.set, m.name, m.value, 300 + m.k
  FROM (SELECT set,
               avg((error IS NULL AND pred = gold)::int) AS exact_accuracy,
               count(*) FILTER (WHERE cardinality(gold) = 0 AND cardinality(pred) > 0) AS false_point_texts,
               count(*) FILTER (WHERE check_disagree) AS check_disagree,
               count(*) FILTER (WHERE other_disagree) AS other_disagree,
               sum(span_errors) + count(*) FILTER (WHERE error IS NULL AND check_rows <> 4) AS span_errors,
               count(*) FILTER (WHERE error IS NOT NULL) AS errors
          FROM pair GROUP BY set) AS p
 CROSS JOIN LATERAL (VALUES (1, 'exact_accuracy', p.exact_accuracy),
                            (2, 'false_point_texts', p.false_point_texts),
                            (3, 'check_disagree', p.check_disagree),
                            (4, 'other_disagree', p.other_disagree),
                            (5, 'span_errors', p.span_errors),
                            (6, 'errors', p.errors)) AS m(k, name, value);

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

CREATE FUNCTION pg_temp.pts(a text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS
$$ SELECT coalesce('[' || array_to_string(a, ',') || ']', 'NULL') $$;

-- Problems first, so that they are not lost under the tables.
SELECT format('note      first call (compiling the pledge wordings): %s ms',
              round(1000 * extract(epoch FROM t1 - t0)))
  FROM warm_up;
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
SELECT format('warning   %s: text %s has no text or no points label', set, id)
  FROM item WHERE text IS NULL OR gold IS NULL ORDER BY set, id;
SELECT format('warning   %s: text %s has labels that are not P1-P4: %s', set, id, odd)
  FROM item WHERE cardinality(odd) > 0 ORDER BY set, id;
-- A mistyped floor line would silently leave a metric unguarded.
SELECT format('warning   floor for unknown metric: %s', line)
  FROM check_ WHERE ord IS NULL AND metric NOT IN (SELECT metric FROM metric) ORDER BY 1;
SELECT format('warning   floor for unknown set: %s', line)
  FROM bound WHERE set NOT IN ('labelled', 'dev') ORDER BY 1;

-- Per set: the points, the overall metrics, the texts judged wrongly and
-- those on which the functions disagree.
SELECT line FROM (
	SELECT so.ord AS set_ord, 0 AS k, '' AS sub,
	       format(E'-- %s (%s texts, %s with no point, %s with all four; pledge_points %s ms)\n%-7s %9s %6s %6s %5s %5s %7s',
	              so.set, count(*), count(*) FILTER (WHERE cardinality(p.gold) = 0),
	              count(*) FILTER (WHERE cardinality(p.gold) = 4),
	              (SELECT round(sum(ms), 1) FROM judged AS j WHERE j.set = so.set),
	              'point', 'precision', 'recall', 'f1', 'gold', 'pred', 'correct') AS line
	  FROM set_order AS so JOIN pair AS p USING (set)
	 GROUP BY so.set, so.ord
	UNION ALL
	SELECT so.ord, 1, c.point,
	       format('%-7s %9s %6s %6s %5s %5s %7s%s', c.point,
	              pg_temp.num(pg_temp.ratio(c.n_correct, c.n_pred)),
	              pg_temp.num(pg_temp.ratio(c.n_correct, c.n_gold)),
	              pg_temp.num((SELECT value FROM metric AS m WHERE m.set = c.set AND m.metric = c.point || '_f1')),
	              c.n_gold, c.n_pred, c.n_correct,
	              coalesce((SELECT '  << ' || string_agg(k.metric || ' below ' || k.bound, ', ')
	                          FROM check_ AS k WHERE k.set = c.set AND k.beyond AND k.metric LIKE c.point || '\_%'), ''))
	  FROM set_order AS so JOIN point_count AS c USING (set)
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
	SELECT so.ord, 3, p.id,
	       format('wrong      %-6s gold %-13s got %s', p.id, pg_temp.pts(p.gold), pg_temp.pts(p.pred))
	  FROM set_order AS so JOIN pair AS p USING (set)
	 WHERE p.error IS NULL AND p.pred <> p.gold
	UNION ALL
	-- the rows of check_pledge() that say otherwise than pledge_points()
	SELECT so.ord, 4, p.id,
	       format('disagree   %-6s pledge_points %s, check_pledge %s%s', p.id, pg_temp.pts(p.pred),
	              pg_temp.pts(p.checked),
	              coalesce((SELECT ': ' || string_agg(format('%s present=%s %s', r.clause, r.present,
	                                                         coalesce(quote_literal(r.evidence), 'no evidence')),
	                                                  '; ' ORDER BY r.clause)
	                          FROM check_row AS r
	                         WHERE r.set = p.set AND r.id = p.id
	                           AND r.present IS DISTINCT FROM (r.clause = ANY (p.pred))), ''))
	  FROM set_order AS so JOIN pair AS p USING (set)
	 WHERE p.check_disagree
	UNION ALL
	SELECT so.ord, 5, p.id,
	       format('disagree   %-6s pledge_points %s, pledge_missing %s, pledge_complete %s', p.id,
	              pg_temp.pts(p.pred), pg_temp.pts(j.missing), j.complete)
	  FROM set_order AS so JOIN pair AS p USING (set) JOIN judged AS j USING (set, id)
	 WHERE p.other_disagree
	UNION ALL
	SELECT so.ord, 6, r.id,
	       format('span       %-6s %s present=%s evidence %s at [%s, %s)', r.id, r.clause, r.present,
	              coalesce(quote_literal(r.evidence), 'NULL'), r.start, r.stop)
	  FROM set_order AS so JOIN check_row AS r USING (set) JOIN item AS i USING (set, id)
	 WHERE (r.evidence IS NOT NULL AND r.evidence IS DISTINCT FROM substr(i.text, r.start, r.stop - r.start))
	    OR (r.present AND r.evidence IS NULL)
) AS t ORDER BY set_ord, k, sub;

-- One summary line per set, for the CI log.
SELECT format('summary %-9s %3s texts  micro P/R/F1 %s/%s/%s  exact %s  %s check_pledge disagreements  %s beyond bound  %s errors',
              so.set, (SELECT count(*) FROM pair AS p WHERE p.set = so.set),
              pg_temp.num(max(m.value) FILTER (WHERE m.metric = 'micro_precision')),
              pg_temp.num(max(m.value) FILTER (WHERE m.metric = 'micro_recall')),
              pg_temp.num(max(m.value) FILTER (WHERE m.metric = 'micro_f1')),
              pg_temp.num(max(m.value) FILTER (WHERE m.metric = 'exact_accuracy')),
              pg_temp.num(max(m.value) FILTER (WHERE m.metric = 'check_disagree')),
              (SELECT count(*) FROM check_ AS k WHERE k.set = so.set AND k.beyond),
              pg_temp.num(max(m.value) FILTER (WHERE m.metric = 'errors')))
  FROM set_order AS so JOIN metric AS m USING (set)
 GROUP BY so.set, so.ord ORDER BY so.ord;

SELECT format('%s %s %s %s %s', CASE WHEN k.is_max THEN 'ABOVE MAXIMUM' ELSE 'BELOW FLOOR' END,
              k.set, k.metric, pg_temp.num(k.value), CASE WHEN k.is_max THEN '>' ELSE '<' END || ' ' || k.bound)
  FROM check_ AS k JOIN set_order AS so USING (set)
 WHERE k.beyond ORDER BY so.ord, k.ord NULLS LAST, k.metric;

SELECT format('scores below floor: %s', count(*)) FROM check_ WHERE beyond;
