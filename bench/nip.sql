-- nip: COPY cost and size against bigint; nip_is_valid against a bare scan
-- and against a plain-SQL regex + to_date check.  5 million rows.
SET client_min_messages = warning;
\set rows 5000000
\set file '/tmp/netralitas_bench_nips.txt'

DROP TABLE IF EXISTS bench.nip_src, bench.t_big, bench.t_nip;
CREATE UNLOGGED TABLE bench.nip_src AS
SELECT to_char(b, 'YYYYMMDD')
       || to_char(extract(year FROM b)::int + 19 + i % 8, 'FM0000')
       || to_char(1 + i % 12, 'FM00') || (1 + i % 2)::text
       || to_char(1 + i % 999, 'FM000') AS v
  FROM generate_series(1, :rows) AS i,
       LATERAL (SELECT date '1960-01-01' + (i % 14000) AS b) AS d;
COPY bench.nip_src TO :'file';

CREATE UNLOGGED TABLE bench.t_big (v bigint);
CREATE UNLOGGED TABLE bench.t_nip (v netralitas.nip);

SELECT bench.best_ms(format('COPY bench.t_big FROM %L', :'file'), 3, 'TRUNCATE bench.t_big') AS big_ms \gset
SELECT bench.best_ms(format('COPY bench.t_nip FROM %L', :'file'), 3, 'TRUNCATE bench.t_nip') AS nip_ms \gset
CREATE INDEX ON bench.t_big (v);
CREATE INDEX ON bench.t_nip (v);

SELECT bench.report('COPY 5M rows into nip', :nip_ms, 'COPY into bigint', :big_ms, '<= 1.30');
SELECT format('table size: nip %s, bigint %s; index size: nip %s, bigint %s',
              pg_size_pretty(pg_relation_size('bench.t_nip')),
              pg_size_pretty(pg_relation_size('bench.t_big')),
              pg_size_pretty(pg_indexes_size('bench.t_nip')),
              pg_size_pretty(pg_indexes_size('bench.t_big')));

-- validation: one row in ten is broken (gender digit, letter, or length);
-- the regex baseline cannot survive impossible dates: to_date raises on them
DROP TABLE IF EXISTS bench.nip_text;
CREATE UNLOGGED TABLE bench.nip_text AS
SELECT CASE i % 30 WHEN 0 THEN overlay(v PLACING '3' FROM 15)
                   WHEN 10 THEN overlay(v PLACING 'x' FROM 9)
                   WHEN 20 THEN left(v, 17)
                   ELSE v END AS v
  FROM (SELECT v, row_number() OVER () AS i FROM bench.nip_src) AS s;
VACUUM ANALYZE bench.nip_text;
SET max_parallel_workers_per_gather = 0;

SELECT bench.best_ms('SELECT count(*) FROM bench.nip_text WHERE length(v) = 18') AS bare_ms \gset
SELECT bench.best_ms('SELECT count(*) FROM bench.nip_text WHERE netralitas.nip_is_valid(v)') AS valid_ms \gset
SELECT bench.best_ms($q$
    SELECT count(*) FROM bench.nip_text
     WHERE CASE WHEN v ~ '^(19|20)[0-9]{6}[0-9]{6}[12][0-9]{3}$'
                     AND substr(v, 13, 2) <> '00' AND substr(v, 16, 3) <> '000'
                THEN to_char(to_date(substr(v, 1, 8), 'YYYYMMDD'), 'YYYYMMDD') = substr(v, 1, 8)
                ELSE false END
$q$) AS regex_ms \gset

SELECT bench.report('nip_is_valid over 5M texts', :valid_ms, 'bare scan length(v) = 18', :bare_ms, '<= 1.50');
SELECT bench.report('regex + to_date over 5M texts', :regex_ms, 'nip_is_valid', :valid_ms, 'nip_is_valid >= 8x faster');
SELECT bench.report('regex + to_date over 5M texts', :regex_ms, 'bare scan length(v) = 18', :bare_ms, 'about 12, for reference');

DROP TABLE bench.nip_src, bench.t_big, bench.t_nip, bench.nip_text;
\! rm -f /tmp/netralitas_bench_nips.txt
