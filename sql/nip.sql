--
-- nip: input, output, errors, operators, indexes, casts, accessors
--

-- the operators live in schema netralitas: without it on the search_path
-- they must be written qualified
SELECT '198609262015051001'::netralitas.nip OPERATOR(netralitas.=) '198609262015051001'::netralitas.nip;
SET search_path = public, netralitas;


-- accepted forms all store the same value
SELECT v::netralitas.nip
  FROM (VALUES ('198609262015051001'),
               ('19860926 201505 1 001'),
               ('19860926.201505.1.001'),
               ('19860926-201505-1-001'),
               (E'  19860926 201505 1 001\t')) AS t(v);

SELECT netralitas.nip_format('198609262015051001');
SELECT '199009132025242014'::netralitas.nip AS pppk;

-- each rejection names what is wrong and how to fix it (SQLSTATE 22P02)
\set VERBOSITY default
SELECT ''::netralitas.nip;
SELECT '19860926x201505 1 001'::netralitas.nip;
SELECT '1986 0926 201505 1 001'::netralitas.nip;
SELECT '19860926201505100'::netralitas.nip;
SELECT '19860231 201505 1 001'::netralitas.nip;
SELECT '19850229 201505 1 001'::netralitas.nip;
SELECT '18991231 192001 1 001'::netralitas.nip;
SELECT '19860926 201500 1 001'::netralitas.nip;
SELECT '19860926 201505 3 001'::netralitas.nip;
SELECT '19860926 201505 1 000'::netralitas.nip;
SELECT '19860926 200408 1 001'::netralitas.nip;
SELECT '19860926 999912 1 001'::netralitas.nip;
SELECT '199009132007212014'::netralitas.nip;
SELECT '１９８６'::netralitas.nip;
\set VERBOSITY sqlstate
SELECT '19860926 201505 3 001'::netralitas.nip;
\set VERBOSITY default

-- nip_is_valid never raises
SELECT left(v, 25) AS v, netralitas.nip_is_valid(v)
  FROM (VALUES ('19860926 201505 1 001'), ('19860231 201505 1 001'), (''),
               ('garbage'), ('199009132025242014'), (repeat('9', 1000))) AS t(v)
 ORDER BY v COLLATE "C";
SELECT netralitas.nip_is_valid(NULL);

-- accessors
SELECT netralitas.nip_birth_date(n), netralitas.nip_appointed_on(n),
       netralitas.nip_appointed_year(n), netralitas.nip_gender(n),
       netralitas.nip_serial(n), netralitas.nip_kind(n),
       netralitas.nip_age(n, '2024-02-14'), netralitas.nip_age(n, '1980-01-01')
  FROM (VALUES ('19860926 201505 1 001'::netralitas.nip),
               ('199009132025242014'::netralitas.nip)) AS t(n);
SELECT netralitas.nip_age('19840229 201505 2 001', '2001-02-28') AS before_birthday,
       netralitas.nip_age('19840229 201505 2 001', '2001-03-01') AS after_birthday;
SELECT netralitas.nip_age('19860926 201505 1 001', 'infinity');

-- casts
SELECT '19860926 201505 1 001'::netralitas.nip::text;
SELECT '19860926 201505 1 001'::netralitas.nip::bigint;
SELECT 198609262015051001::netralitas.nip;
SELECT netralitas.nip(198609262015051001);
SELECT 12345::bigint::netralitas.nip;
SELECT 198609262015051000::netralitas.nip;
CREATE TEMP TABLE t_assign (n netralitas.nip);
INSERT INTO t_assign VALUES ('19860926 201505 1 001'::text);  -- text to nip on assignment
SELECT n FROM t_assign;
DROP TABLE t_assign;

-- comparison operators follow the digits
SELECT a, b, a < b AS lt, a <= b AS le, a = b AS eq, a <> b AS ne, a >= b AS ge, a > b AS gt
  FROM (VALUES ('198609262015051001'::netralitas.nip, '198609262015051002'::netralitas.nip),
               ('198609262015051001', '198609262015051001'),
               ('199009132025242014', '198609262015051001')) AS t(a, b);

-- operator classes are complete
SELECT opcname, amname, amvalidate(c.oid)
  FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
 WHERE opcnamespace = 'netralitas'::regnamespace AND opcname = 'nip_ops'
 ORDER BY amname;

-- ordering, DISTINCT, GROUP BY, unique and hash indexes, joins
CREATE TABLE nips (n netralitas.nip);
INSERT INTO nips
SELECT netralitas.nip((to_char(date '1960-01-01' + (i % 9000), 'YYYYMMDD') || '201001' ||
                       (1 + i % 2)::text || lpad((1 + i % 997)::text, 3, '0'))::bigint)
  FROM generate_series(1, 5000) AS i;
SELECT count(*), count(DISTINCT n) FROM nips;
SELECT n FROM nips ORDER BY n LIMIT 3;
SELECT netralitas.nip_gender(n), count(*) FROM nips GROUP BY 1 ORDER BY 1;
CREATE UNIQUE INDEX nips_unique ON nips (n);
INSERT INTO nips SELECT n FROM nips LIMIT 1;
CREATE INDEX nips_hash ON nips USING hash (n);
ANALYZE nips;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT * FROM nips WHERE n = '19600102 201001 2 002';
SELECT * FROM nips WHERE n = '19600102 201001 2 002';
SELECT count(*) FROM nips WHERE n BETWEEN '19600101 201001 1 001' AND '19601231 201001 2 999';
RESET enable_seqscan;
SET enable_hashjoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM nips a JOIN nips b USING (n);
SELECT count(*) FROM nips a JOIN nips b USING (n);
RESET enable_hashjoin;
SET enable_mergejoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM nips a JOIN nips b USING (n);
SELECT count(*) FROM nips a JOIN nips b USING (n);
RESET enable_mergejoin;
RESET enable_nestloop;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT n, count(*) FROM nips GROUP BY n;
RESET enable_sort;

-- binary COPY round trip, and binary input re-validates
COPY nips TO '/tmp/netralitas_regress_nips.bin' WITH (FORMAT binary);
CREATE TABLE nips2 (n netralitas.nip);
COPY nips2 FROM '/tmp/netralitas_regress_nips.bin' WITH (FORMAT binary);
SELECT count(*) FROM nips2 JOIN nips USING (n);
CREATE TABLE bigs (n bigint);
INSERT INTO bigs VALUES (198609262015051000);
COPY bigs TO '/tmp/netralitas_regress_bigs.bin' WITH (FORMAT binary);
COPY nips2 FROM '/tmp/netralitas_regress_bigs.bin' WITH (FORMAT binary);
DROP TABLE nips, nips2, bigs;

-- storage is 8 bytes, passed by value, like bigint
SELECT typlen, typbyval, typalign FROM pg_type WHERE oid = 'netralitas.nip'::regtype;
